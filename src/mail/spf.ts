/**
 * SPF record grammar, RFC 7208 §4.5–§7 and Appendix A, with offsets for every term, name and
 * value: terms keep the offsets, and make their pieces from the record text when asked. Pure: no
 * DNS, no zones. check_host() lives in spf-eval.ts.
 */
import { type MailProblem, type SpannedText, type TextSpan, fitted, isAlnum, isAlpha, isDigit, quote, sharedTable, sortProblems, span, spanned } from './common.ts';
import { parseIPv4, parseIPv6 } from '../model/ip.ts';

export type SpfQualifier = '+' | '-' | '~' | '?';
export type SpfMechanismKind = 'all' | 'include' | 'a' | 'mx' | 'ptr' | 'ip4' | 'ip6' | 'exists';
export type SpfModifierKind = 'redirect' | 'exp' | 'unknown';

/** RFC 7208 §7.2 macro letters; c, r and t are allowed only in explanation text. */
export type SpfMacroLetter = 's' | 'l' | 'o' | 'd' | 'i' | 'p' | 'h' | 'c' | 'r' | 't' | 'v';

export type SpfMacroPart =
  | ({ type: 'literal'; text: string } & TextSpan)
  /** %% → "%", %_ → " ", %- → "%20". */
  | ({ type: 'escape'; char: '%' | '_' | '-' } & TextSpan)
  | ({
      type: 'macro';
      /** Lowercased letter. */
      letter: SpfMacroLetter;
      /** An uppercase letter asks for URL escaping of the expansion (§7.3). */
      urlEscape: boolean;
      /** Number of right-hand parts to keep, when given (never 0: that is a syntax problem). */
      keep?: number;
      reverse: boolean;
      /** Delimiters to split on; "." when none were written. */
      delimiters: string;
    } & TextSpan);

/** A parsed macro-string (domain-spec, modifier value or explanation text). */
export interface SpfMacroString extends TextSpan {
  text: string;
  parts: SpfMacroPart[];
}

export interface SpfCidr extends TextSpan {
  length: number;
}

/*
 * The parsed form keeps numbers: offsets into the record text and the values rules test in their
 * loops (kind, qualifier, prefix lengths, validity). Terms hold no text, so records of the same
 * shape (the same terms at the same offsets, only the characters differ) share them; the pieces
 * (name, value, domain-spec, address) are made from the record text, which the caller passes, when
 * asked. A large zone holds tens of thousands of distinct SPF records, and an object per piece cost
 * about 2 KB a record.
 */

const KINDS: readonly SpfMechanismKind[] = ['all', 'include', 'a', 'mx', 'ptr', 'ip4', 'ip6', 'exists'];
const QUALIFIERS: readonly SpfQualifier[] = ['+', '-', '~', '?'];

export class SpfMechanism implements TextSpan {
  readonly type = 'mechanism';
  constructor(
    /** Made by mechanismBits. */
    private readonly bits: number,
    readonly start: number,
    readonly end: number,
    readonly nameEnd: number,
    /** Where the domain-spec or address text starts and ends; -1 when none was written. */
    readonly valueStart: number,
    readonly valueEnd: number,
    /** Where the IPv6 prefix length starts ("//64" of a and mx, "/64" of ip6); `end` when none. */
    readonly cidr6Start: number,
  ) {}

  get kind(): SpfMechanismKind {
    return KINDS[this.bits & 7];
  }

  /** Effective qualifier: "+" when none was written. */
  get qualifier(): SpfQualifier {
    return QUALIFIERS[(this.bits >> 3) & 3];
  }

  /** False when a problem was reported for this term. */
  get valid(): boolean {
    return (this.bits & (1 << 5)) !== 0;
  }

  /** For ip4 and ip6: whether the address is valid. */
  get hasAddress(): boolean {
    return (this.bits & (1 << 6)) !== 0;
  }

  /** Prefix lengths; -1 when none was written or it is malformed. */
  get length4(): number {
    return ((this.bits >> 7) & 63) - 1;
  }

  get length6(): number {
    return ((this.bits >> 13) & 255) - 1;
  }

  get nameStart(): number {
    return (this.bits & (1 << 21)) !== 0 ? this.start + 1 : this.start;
  }

  /** Where the qualifier was written; absent when implicit. */
  get qualifierSpan(): TextSpan | undefined {
    return (this.bits & (1 << 21)) !== 0 ? span(this.start, this.start + 1) : undefined;
  }

