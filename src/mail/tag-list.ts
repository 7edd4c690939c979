/**
 * One tokenizer for the "tag=value; tag=value" records: DKIM keys (RFC 6376 §3.2), DMARC
 * (RFC 7489 §6.4, RFC 9989), MTA-STS (RFC 8461 §3.1), TLS-RPT (RFC 8460 §3) and BIMI. The
 * grammars differ only in where whitespace may go, which the options select.
 */
import { type MailProblem, type SpannedText, type TextSpan, isWsp, quote, spanned } from './common.ts';

export interface TagListOptions {
  /** Record kind for messages, e.g. "DMARC". */
  label: string;
  /** Allow CR and LF as whitespace too (DKIM's FWS), not only SP and HTAB. */
  fws?: boolean;
  /** Allow whitespace between name, "=" and value (DKIM, DMARC); MTA-STS and TLS-RPT forbid it. */
  spaceAroundEquals?: boolean;
  /** Allow whitespace before the first tag (DKIM's leading [FWS]). */
  leadingSpace?: boolean;
  /** Allow whitespace inside values (DKIM's FWS in base64 and lists, TLS-RPT's URI lists). */
  spaceInValues?: boolean;
  /** Valid tag names; a name that fails is reported as "invalid-tag-name". */
  namePattern: RegExp;
  /** Which characters a value may hold besides whitespace; default printable ASCII except ";". */
  valueChar?: (code: number) => boolean;
  /** Whether tag names compare case-insensitively for duplicate detection and lookup. */
  caseInsensitiveNames?: boolean;
  /**
   * The key of a tag whose value the caller checks with checkValueCharacters, when its own stricter
   * check fails (DKIM's p=: base64 in whole quads, nearly every key, holds no character a value may
   * not hold, and a key is hundreds of characters long: one scan, not two).
   */
  callerChecksValue?: string;
}

export interface RawTag extends TextSpan {
  name: SpannedText;
  /** The value with surrounding whitespace trimmed; may be empty. */
  value: SpannedText;
  /** Lowercased name when names are case-insensitive; otherwise the name as written. */
  key: string;
  /** True for the second and later tags with the same key. */
  duplicate: boolean;
}

export interface TagList {
  tags: RawTag[];
  problems: MailProblem[];
  /** First occurrence of each key. */
  byKey: Map<string, RawTag>;
}

const printable = (c: number): boolean => c >= 0x21 && c <= 0x7e && c !== 0x3b;

/** SP and HTAB; CR and LF too where the grammar folds whitespace (DKIM's FWS). */
const isSpaceIn = (c: number, fws: boolean): boolean => isWsp(c) || (fws && (c === 0x0d || c === 0x0a));
const isFws = (c: number): boolean => isSpaceIn(c, true);

/** Never throws; every problem carries a span inside the text. */
export function tokenizeTagList(text: string, options: TagListOptions): TagList {
  const problems: MailProblem[] = [];
  const tags: RawTag[] = [];
  const byKey = new Map<string, RawTag>();
  const isSpace = options.fws === true ? isFws : isWsp;
  const valueChar = options.valueChar ?? printable;
  const notAllowed = notAllowedPattern(valueChar, options.spaceInValues === true, options.fws === true);
  let segStart = 0;
  while (segStart <= text.length) {
    let segEnd = text.indexOf(';', segStart);
    if (segEnd < 0) segEnd = text.length;
    let a = segStart;
    let b = segEnd;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (a === b) {
      // Only a trailing separator may be followed by nothing.
      if (segEnd < text.length) {
        problems.push({
          code: 'empty-tag',
          message: `There is an empty ${options.label} tag at ${quote(text.slice(segStart, Math.min(text.length, segEnd + 1)))}; remove the extra ";".`,
          start: segStart,
          end: Math.min(text.length, segEnd + 1),
        });
      }
    } else {
      if (a > segStart && segStart === 0 && !options.leadingSpace) {
        problems.push({
          code: 'leading-space',
          message: `The ${options.label} record starts with whitespace; it must start with its "v=" tag.`,
          start: 0,
          end: a,
        });
      }
      readTag(text, a, b, options, isSpace, valueChar, notAllowed, problems, tags, byKey);
    }
    if (segEnd >= text.length) break;
    segStart = segEnd + 1;
  }
  return { tags, problems, byKey };
}

