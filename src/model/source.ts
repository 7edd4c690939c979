/**
 * A file's text as the readers see it, with on-demand offset → line/column mapping.
 *
 * BIND master files are kept as their octets and read as latin1, so one character is one octet:
 * wire encoding stays exact for any byte. A large zone is never decoded as a whole: tokens are
 * sliced from the octets as they are needed. Columns reported to users count UTF-8 characters,
 * so `positionAt` re-decodes the line prefix when that line has non-ASCII bytes.
 */
export type SourceEncoding = 'octets' | 'utf8';

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column, in characters as an editor counts them. */
  column: number;
}

export class SourceText {
  private lineStarts: Int32Array | undefined;
  private decoded: string | undefined;
  private octets: Buffer | undefined;

  constructor(
    /** Path as given to the run (relative to the working directory when possible). */
    readonly path: string,
    text: string,
    readonly encoding: SourceEncoding,
  ) {
    this.decoded = text;
  }

  /** A BIND file's octets, kept as they are (latin1: one character per octet). */
  static fromBytes(path: string, bytes: Uint8Array): SourceText {
    const source = new SourceText(path, '', 'octets');
    source.decoded = undefined;
    source.octets = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return source;
  }

  /** The whole text; decoded on first use for a file kept as octets. */
  get text(): string {
    this.decoded ??= (this.octets as Buffer).toString('latin1');
    return this.decoded;
  }

  /**
   * The text as a person reads it (see display) in pieces of about `size` characters, none of
   * which splits a character: a large file is never decoded or copied as a whole.
   */
  *displayPieces(size: number): Generator<string> {
    const octets = this.octets;
    if (octets === undefined) {
      const text = this.display(this.text);
      for (let at = 0; at < text.length; ) {
        let end = Math.min(text.length, at + size);
        const last = text.charCodeAt(end - 1);
        if (last >= 0xd800 && last <= 0xdbff && end < text.length) end++;
        yield text.slice(at, end);
        at = end;
      }
      return;
    }
    // display() of the octets is their UTF-8 decoding; pieces cut where no sequence is under way
    // decode to the same characters as the whole does (an unfinished one becomes one U+FFFD either way).
    for (let at = 0; at < octets.length; ) {
      const end = utf8Cut(octets, at, Math.min(octets.length, at + Math.max(4, size)));
      yield octets.toString('utf8', at, end);
      at = end;
    }
  }

  /** The file's octets (for a file read from text: its latin1 encoding). */
  get bytes(): Buffer {
    this.octets ??= Buffer.from(this.text, 'latin1');
    return this.octets;
  }

  get length(): number {
    return this.decoded !== undefined ? this.decoded.length : (this.octets as Buffer).length;
  }

  /** Characters `start…end` (octets, for a file kept as octets). */
  slice(start: number, end: number): string {
    if (this.decoded !== undefined) return this.decoded.slice(start, end);
    return (this.octets as Buffer).toString('latin1', start, end);
  }

  /** True when `needle` (ASCII) is written anywhere in the file. */
  includes(needle: string): boolean {
    return this.decoded !== undefined ? this.decoded.includes(needle) : (this.octets as Buffer).includes(needle, 0, 'latin1');
  }

  /** Code of character `i` (NaN past the end, as String#charCodeAt). */
  charCodeAt(i: number): number {
    if (this.decoded !== undefined) return this.decoded.charCodeAt(i);
    const octets = this.octets as Buffer;
    return i >= 0 && i < octets.length ? octets[i] : NaN;
  }

  private starts(): Int32Array {
    if (this.lineStarts) return this.lineStarts;
    // One search per line (a million-line zone is a million calls), into a typed array that
    // doubles as it fills, cut to size at the end.
    const text = this.decoded;
    const octets = this.octets as Buffer;
    const next = text !== undefined ? (from: number) => text.indexOf('\n', from) : (from: number) => octets.indexOf(10, from);
    let starts = new Int32Array(256);
    let count = 1;
    for (let i = next(0); i !== -1; i = next(i + 1)) {
      if (count === starts.length) {
        const grown = new Int32Array(2 * count);
        grown.set(starts);
        starts = grown;
      }
      starts[count++] = i + 1;
    }
    this.lineStarts = starts.slice(0, count);
    return this.lineStarts;
  }

  get lineCount(): number {
    return this.starts().length;
  }

  positionAt(offset: number): Position {
    const starts = this.starts();
    const clamped = Math.max(0, Math.min(offset, this.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= clamped) lo = mid;
      else hi = mid - 1;
    }
    const lineStart = starts[lo];
    return { line: lo + 1, column: this.columnWidth(lineStart, clamped) + 1 };
  }

  /** Offset of the first character of a 1-based line. */
  lineOffset(line: number): number {
    const starts = this.starts();
    return starts[Math.max(0, Math.min(line - 1, starts.length - 1))];
  }

  /** The text of a 1-based line, without its line break, decoded for display. */
  lineText(line: number): string {
    const starts = this.starts();
    const start = starts[line - 1] ?? this.length;
    let end = line < starts.length ? starts[line] - 1 : this.length;
    if (end > start && this.charCodeAt(end - 1) === 13) end--;
    return this.display(this.slice(start, end));
  }

  /** Text of the file as a person reads it (UTF-8 decoded when the file is kept as octets). */
  display(slice: string): string {
    if (this.encoding === 'utf8' || !/[\x80-\xff]/.test(slice)) return slice;
    return Buffer.from(slice, 'latin1').toString('utf8');
  }

  private columnWidth(from: number, to: number): number {
    if (this.encoding === 'utf8') return to - from;
    const slice = this.slice(from, to);
    return /[\x80-\xff]/.test(slice) ? this.display(slice).length : to - from;
  }
}

/**
 * Cuts short pieces (tokens) of a file out of a decoded window of it, for a reader that goes
 * through the file in order (the lexer; walks that skip about, as rules do, would decode windows
 * for nothing). Decoding a piece of a Buffer costs a call into C++ each time; String#slice of a
 * window copies a piece shorter than SHORT_PIECE characters without one. A longer piece is
 * decoded on its own: String#slice would make it a view that keeps the whole window alive.
 */
export class TextCutter {
  private window = '';
  private windowStart = 0;

  constructor(private readonly source: SourceText) {}

  slice(start: number, end: number): string {
    if (end - start >= SHORT_PIECE) return this.source.slice(start, end);
    let at = start - this.windowStart;
    if (at < 0 || end - this.windowStart > this.window.length) {
      this.windowStart = start;
      this.window = this.source.slice(start, Math.min(this.source.length, start + WINDOW));
      at = 0;
    }
    return this.window.slice(at, at + end - start);
  }
}

/** V8 copies a string slice shorter than this (SlicedString::kMinLength); it makes a view of a longer one. */
const SHORT_PIECE = 13;
/** About ten lines of a zone: decoding it costs about what two direct cuts cost. */
const WINDOW = 1024;

/**
 * A cut near `end` before which the UTF-8 decoder is between sequences: before the first octet
 * that is not a continuation octet among the last three, or at `end` when all three are
 * continuations (a sequence is at most four octets: any under way ends before `end`).
 */
function utf8Cut(octets: Uint8Array, start: number, end: number): number {
  if (end >= octets.length) return octets.length;
  for (let cut = end, steps = 0; cut > start && steps <= 3; cut--, steps++) if ((octets[cut] & 0xc0) !== 0x80) return cut;
  return end;
}