  /** The mechanism name as written (case preserved) in `text`, the record text. */
  name(text: string): SpannedText {
    return spanned(text, this.nameStart, this.nameEnd);
  }

  /** Everything after the name: ":domain/cidr", "/24", or the ip text. Absent when nothing follows. */
  argument(text: string): SpannedText | undefined {
    return this.nameEnd < this.end ? spanned(text, this.nameEnd, this.end) : undefined;
  }

  /** The domain-spec or address text, without ":" or CIDR suffix. */
  value(text: string): SpannedText | undefined {
    return this.valueStart >= 0 ? spanned(text, this.valueStart, this.valueEnd) : undefined;
  }

  /** Where the domain-spec of include/a/mx/ptr/exists starts; -1 when none was written. */
  get specStart(): number {
    return this.kind === 'ip4' || this.kind === 'ip6' ? -1 : this.valueStart;
  }

  get specEnd(): number {
    return this.valueEnd;
  }

  /** Parsed domain-spec, for include/a/mx/ptr/exists when one was written. */
  domainSpec(text: string): SpfMacroString | undefined {
    const start = this.specStart;
    return start >= 0 ? parseMacroString(text, start, this.valueEnd, 'domain', []) : undefined;
  }

  /** Address octets, for ip4 (4 bytes) and ip6 (16 bytes) when the address is valid. */
  address(text: string): Uint8Array | undefined {
    if (!this.hasAddress) return undefined;
    const written = text.slice(this.valueStart, this.valueEnd);
    return (this.kind === 'ip4' ? parseIPv4(written) : parseIPv6(written)) ?? undefined;
  }

  /** The prefix length that applies to addresses of a family: the one written, else the whole address. */
  prefixLength(family: 4 | 6): number {
    const written = family === 4 ? this.length4 : this.length6;
    return written >= 0 ? written : family === 4 ? 32 : 128;
  }

  /** "/24" of ip4, a and mx. The prefix lengths follow the value, or the name when there is none. */
  get cidr4(): SpfCidr | undefined {
    if (this.length4 < 0) return undefined;
    return { length: this.length4, start: this.valueStart >= 0 ? this.valueEnd : this.nameEnd, end: this.cidr6Start };
  }

  /** "//64" of a and mx, "/64" of ip6. */
  get cidr6(): SpfCidr | undefined {
    return this.length6 >= 0 ? { length: this.length6, start: this.cidr6Start, end: this.end } : undefined;
  }
}

/**
 * Kind (bits 0–2, index in KINDS), qualifier (3–4, index in QUALIFIERS), valid (5), hasAddress
 * (6), length4 + 1 (7–12), length6 + 1 (13–20) and whether the qualifier was written (21), in
 * one small integer: four mechanisms in five carry no prefix length, and a field costs 8 bytes.
 */
function mechanismBits(kind: number, qualifier: number, qualifierWritten: boolean, length4: number, length6: number, hasAddress: boolean, valid: boolean): number {
  return kind | (qualifier << 3) | (valid ? 1 << 5 : 0) | (hasAddress ? 1 << 6 : 0) | ((length4 + 1) << 7) | ((length6 + 1) << 13) | (qualifierWritten ? 1 << 21 : 0);
}

export class SpfModifier implements TextSpan {
  readonly type = 'modifier';
  constructor(
    readonly kind: SpfModifierKind,
    readonly start: number,
    readonly end: number,
    /** The value starts after the "=" that ends the name. */
    readonly nameEnd: number,
    readonly valid: boolean,
  ) {}

  name(text: string): SpannedText {
    return spanned(text, this.start, this.nameEnd);
  }

  value(text: string): SpannedText {
    return spanned(text, this.nameEnd + 1, this.end);
  }

  /** The value is the domain-spec of redirect= and exp= (a macro-string for other modifiers). */
  get specStart(): number {
    return this.nameEnd + 1;
  }

  get specEnd(): number {
    return this.end;
  }

  /** Parsed value: a domain-spec for redirect/exp, a macro-string for unknown modifiers. */
  macro(text: string): SpfMacroString {
    return parseMacroString(text, this.nameEnd + 1, this.end, this.kind === 'unknown' ? 'modifier' : 'domain', []);
  }
}

/** A term that is neither a recognisable mechanism nor modifier. */
export class SpfInvalidTerm implements TextSpan {
  readonly type = 'invalid';
  readonly valid = false;
  constructor(
    readonly start: number,
    readonly end: number,
  ) {}
}