function readTag(
  text: string,
  a: number,
  b: number,
  options: TagListOptions,
  isSpace: (c: number) => boolean,
  valueChar: (c: number) => boolean,
  /** notAllowedPattern of valueChar. */
  notAllowed: RegExp,
  problems: MailProblem[],
  tags: RawTag[],
  byKey: Map<string, RawTag>,
): void {
  let n = a;
  while (n < b && text[n] !== '=' && !isSpace(text.charCodeAt(n))) n++;
  let eq = n;
  while (eq < b && isSpace(text.charCodeAt(eq))) eq++;
  if (eq >= b || text[eq] !== '=') {
    problems.push({
      code: 'missing-equals',
      message: `${quote(text.slice(a, b))} is not a ${options.label} tag; write "name=value".`,
      start: a,
      end: b,
    });
    return;
  }
  let v = eq + 1;
  while (v < b && isSpace(text.charCodeAt(v))) v++;
  if (!options.spaceAroundEquals && (eq > n || v > eq + 1)) {
    problems.push({
      code: 'space-around-equals',
      message: `${quote(text.slice(a, b))} has whitespace around "="; ${options.label} records allow none: write "${text.slice(a, n)}=${text.slice(v, b)}".`,
      start: n,
      end: v,
    });
  }
  const name = spanned(text, a, n);
  if (!options.namePattern.test(name.text)) {
    problems.push({
      code: name.text === '' ? 'missing-tag-name' : 'invalid-tag-name',
      message:
        name.text === ''
          ? `${quote(text.slice(a, b))} has no tag name before "=".`
          : `${quote(name.text)} is not a valid ${options.label} tag name.`,
      start: a,
      end: name.text === '' ? eq + 1 : n,
    });
  }
  const value = spanned(text, v, b);
  const key = options.caseInsensitiveNames ? name.text.toLowerCase() : name.text;
  if (key !== options.callerChecksValue) valueCharacters(name, value, options, notAllowed, valueChar, problems);
  const first = byKey.get(key);
  const tag: RawTag = { name, value, key, duplicate: first !== undefined, start: a, end: b };
  if (first) {
    problems.push({
      code: 'duplicate-tag',
      message: `The ${options.label} tag "${name.text}" appears more than once (first as ${quote(text.slice(first.start, first.end))}); keep one.`,
      start: a,
      end: b,
    });
  } else {
    byKey.set(key, tag);
  }
  tags.push(tag);
}

/** Reports the first character of `value` that the grammar's values may not hold ("invalid-character"). */
function valueCharacters(
  name: SpannedText,
  value: SpannedText,
  options: TagListOptions,
  notAllowed: RegExp,
  valueChar: (c: number) => boolean,
  problems: MailProblem[],
): void {
  const bad = firstOutside(value.text, notAllowed, valueChar);
  if (bad >= 0) {
    problems.push({
      code: 'invalid-character',
      message: `The value of ${quote(name.text)} contains ${quote(value.text[bad])}, which ${options.label} records do not allow.`,
      start: value.start + bad,
      end: value.start + bad + 1,
    });
  }
}

/** The check tokenizeTagList leaves to the caller for the tag `options.callerChecksValue` names. */
export function checkValueCharacters(tag: RawTag, options: TagListOptions, problems: MailProblem[]): void {
  const valueChar = options.valueChar ?? printable;
  valueCharacters(tag.name, tag.value, options, notAllowedPattern(valueChar, options.spaceInValues === true, options.fws === true), valueChar, problems);
}

/** Per value-character test, four patterns (whitespace in values or not, CR and LF as whitespace or not). */
const valuePatterns = new WeakMap<(c: number) => boolean, RegExp[]>();

