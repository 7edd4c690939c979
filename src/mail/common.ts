/**
 * Shared shapes for the mail-record grammars. Offsets are half-open [start, end) into the
 * decoded, concatenated TXT text, where one JS char stands for one octet.
 */

/** A half-open range of offsets into the record text. */
export interface TextSpan {
  start: number;
  end: number;
}

/** One syntax problem; `code` is a stable kebab-case id that rules and tests can match on. */
export interface MailProblem extends TextSpan {
  code: string;
  message: string;
}

/** A piece of record text together with where it sits. */
export interface SpannedText extends TextSpan {
  text: string;
}

/**
 * A list built by push, copied to its length: V8 gives an array pushed to room for 16 or more
 * elements and never takes it back, and the parses and facts of a large zone keep hundreds of
 * thousands of short lists.
 */
export function fitted<T>(list: T[]): T[] {
  return list.slice();
}

export function span(start: number, end: number): TextSpan {
  return { start, end };
}

export function spanned(text: string, start: number, end: number): SpannedText {
  return { text: text.slice(start, end), start, end };
}

/**
 * A piece of text with a value read from it. Written out rather than spread (`{ ...piece, value }`):
 * the grammars make one per tag of every policy record, and V8 spreads such objects slowly.
 */
export function valued<T>(piece: SpannedText, value: T): SpannedText & { value: T } {
  return { text: piece.text, start: piece.start, end: piece.end, value };
}

/**
 * Quotes record text for a message: printable ASCII as is, other octets as \xNN, long text
 * shortened, so one bad octet can't garble a terminal or a report.
 */
export function quote(text: string, max = 60): string {
  let out = '';
  for (const ch of text.length > max ? text.slice(0, max) : text) {
    const c = ch.charCodeAt(0);
    out += c >= 0x20 && c < 0x7f ? ch : `\\x${c.toString(16).padStart(2, '0').toUpperCase()}`;
  }
  return `"${out}${text.length > max ? '…' : ''}"`;
}

export const isAlpha = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
export const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
export const isAlnum = (c: number): boolean => isAlpha(c) || isDigit(c);
/** WSP per RFC 5234: space or horizontal tab. */
export const isWsp = (c: number): boolean => c === 0x20 || c === 0x09;

/** Orders problems by position (stable), so reports read left to right. */
export function sortProblems(problems: MailProblem[]): void {
  problems.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * A grammar's parse, shared by every record with the same text: zones repeat their policy records
 * (one DMARC or SPF record on every host), and a parse is pure, so the same text gets the same,
 * never-mutated result. The table holds at most `limit` texts; when full it starts over, which
 * costs a parse again, never a wrong answer.
 */
export function sharedParse<T>(parse: (text: string) => T, limit = 4096): (text: string) => T {
  const shared = sharedTable<T>(limit);
  return (text) => shared(text, () => parse(text));
}

/**
 * Values made once per key and shared, in a table of at most `limit` keys; when full it starts
 * over, which costs making a value again, never a wrong answer.
 */
export function sharedTable<T>(limit = 4096): (key: string, make: () => T) => T {
  let known = new Map<string, T>();
  return (key, make) => {
    let value = known.get(key);
    if (value === undefined) {
      if (known.size >= limit) known = new Map();
      value = make();
      known.set(key, value);
    }
    return value;
  };
}