export type SpfTerm = SpfMechanism | SpfModifier | SpfInvalidTerm;

/** No problems: most records, which share this list. */
const NO_PROBLEMS: readonly MailProblem[] = Object.freeze([]);

export class SpfRecord {
  constructor(
    readonly text: string,
    readonly terms: readonly SpfTerm[],
    readonly problems: readonly MailProblem[],
    /** The first redirect= and exp= modifiers, when present. */
    readonly redirect?: SpfModifier,
    readonly exp?: SpfModifier,
  ) {}

  /** The "v=spf1" token, or null when the text is not an SPF record. */
  get version(): SpannedText | null {
    return isSpfRecord(this.text) ? spanned(this.text, 0, 6) : null;
  }
}

/** Index in KINDS by mechanism name, lower case. */
const KIND_INDEX: ReadonlyMap<string, number> = new Map(KINDS.map((kind, i) => [kind, i]));
const MACRO_LETTERS = 'slodiphcrtv';

/**
 * Whether a TXT string is an SPF version 1 record (§4.5): "v=spf1" in any case, followed by a
 * space or the end. "v=spf10" and "v=spf2.0/pra" are not.
 */
export function isSpfRecord(text: string): boolean {
  // Every TXT record of a zone is asked: compared by character, ASCII letters in either case.
  if (text.length < 6 || (text.length > 6 && text.charCodeAt(6) !== 0x20)) return false;
  return (
    (text.charCodeAt(0) | 0x20) === 0x76 &&
    text.charCodeAt(1) === 0x3d &&
    (text.charCodeAt(2) | 0x20) === 0x73 &&
    (text.charCodeAt(3) | 0x20) === 0x70 &&
    (text.charCodeAt(4) | 0x20) === 0x66 &&
    text.charCodeAt(5) === 0x31
  );
}

type Context = 'domain' | 'explain' | 'modifier';

/**
 * Parses a macro-string (§7.1) in text[start, end). In "domain" context the letters c, r and t
 * are refused (§7.2); in "explain" context spaces are literal text.
 */
export function parseMacroString(
  text: string,
  start: number,
  end: number,
  context: Context,
  problems: MailProblem[],
): SpfMacroString {
  const parts: SpfMacroPart[] = [];
  let lit = -1;
  const flush = (at: number): void => {
    if (lit >= 0) parts.push({ type: 'literal', text: text.slice(lit, at), start: lit, end: at });
    lit = -1;
  };
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c !== 0x25) {
      const ok = (c >= 0x21 && c <= 0x7e) || (c === 0x20 && context === 'explain');
      if (!ok) {
        problems.push({
          code: 'invalid-character',
          message: `The octet ${quote(text[i])} is not allowed in ${quote(text.slice(start, end))}; SPF text is printable 7-bit ASCII.`,
          start: i,
          end: i + 1,
        });
      }
      if (lit < 0) lit = i;
      i++;
      continue;
    }
    flush(i);
    const next = i + 1 < end ? text[i + 1] : '';
    if (next === '%' || next === '_' || next === '-') {
      parts.push({ type: 'escape', char: next, start: i, end: i + 2 });
      i += 2;
      continue;
    }
    if (next !== '{') {
      problems.push({
        code: 'invalid-macro',
        message: `${quote(text.slice(i, Math.min(end, i + 2)))} is not a macro: a "%" must start "%{letter}", "%%", "%_" or "%-"; write "%%" for a literal percent sign.`,
        start: i,
        end: Math.min(end, i + 2),
      });
      i += next === '' ? 1 : 2;
      continue;
    }
    const close = text.indexOf('}', i + 2);
    const macroEnd = close >= 0 && close < end ? close + 1 : end;
    const body = text.slice(i + 2, close >= 0 && close < end ? close : end);
    const m = /^([A-Za-z])([0-9]*)([rR]?)([-.+,/_=]*)$/.exec(body);
    const bad = (code: string, message: string): void => {
      problems.push({ code, message, start: i, end: macroEnd });
    };
    if (close < 0 || close >= end) {
      bad('invalid-macro', `The macro ${quote(text.slice(i, end))} is not closed with "}".`);
      i = end;
      continue;
    }
    if (!m || !MACRO_LETTERS.includes(m[1].toLowerCase())) {
      bad(
        'invalid-macro',
        `The macro ${quote(text.slice(i, macroEnd))} is malformed: write "%{" letter [digits] ["r"] [delimiters] "}", with a letter from s l o d i p h v (c r t in exp text only).`,
      );
      i = macroEnd;
      continue;
    }
    const letter = m[1].toLowerCase() as SpfMacroLetter;
    if (context === 'domain' && (letter === 'c' || letter === 'r' || letter === 't')) {
      bad('exp-only-macro', `The macro ${quote(text.slice(i, macroEnd))} may only be used in explanation text, not in a domain name.`);
    }
    let keep: number | undefined;
    if (m[2] !== '') {
      keep = Number(m[2]);
      if (keep === 0) bad('invalid-macro', `The macro ${quote(text.slice(i, macroEnd))} keeps zero labels; the digit count must be at least 1.`);
    }
    // Delimiters only make sense once: a repeat is allowed by the grammar, so keep them all.
    const delimiters = m[4] === '' ? '.' : m[4];
    parts.push({
      type: 'macro',
      letter,
      urlEscape: m[1] !== letter,
      ...(keep !== undefined ? { keep } : {}),
      reverse: m[3] !== '',
      delimiters,
      start: i,
      end: macroEnd,
    });
    i = macroEnd;
  }
  flush(end);
  return { text: text.slice(start, end), start, end, parts: fitted(parts) };
}