/**
 * A pattern for the characters a value may not hold: the codes 0–255 it refuses, and every code
 * from 256 up (valueChar decides those). Keys are hundreds of characters long: a native scan.
 */
function notAllowedPattern(valueChar: (c: number) => boolean, spaceInValues: boolean, fws: boolean): RegExp {
  let patterns = valuePatterns.get(valueChar);
  if (!patterns) valuePatterns.set(valueChar, (patterns = []));
  const index = (spaceInValues ? 1 : 0) + (fws ? 2 : 0);
  let pattern = patterns[index];
  if (!pattern) {
    let refused = '';
    for (let c = 0; c < 256; c++) {
      if (!valueChar(c) && !(spaceInValues && isSpaceIn(c, fws))) refused += `\\x${c.toString(16).padStart(2, '0')}`;
    }
    pattern = patterns[index] = new RegExp(`[${refused}\\u0100-\\uffff]`, 'g');
  }
  return pattern;
}

/** Index of the first character of `value` that `notAllowed` (notAllowedPattern of valueChar) and valueChar refuse, or -1. */
function firstOutside(value: string, notAllowed: RegExp, valueChar: (c: number) => boolean): number {
  notAllowed.lastIndex = 0;
  for (let m = notAllowed.exec(value); m; m = notAllowed.exec(value)) {
    if (value.charCodeAt(m.index) < 256 || !valueChar(value.charCodeAt(m.index))) return m.index;
  }
  return -1;
}

/**
 * Checks that the first tag is `v=<expected>`. Returns the version value span when it is, else
 * null with a problem ("missing-version" or "invalid-version").
 */
export function checkVersion(
  list: TagList,
  text: string,
  expected: string,
  label: string,
  problems: MailProblem[],
  caseSensitiveValue = true,
): SpannedText | null {
  const first = list.tags[0];
  const v = list.tags.find((t) => t.key === 'v');
  if (!first || first.key !== 'v') {
    problems.push({
      code: 'missing-version',
      message: v
        ? `The v=${expected} tag must come first in a ${label} record; move it to the start.`
        : `A ${label} record must start with "v=${expected}"; ${quote(text.slice(0, 20))} does not.`,
      start: v ? v.start : 0,
      end: v ? v.end : Math.min(text.length, first ? first.end : text.length),
    });
    return null;
  }
  const same = caseSensitiveValue ? first.value.text === expected : first.value.text.toLowerCase() === expected.toLowerCase();
  if (!same) {
    problems.push({
      code: 'invalid-version',
      message: `The version ${quote(first.value.text)} is not "${expected}"; write "v=${expected}".`,
      start: first.value.start,
      end: first.value.end,
    });
    return null;
  }
  return first.value;
}

/**
 * Splits a value into items at `sep` with optional whitespace around each separator (the
 * DMARC/TLS-RPT URI lists, DKIM colon lists). Empty items are kept so callers can report them.
 */
export function splitList(text: string, start: number, end: number, sep: string, fws = false): SpannedText[] {
  const out: SpannedText[] = [];
  const isSpace = fws ? isFws : isWsp;
  let i = start;
  while (i <= end) {
    let j = text.indexOf(sep, i);
    if (j < 0 || j > end) j = end;
    let a = i;
    let b = j;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    out.push(spanned(text, a, b));
    if (j >= end) break;
    i = j + 1;
  }
  return out;
}

/** Reports empty items of a split list (",," or a trailing separator). Returns the non-empty ones. */
export function nonEmptyItems(items: SpannedText[], what: string, problems: MailProblem[]): SpannedText[] {
  const out: SpannedText[] = [];
  for (const item of items) {
    if (item.text === '') {
      problems.push({ code: 'empty-list-item', message: `The ${what} list has an empty entry; remove the extra separator.`, start: item.start, end: item.end });
    } else {
      out.push(item);
    }
  }
  return out;
}
