/**
 * The BIND master-file lexer (RFC 1035 §5.1): splits a file into entries (one logical line,
 * parentheses joined), each a list of tokens kept as offsets into the text. Comments are kept.
 * One pass over the file's octets, no regular expressions, no per-token strings: this is the hot
 * path for million-record zones.
 */
import type { Comment } from '../model/zone.ts';
import { type SourceText, TextCutter } from '../model/source.ts';

export interface LexProblem {
  code: string;
  message: string;
  start: number;
  end: number;
}

/** A comment of the file; its text is sliced only when read (most comments never are). */
class FileComment implements Comment {
  constructor(
    readonly source: SourceText,
    readonly start: number,
    readonly end: number,
  ) {}

  get text(): string {
    return this.source.slice(this.start + 1, this.end);
  }
}

/**
 * The comments of a zone, in reading order, as offsets: a large zone has hundreds of thousands,
 * and only suppression comments are ever read. Comment objects are made when first asked for.
 */
export class CommentStore {
  /** (source number, start, end) per comment; source numbers index the chunk's `sources`. */
  private readonly chunks: { data: Int32Array<ArrayBuffer>; count: number; sources: SourceText[] }[] = [];
  private readonly sources: SourceText[] = [];
  private size = 0;

  add(source: SourceText, start: number, end: number): void {
    if (this.sources[this.sources.length - 1] !== source) this.sources.push(source);
    let chunk = this.chunks[this.chunks.length - 1];
    if (chunk === undefined || chunk.count * 3 === chunk.data.length || chunk.sources !== this.sources) {
      // Chunks start small and double up to COMMENT_CHUNK: most zones have a few comments.
      const size = chunk === undefined ? FIRST_COMMENTS : Math.min(COMMENT_CHUNK, Math.max(FIRST_COMMENTS, (chunk.data.length / 3) * 2));
      chunk = { data: new Int32Array(size * 3), count: 0, sources: this.sources };
      this.chunks.push(chunk);
    }
    const at = chunk.count++ * 3;
    chunk.data[at] = this.sources.length - 1;
    chunk.data[at + 1] = start;
    chunk.data[at + 2] = end;
    this.size++;
  }

  toComments(): Comment[] {
    const out = new Array<Comment>(this.size);
    let n = 0;
    for (const { data, count, sources } of this.chunks) {
      for (let at = 0; at < count * 3; at += 3) out[n++] = new FileComment(sources[data[at]], data[at + 1], data[at + 2]);
    }
    return out;
  }
}

const COMMENT_CHUNK = 8192;
const FIRST_COMMENTS = 64;

/** One entry's tokens; the arrays are reused from entry to entry. */
export class Entry {
  /** The line starts with blank space: the owner is the previous record's. */
  blankOwner = false;
  count = 0;
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  /** A quoted token spans its quotes; its text is between them. */
  readonly quoted: boolean[] = [];

  push(start: number, end: number, quoted: boolean): void {
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.quoted[this.count] = quoted;
    this.count++;
  }
}

const SPACE = 32, TAB = 9, CR = 13, LF = 10, SEMI = 59, LPAREN = 40, RPAREN = 41, QUOTE = 34, BACKSLASH = 92, NUL = 0;

/**
 * What an octet is to the scans of a token and of a quoted string, looked up in one table instead
 * of compared with each special octet in turn (this runs on every octet of the file).
 */
const PLAIN = 0, ENDS_TOKEN = 1, ESCAPE = 2, ENDS_LINE = 3, ENDS_STRING = 4;
const IN_TOKEN = new Uint8Array(256);
for (const c of [SPACE, TAB, LF, CR, SEMI, LPAREN, RPAREN, QUOTE, NUL]) IN_TOKEN[c] = ENDS_TOKEN;
IN_TOKEN[BACKSLASH] = ESCAPE;
const IN_STRING = new Uint8Array(256);
IN_STRING[LF] = ENDS_LINE;
IN_STRING[QUOTE] = ENDS_STRING;
IN_STRING[BACKSLASH] = ESCAPE;

export class Lexer {
  private pos: number;
  private readonly octets: Buffer;
  /** Token texts are cut in file order. */
  private readonly cutter: TextCutter;