/** RFC 7208 toplabel text[from, to): alphanumerics and inner hyphens, not all digits. */
function isToplabel(text: string, from: number, to: number): boolean {
  if (to <= from || !isAlnum(text.charCodeAt(from)) || !isAlnum(text.charCodeAt(to - 1))) return false;
  let letter = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isAlpha(c) || c === 0x2d) letter = true;
    else if (!isDigit(c)) return false;
  }
  return letter;
}

/**
 * Checks domain-end ("." toplabel ["."] or a macro-expand) on the literal text[start, end) that
 * ends a domain-spec; `whole` when that literal is the whole spec. Returns a problem message or null.
 */
function domainEndProblem(text: string, start: number, end: number, whole: boolean): string | null {
  const to = end > start && text.charCodeAt(end - 1) === 0x2e ? end - 1 : end;
  let dot = to - 1;
  while (dot >= start && text.charCodeAt(dot) !== 0x2e) dot--;
  if (dot < start) return whole ? 'has no dot: a domain-spec must end in "." and a top-level label such as ".com"' : 'must end in a macro or in "." and a top-level label';
  if (isToplabel(text, dot + 1, to)) return null;
  const top = text.slice(dot + 1, to);
  if (top === '') return 'ends in an empty label';
  if (/^[0-9]+$/.test(top)) return `ends in the all-numeric label "${top}"; an IP address needs ip4:/ip6:, not a domain mechanism`;
  return `ends in "${top}", which is not a valid top-level label (letters, digits and inner hyphens only)`;
}

/** Checks the domain-spec text[start, end) of a term, whose characters the term has checked (printable ASCII). */
function checkDomainSpec(text: string, start: number, end: number, what: string, problems: MailProblem[]): void {
  let why: string | null;
  let percent = start;
  while (percent < end && text.charCodeAt(percent) !== 0x25) percent++;
  if (start === end) why = 'is empty';
  // Nearly every domain-spec is a plain name: one literal, checked without being cut into parts.
  else if (percent === end) why = domainEndProblem(text, start, end, true);
  else {
    const before = problems.length;
    const spec = parseMacroString(text, start, end, 'domain', problems);
    if (problems.length !== before) return;
    const last = spec.parts[spec.parts.length - 1];
    why = !last ? 'is empty' : last.type === 'literal' ? domainEndProblem(text, last.start, last.end, spec.parts.length === 1) : null;
  }
  if (why) {
    problems.push({
      code: 'invalid-domain',
      message: `The ${what} domain ${quote(text.slice(start, end))} ${why}.`,
      start,
      end,
    });
  }
}

