/**
 * A file's text as the readers see it, with on-demand offset → line/column mapping.
 *
 * BIND master files are decoded as latin1, so one character is one octet: wire encoding stays
 * exact for any byte, and V8 keeps the text as a one-byte string even when a file holds UTF-8.
 * Columns reported to users count UTF-8 characters, so `positionAt` re-decodes the line prefix
 * when that line has non-ASCII bytes.
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

  constructor(
    /** Path as given to the run (relative to the working directory when possible). */
    readonly path: string,
    readonly text: string,
    readonly encoding: SourceEncoding,
  ) {}

  static fromBytes(path: string, bytes: Uint8Array): SourceText {
    return new SourceText(path, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'), 'octets');
  }

  private starts(): Int32Array {
    if (this.lineStarts) return this.lineStarts;
    const text = this.text;
    let count = 1;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
    const starts = new Int32Array(count);
    let n = 1;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts[n++] = i + 1;
    this.lineStarts = starts;
    return starts;
  }

  get lineCount(): number {
    return this.starts().length;
  }

  positionAt(offset: number): Position {
    const starts = this.starts();
    const clamped = Math.max(0, Math.min(offset, this.text.length));
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
    const start = starts[line - 1] ?? this.text.length;
    let end = line < starts.length ? starts[line] - 1 : this.text.length;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return this.display(this.text.slice(start, end));
  }

  /** Text of the file as a person reads it (UTF-8 decoded when the file is kept as octets). */
  display(slice: string): string {
    if (this.encoding === 'utf8' || !/[\x80-\xff]/.test(slice)) return slice;
    return Buffer.from(slice, 'latin1').toString('utf8');
  }

  private columnWidth(from: number, to: number): number {
    if (this.encoding === 'utf8') return to - from;
    const slice = this.text.slice(from, to);
    return /[\x80-\xff]/.test(slice) ? this.display(slice).length : to - from;
  }
}