  constructor(
    private readonly source: SourceText,
    private readonly comments: CommentStore | undefined,
    private readonly report: (problem: LexProblem) => void,
  ) {
    this.octets = source.bytes;
    this.cutter = new TextCutter(source);
    // BIND does not skip a UTF-8 byte-order mark (EF BB BF): its three octets start the first
    // line's first token, so the zone fails to load ("unexpected end of line" before a directive
    // or a comment, "SOA record not at top of zone") or its first record gets another owner. It is
    // reported where it stands, and the rest of the file is read as its author meant it.
    const bom = this.octets[0] === 0xef && this.octets[1] === 0xbb && this.octets[2] === 0xbf;
    this.pos = bom ? 3 : 0;
    // A UTF-16 file (Windows PowerShell's `>` and Out-File write one): every other octet is NUL, so
    // BIND refuses each line. One error says why; nothing of it is read.
    const utf16 = (this.octets[0] === 0xff && this.octets[1] === 0xfe) || (this.octets[0] === 0xfe && this.octets[1] === 0xff);
    if (utf16) {
      report({
        code: 'utf16',
        message: 'the file is UTF-16 text (it starts with the byte-order mark of UTF-16), which BIND cannot read: it refuses the zone; save the file as ASCII or as UTF-8 without a byte-order mark',
        start: 0,
        end: 2,
      });
      this.pos = this.octets.length;
    } else if (bom) {
      report({
        code: 'byte-order-mark',
        message: 'the file starts with a UTF-8 byte-order mark, which BIND reads as part of the first line, so the zone does not load or its first record gets another owner; save the file without it',
        start: 0,
        end: 3,
      });
    }
  }

  /** Token text: quotes stripped, escapes kept. */
  tokenText(entry: Entry, i: number): string {
    return entry.quoted[i] ? this.cutter.slice(entry.starts[i] + 1, entry.ends[i] - 1) : this.cutter.slice(entry.starts[i], entry.ends[i]);
  }

  /**
   * Reads the next entry with at least one token. Returns false at the end of the file.
   * A malformed entry is reported and skipped; lexing resumes on the next line.
   */
  next(entry: Entry): boolean {
    const text = this.octets;
    const n = text.length;
    for (;;) {
      if (this.pos >= n) return false;
      const lineStart = this.pos;
      entry.count = 0;
      const first = text[lineStart];
      entry.blankOwner = first === SPACE || first === TAB;
      let depth = 0;
      let openParen = -1;
      let pos = lineStart;
      let failed = false;
      scan: while (pos < n) {
        const c = text[pos];
        switch (c) {
          case SPACE:
          case TAB:
          case CR:
            pos++;
            break;
          case LF:
            pos++;
            if (depth === 0) break scan;
            break;
          case SEMI: {
            // A plain loop: comments are short, and Buffer#indexOf costs a call into C++.
            let end = pos;
            while (end < n && text[end] !== LF) end++;
            let textEnd = end;
            if (textEnd > pos && text[textEnd - 1] === CR) textEnd--;
            this.comments?.add(this.source, pos, textEnd);
            pos = end;
            break;
          }
          case LPAREN:
            // Parentheses nest, as BIND counts them.
            depth++;
            if (openParen < 0) openParen = pos;
            pos++;
            break;
          case NUL:
            // BIND's loader makes a NUL octet a token of its own, which no directive or record takes.
            this.report({ code: 'nul-octet', message: 'a NUL octet (0x00) outside a quoted string or comment: BIND refuses the line; remove it', start: pos, end: pos + 1 });
            failed = true;
            pos++;
            break;
          case RPAREN:
            if (depth === 0) {
              this.report({ code: 'unbalanced-parenthesis', message: "')' closes no open parenthesis", start: pos, end: pos + 1 });
              failed = true;
            } else depth--;
            pos++;
            break;
          case QUOTE: {
            const start = pos;
            pos++;
            for (;;) {
              const kind = pos < n ? IN_STRING[text[pos]] : ENDS_LINE;
              if (kind === PLAIN) pos++;
              else if (kind === ENDS_STRING) break;
              else if (kind === ESCAPE) pos += 2;
              else {
                pos = Math.min(pos, n);
                this.report({ code: 'unterminated-string', message: 'quoted string is not closed before the end of the line', start, end: pos });
                failed = true;
                break scan;
              }
            }
            pos++;
            entry.push(start, pos, true);
            break;
          }
          default: {
            const start = pos;
            // A quote ends the token and opens a string, as in BIND (`a"b c"` is `a` and `b c`).
            while (pos < n) {
              const kind = IN_TOKEN[text[pos]];
              if (kind === PLAIN) pos++;
              else if (kind === ENDS_TOKEN) break;
              // An escaped character never ends the token (`\ `, `\;`, `\(`).
              else pos += pos + 1 < n && text[pos + 1] !== LF ? 2 : 1;
            }
            entry.push(start, pos, false);
          }
        }
      }
      if (depth > 0 && !failed) {
        this.report({ code: 'unclosed-parenthesis', message: "'(' is never closed; the record runs to the end of the file", start: openParen, end: openParen + 1 });
        // Resume after the line that opened the parenthesis, so the records below are not lost.
        const eol = text.indexOf(LF, openParen);
        this.pos = eol === -1 ? n : eol + 1;
        continue;
      }
      if (failed) {
        // Skip the rest of the broken entry: its line, or up to the line that closes its parenthesis.
        let from = pos > 0 && text[pos - 1] === LF ? pos - 1 : pos;
        if (depth > 0) {
          const close = text.indexOf(RPAREN, from);
          if (close !== -1) from = close;
        }
        const eol = text.indexOf(LF, from);
        this.pos = eol === -1 ? n : eol + 1;
        continue;
      }
      this.pos = pos;
      if (entry.count > 0) return true;
    }
  }
}