/** Parses "/n" with the RFC 7208 cidr-length rules (no leading zero, 0..max); -1 when malformed. */
function parseCidr(text: string, start: number, end: number, max: number, family: string, problems: MailProblem[], slashes = 1): number {
  // `slashes` is 2 for the "//n" IPv6 half of a dual-cidr-length.
  let length = 0;
  for (let i = start + slashes; i < end; i++) {
    const c = text.charCodeAt(i);
    length = isDigit(c) ? length * 10 + (c - 0x30) : NaN;
  }
  const digits = end - start - slashes;
  if (digits <= 0 || Number.isNaN(length) || (digits > 1 && text.charCodeAt(start + slashes) === 0x30)) {
    problems.push({
      code: 'invalid-cidr',
      message: `The ${family} prefix length ${quote(text.slice(start, end))} is malformed; write "/" and a number 0–${max} without leading zeros.`,
      start,
      end,
    });
    return -1;
  }
  if (length > max) {
    problems.push({
      code: 'cidr-out-of-range',
      message: `The ${family} prefix length ${quote(text.slice(start, end))} is larger than ${max}.`,
      start,
      end,
    });
    return -1;
  }
  return length;
}

/** Where a dual-cidr-length (`/24`, `//64`, `/24//64`) ends text[from, end), or `end` when there is none. */
function dualCidrStart(text: string, from: number, end: number): number {
  const digitsBefore = (at: number): number => {
    let i = at;
    while (i > from && text.charCodeAt(i - 1) >= 0x30 && text.charCodeAt(i - 1) <= 0x39) i--;
    return i;
  };
  let at = end;
  // "//" ip6-len, last.
  let i = digitsBefore(at);
  if (i < at && i - 2 >= from && text.charCodeAt(i - 1) === 0x2f && text.charCodeAt(i - 2) === 0x2f) at = i - 2;
  // "/" ip4-len before it (a lone "/" with digits: not the second slash of "//").
  i = digitsBefore(at);
  if (i < at && i - 1 >= from && text.charCodeAt(i - 1) === 0x2f && !(i - 2 >= from && text.charCodeAt(i - 2) === 0x2f)) at = i - 1;
  return at;
}

const isQualifier = (c: number): boolean => c === 0x2b || c === 0x2d || c === 0x7e || c === 0x3f;

/*
 * A parse writes each term into a draft as SLOTS numbers, what the term keeps (see SpfMechanism),
 * and makes no object: records of one shape have equal drafts, so the draft is the key of their
 * shared term list, and terms are made only for a shape not met before.
 */
const SLOTS = 7;
/** The first slot of a term: the mechanism's bits (mechanismBits, bits 0–21), or one of these tags. */
const MODIFIER = 1 << 22;
const INVALID = 1 << 23;
/** A modifier's first slot: MODIFIER, its kind (bits 0–1, index here) and valid (bit 2). */
const MODIFIER_KINDS: readonly SpfModifierKind[] = ['redirect', 'exp', 'unknown'];

/** What a parse collects besides its terms. */
interface ParseState {
  problems: MailProblem[];
  /** SLOTS numbers per term: first slot, start, end, nameEnd, valueStart, valueEnd, cidr6Start. */
  draft: number[];
  /** Indexes of the first redirect= and exp= terms; -1 when none. */
  redirect: number;
  exp: number;
}

function draftTerm(state: ParseState, first: number, start: number, end: number, nameEnd = 0, valueStart = 0, valueEnd = 0, cidr6Start = 0): void {
  state.draft.push(first, start, end, nameEnd, valueStart, valueEnd, cidr6Start);
}

/** Whether a mechanism that needs a value has one after ":"; reports the problem when not. */
function needsValue(text: string, start: number, end: number, kind: string, hasColon: boolean, afterColon: number, what: string, problems: MailProblem[]): boolean {
  if (!hasColon) {
    problems.push({
      code: 'missing-value',
      message: `The ${kind} mechanism ${quote(text.slice(start, end))} needs ${what}: write "${kind}:${what === 'a domain' ? 'example.com' : kind === 'ip4' ? '192.0.2.0/24' : '2001:db8::/32'}".`,
      start,
      end,
    });
    return false;
  }
  if (afterColon === end) {
    problems.push({
      code: kind === 'ip4' || kind === 'ip6' ? 'missing-value' : 'empty-domain',
      message: `The ${kind} mechanism ${quote(text.slice(start, end))} has nothing after ":"; write ${what} or drop the ":".`,
      start,
      end,
    });
    return false;
  }
  return true;
}

function parseMechanism(text: string, start: number, end: number, state: ParseState): void {
  const problems = state.problems;
  const before = problems.length;
  let nameStart = start;
  let qualifier = 0;
  const q = text.charCodeAt(start);
  if (isQualifier(q)) {
    qualifier = q === 0x2b ? 0 : q === 0x2d ? 1 : q === 0x7e ? 2 : 3;
    nameStart++;
  }
  let nameEnd = nameStart;
  while (nameEnd < end) {
    const c = text.charCodeAt(nameEnd);
    if (c === 0x3a || c === 0x2f) break;
    nameEnd++;
  }
  const nameText = text.slice(nameStart, nameEnd);
  const kindIndex = KIND_INDEX.get(nameText) ?? KIND_INDEX.get(nameText.toLowerCase());
  if (kindIndex === undefined) {
    const kind = nameText.toLowerCase();
    const termText = text.slice(start, end);
    const eq = nameText.indexOf('=');
    let code = 'unknown-mechanism';
    let message = `Unknown mechanism ${quote(nameText)} in ${quote(termText)}; mechanisms are all, include, a, mx, ptr, ip4, ip6 and exists.`;
    if (nameText === '') {
      code = 'invalid-term';
      message = `The term ${quote(termText)} has no mechanism name after the qualifier.`;
    } else if (eq >= 0 && nameStart === start) {
      code = 'invalid-modifier-name';
      message = `The modifier name ${quote(nameText.slice(0, eq))} in ${quote(termText)} is invalid; a modifier name starts with a letter and has only letters, digits, "-", "_" and ".".`;
    } else if (KIND_INDEX.has(kind.replace(/[^a-z0-9]+$/, ''))) {
      const meant = nameText.replace(/[^A-Za-z0-9]+$/, '');
      message = `Unknown mechanism ${quote(nameText)} in ${quote(termText)}; did you mean "${text.slice(start, nameStart)}${meant}"?`;
    } else if (kind === 'redirect' || kind === 'exp') {
      message = `${quote(nameText)} is a modifier, not a mechanism: write "${kind}=domain" instead of ${quote(termText)}.`;
    }
    problems.push({ code, message, start, end });
    draftTerm(state, INVALID, start, end);
    return;
  }
  const kind = KINDS[kindIndex];
  // What the term holds, read below by kind; written into the draft at the end.
  let valueStart = -1;
  let valueEnd = -1;
  let cidr6Start = end;
  let length4 = -1;
  let length6 = -1;
  let hasAddress = false;
  const hasColon = text.charCodeAt(nameEnd) === 0x3a && nameEnd < end;
  const afterColon = hasColon ? nameEnd + 1 : nameEnd;
  switch (kind) {
    case 'all':
      if (nameEnd < end) {
        problems.push({
          code: 'unexpected-argument',
          message: `The all mechanism takes no argument; write "${nameStart > start ? QUALIFIERS[qualifier] : ''}all" instead of ${quote(text.slice(start, end))}.`,
          start: nameEnd,
          end,
        });
      }
      break;
    case 'include':
    case 'exists':
      if (needsValue(text, start, end, kind, hasColon, afterColon, 'a domain', problems)) {
        valueStart = afterColon;
        valueEnd = end;
        checkDomainSpec(text, afterColon, end, kind, problems);
      }
      break;
    case 'ptr':
      if (!hasColon && nameEnd < end) {
        problems.push({
          code: 'unexpected-cidr',
          message: `The ptr mechanism takes no prefix length; remove ${quote(text.slice(nameEnd, end))} (and prefer ip4:/ip6: over ptr).`,
          start: nameEnd,
          end,
        });
      } else if (hasColon && needsValue(text, start, end, kind, hasColon, afterColon, 'a domain', problems)) {
        valueStart = afterColon;
        valueEnd = end;
        checkDomainSpec(text, afterColon, end, kind, problems);
      }
      break;
    case 'a':
    case 'mx': {
      // dual-cidr-length = [ "/" ip4-len ] [ "//" ip6-len ], at the very end of the term.
      const cidrStart = dualCidrStart(text, afterColon, end);
      if (!hasColon && cidrStart !== afterColon) {
        problems.push({
          code: 'invalid-cidr',
          message: `${quote(text.slice(nameEnd, end))} after "${kind}" is not a prefix length; write "/24", "//64" or "/24//64".`,
          start: nameEnd,
          end,
        });
        break;
      }
      if (hasColon && cidrStart === afterColon) {
        needsValue(text, start, end, kind, hasColon, afterColon, 'a domain', problems);
        if (afterColon !== end) {
          problems.push({ code: 'empty-domain', message: `The ${kind} mechanism ${quote(text.slice(start, end))} has no domain before the prefix length.`, start, end });
        }
        break;
      }
      if (hasColon) {
        valueStart = afterColon;
        valueEnd = cidrStart;
        checkDomainSpec(text, afterColon, cidrStart, kind, problems);
      }
      if (cidrStart < end) {
        // Only this term's "//": the next term may have one too (`a/24 mx//64`).
        const six = text.indexOf('//', cidrStart);
        const dual = six >= 0 && six < end;
        if (dual) cidr6Start = six;
        if (cidr6Start > cidrStart) length4 = parseCidr(text, cidrStart, cidr6Start, 32, 'IPv4', problems);
        if (dual) length6 = parseCidr(text, six, end, 128, 'IPv6', problems, 2);
      }
      break;
    }
    case 'ip4':
    case 'ip6': {
      const v4 = kind === 'ip4';
      if (!needsValue(text, start, end, kind, hasColon, afterColon, v4 ? 'an IPv4 network' : 'an IPv6 network', problems)) break;
      const slash = text.indexOf('/', afterColon);
      const addrEnd = slash >= 0 && slash < end ? slash : end;
      valueStart = afterColon;
      valueEnd = addrEnd;
      const addrText = text.slice(afterColon, addrEnd);
      if (!(v4 ? parseIPv4(addrText) : parseIPv6(addrText))) {
        let hint = v4 ? 'four decimal numbers 0–255 without leading zeros, such as 192.0.2.1' : 'an RFC 4291 address such as 2001:db8::1';
        if (v4 && /^[0-9.]+$/.test(addrText) && addrText.split('.').length < 4) hint = 'all four parts; use a prefix length such as 192.0.2.0/24 for a network';
        if (v4 && parseIPv6(addrText)) hint = 'ip6: for an IPv6 address';
        if (!v4 && parseIPv4(addrText)) hint = 'ip4: for an IPv4 address';
        problems.push({
          code: v4 ? 'invalid-ip4' : 'invalid-ip6',
          message: `${quote(addrText)} is not a valid ${v4 ? 'IPv4' : 'IPv6'} address; write ${hint}.`,
          start: afterColon,
          end: addrEnd,
        });
      } else {
        hasAddress = true;
      }
      if (addrEnd < end) {
        if (v4) length4 = parseCidr(text, addrEnd, end, 32, 'IPv4', problems);
        else {
          cidr6Start = addrEnd;
          length6 = parseCidr(text, addrEnd, end, 128, 'IPv6', problems);
        }
      }
      break;
    }
  }
  const bits = mechanismBits(kindIndex, qualifier, nameStart > start, length4, length6, hasAddress, problems.length === before);
  draftTerm(state, bits, start, end, nameEnd, valueStart, valueEnd, cidr6Start);
}

/** After its first letter, a modifier name (§4.6.1) has letters, digits, "-", "_" and ".". */
const isModifierNameChar = (c: number): boolean => isAlnum(c) || c === 0x2d || c === 0x5f || c === 0x2e;

function parseTerm(text: string, start: number, end: number, state: ParseState): void {
  const problems = state.problems;
  // SPF terms are printable ASCII separated by spaces only (§3.1, §4.6.1): one problem per
  // term, rather than a cascade from every grammar rule the odd octet breaks.
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x21 || c > 0x7e) {
      const what = c === 0x09 ? 'a tab' : c === 0x0a || c === 0x0d ? 'a line break' : c > 0x7e ? 'a non-ASCII octet' : 'a control character';
      problems.push({
        code: 'invalid-character',
        message: `The term ${quote(text.slice(start, end))} contains ${what} (${quote(text[i])}); SPF records are 7-bit ASCII with terms separated by single spaces.`,
        start: i,
        end: i + 1,
      });
      draftTerm(state, INVALID, start, end);
      return;
    }
  }
  // A modifier is a name and "="; anything else is read as a mechanism.
  let nameEnd = start;
  if (isAlpha(text.charCodeAt(start))) while (++nameEnd < end && isModifierNameChar(text.charCodeAt(nameEnd)));
  if (nameEnd === start || nameEnd === end || text.charCodeAt(nameEnd) !== 0x3d) {
    parseMechanism(text, start, end, state);
    return;
  }
  const before = problems.length;
  const length = nameEnd - start;
  const lower = length === 3 || length === 8 ? text.slice(start, nameEnd).toLowerCase() : '';
  const kind: SpfModifierKind = lower === 'redirect' || lower === 'exp' ? lower : 'unknown';
  const valueStart = nameEnd + 1;
  if (kind === 'unknown') {
    parseMacroString(text, valueStart, end, 'modifier', problems);
  } else if (valueStart === end) {
    problems.push({
      code: 'empty-domain',
      message: `The ${kind} modifier ${quote(text.slice(start, end))} has no domain; write "${kind}=example.com" or remove it.`,
      start,
      end,
    });
  } else {
    checkDomainSpec(text, valueStart, end, kind, problems);
  }
  const first = kind !== 'unknown' ? state[kind] : -1;
  if (first >= 0) {
    problems.push({
      code: 'duplicate-modifier',
      message: `The ${kind}= modifier appears more than once (first at offset ${state.draft[first * SLOTS + 1]}); keep only one.`,
      start,
      end,
    });
  }
  if (kind !== 'unknown' && first < 0) state[kind] = state.draft.length / SLOTS;
  draftTerm(state, MODIFIER | MODIFIER_KINDS.indexOf(kind) | (problems.length === before ? 4 : 0), start, end, nameEnd);
}

/**
 * Parses an SPF record. Never throws. When the text does not start with "v=spf1", `version` is
 * null, no terms are read and one "not-spf" problem is reported.
 */
export function parseSpf(text: string): SpfRecord {
  if (!isSpfRecord(text)) {
    const problem: MailProblem = {
      code: 'not-spf',
      message: /^v=spf1/i.test(text)
        ? `The record starts ${quote(text.slice(0, 12))}; "v=spf1" must be followed by a space or the end of the record.`
        : `The record ${quote(text, 30)} does not start with "v=spf1".`,
      start: 0,
      end: Math.min(text.length, /^\S*/.exec(text)?.[0].length ?? 0),
    };
    return new SpfRecord(text, [], [problem]);
  }
  const state: ParseState = { problems: [], draft: [], redirect: -1, exp: -1 };
  let i = 6;
  while (i < text.length) {
    while (i < text.length && text.charCodeAt(i) === 0x20) i++;
    if (i >= text.length) break;
    let j = i;
    while (j < text.length && text.charCodeAt(j) !== 0x20) j++;
    parseTerm(text, i, j, state);
    i = j;
  }
  sortProblems(state.problems);
  const problems = state.problems.length > 0 ? fitted(state.problems) : NO_PROBLEMS;
  const terms = termsOfShape(shapeKey(state.draft), () => termsOf(state.draft));
  const at = (index: number) => (index >= 0 ? (terms[index] as SpfModifier) : undefined);
  return new SpfRecord(text, terms, problems, at(state.redirect), at(state.exp));
}

/**
 * Term lists by shape: records whose terms sit at the same offsets with the same numbers (per-host
 * records that differ only in an address or a name of the same length) share one list.
 */
const termsOfShape = sharedTable<readonly SpfTerm[]>();

/** A draft as a string: two characters per number (its 32 bits; -1 reads as 0xffffffff). */
function shapeKey(draft: readonly number[]): string {
  let key = '';
  const codes: number[] = [];
  for (let i = 0; i < draft.length; i++) {
    const n = draft[i] >>> 0;
    codes.push(n & 0xffff, n >>> 16);
    // A few hundred arguments per call: a long record is made in pieces.
    if (codes.length >= 512) {
      key += String.fromCharCode(...codes);
      codes.length = 0;
    }
  }
  return key + String.fromCharCode(...codes);
}

/** The terms a draft describes. */
function termsOf(draft: readonly number[]): readonly SpfTerm[] {
  const terms: SpfTerm[] = [];
  for (let i = 0; i < draft.length; i += SLOTS) {
    const first = draft[i];
    const start = draft[i + 1];
    const end = draft[i + 2];
    if (first & INVALID) terms.push(new SpfInvalidTerm(start, end));
    else if (first & MODIFIER) terms.push(new SpfModifier(MODIFIER_KINDS[first & 3], start, end, draft[i + 3], (first & 4) !== 0));
    else terms.push(new SpfMechanism(first, start, end, draft[i + 3], draft[i + 4], draft[i + 5], draft[i + 6]));
  }
  return fitted(terms);
}

/**
 * Parses explanation text fetched for exp= (§6.2): macro-strings and spaces, with c, r and t
 * allowed. Problems mean the explanation must be ignored.
 */
export function parseExplanation(text: string): { macro: SpfMacroString; problems: MailProblem[] } {
  const problems: MailProblem[] = [];
  const macro = parseMacroString(text, 0, text.length, 'explain', problems);
  return { macro, problems };
}
