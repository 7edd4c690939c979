/**
 * DKIM public key records (RFC 6376 §3.6.1), with the key itself decoded: RSA keys as
 * SubjectPublicKeyInfo (or the PKCS#1 form some signers publish), Ed25519 keys as the raw 32
 * octets RFC 8463 §4.2 prescribes.
 */
import { type MailProblem, type SpannedText, type TextSpan, fitted, quote, sharedTable, sortProblems, valued } from './common.ts';
import { DER_BIT_STRING, DER_INTEGER, DER_OID, DER_SEQUENCE, integerBits, oidText, readChildren, readTlv } from './der.ts';
import { type RawTag, type TagListOptions, checkValueCharacters, nonEmptyItems, splitList, tokenizeTagList } from './tag-list.ts';

export type DkimKeyAlgorithm = 'rsa' | 'ed25519' | 'unknown';

export interface DkimValue<T> extends SpannedText {
  value: T;
}

export interface DkimPublicKey extends SpannedText {
  /** The base64 text with folding whitespace removed. */
  base64: string;
  /** An empty p= means the key was revoked (§3.6.1). */
  revoked: boolean;
  /** Decoded octets, when the base64 is valid. */
  bytes?: Uint8Array;
  /** What the decoded octets turned out to be. */
  algorithm?: DkimKeyAlgorithm;
  /** spki: SubjectPublicKeyInfo; pkcs1: a bare RSAPublicKey; raw: 32 Ed25519 octets. */
  encoding?: 'spki' | 'pkcs1' | 'raw';
  /** The algorithm OID of an SPKI key. */
  oid?: string;
  rsaModulusBits?: number;
  rsaExponent?: number;
}

export interface DkimKeyRecord {
  text: string;
  tags: RawTag[];
  /** The v= value, when present (it must be "DKIM1" and first). */
  version?: SpannedText;
  /** h=: acceptable hash algorithms; absent means all. */
  hashAlgorithms?: DkimValue<string>[];
  /** k=: key type, "rsa" when absent. */
  keyType: DkimValue<string> | { value: 'rsa'; implicit: true };
  notes?: SpannedText;
  publicKey?: DkimPublicKey;
  /** s=: service types, "*" when absent. */
  serviceTypes?: DkimValue<string>[];
  /** t=: flags; "y" is testing mode, "s" forbids subdomains in i=. */
  flags?: DkimValue<string>[];
  problems: MailProblem[];
}

const RSA_OID = '1.2.840.113549.1.1.1';
const ED25519_OID = '1.3.101.112';
const FWS = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;

/** Base64 characters by code (RFC 4648 §4), "=" excluded. */
const BASE64 = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') BASE64[c.charCodeAt(0)] = 1;

/**
 * The text is plain base64 in whole quads: base64 characters, then at most two `=`. A loop over
 * the table rather than a regular expression: every key of a zone is tested, and a 2048-bit key
 * is about 400 characters.
 */
function isPlainBase64(text: string): boolean {
  let end = text.length;
  if (end % 4 !== 0) return false;
  if (text.charCodeAt(end - 1) === 61) end -= text.charCodeAt(end - 2) === 61 ? 2 : 1; /* = */
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || BASE64[c] === 0) return false;
  }
  return true;
}

/**
 * Decodes base64 in text[start, end) that may hold folding whitespace. On error reports the
 * offending position and returns null. With `scratch`, octets that fit are written there (the
 * caller reads them before the next decode) instead of into octets of their own. `plain` is
 * isPlainBase64 of the range, when the caller has asked it already.
 */
export function decodeBase64(
  text: string,
  start: number,
  end: number,
  what: string,
  problems: MailProblem[],
  scratch?: Buffer,
  plain?: boolean,
): { clean: string; bytes: Uint8Array | null } {
  const whole = text.slice(start, end);
  if (plain ?? isPlainBase64(whole)) return { clean: whole, bytes: base64Octets(whole, scratch) };
  // The text without folding whitespace, joined from the runs between it (keys are long: no per-character strings).
  let clean = '';
  let run = start;
  let pad = 0;
  let firstPad = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (FWS(c)) {
      clean += text.slice(run, i);
      run = i + 1;
      continue;
    }
    if (c === 0x3d /* = */) {
      if (firstPad < 0) firstPad = i;
      pad++;
      continue;
    }
    if (c >= 128 || BASE64[c] === 0 || pad > 0) {
      clean += text.slice(run, i);
      const ch = text[i];
      problems.push({
        code: 'invalid-base64',
        message:
          pad > 0
            ? `The ${what} has ${quote(ch)} after "=" padding; padding may only end the data.`
            : `The ${what} contains ${quote(ch)}, which is not a base64 character (A–Z, a–z, 0–9, +, /).`,
        start: i,
        end: i + 1,
      });
      return { clean, bytes: null };
    }
  }
  clean += text.slice(run, end);
  if (pad > 2 || clean.length % 4 !== 0) {
    problems.push({
      code: 'invalid-base64',
      message: `The ${what} is ${clean.length} base64 characters${pad > 2 ? ' with more than two "=" at the end' : ', not a multiple of 4: it is truncated or lacks "=" padding'}.`,
      start: firstPad >= 0 ? firstPad : start,
      end,
    });
    return { clean, bytes: null };
  }
  return { clean, bytes: base64Octets(clean, scratch) };
}

/**
 * The octets of checked base64 text (whole quads), decoded natively, into `scratch` when they fit.
 * Otherwise small keys share Buffer's pool slabs (an ArrayBuffer each would cost a large zone
 * thousands of allocations); keys live as long as their zone.
 */
function base64Octets(clean: string, scratch?: Buffer): Uint8Array {
  if (scratch && (clean.length / 4) * 3 <= scratch.length) return scratch.subarray(0, scratch.write(clean, 'base64'));
  const buffer = Buffer.from(clean, 'base64');
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length);
}

/** Identifies a DER-encoded RSA or Ed25519 public key. */
export function describeKey(bytes: Uint8Array): Pick<DkimPublicKey, 'algorithm' | 'encoding' | 'oid' | 'rsaModulusBits' | 'rsaExponent'> | null {
  const top = readTlv(bytes, 0);
  if (!top || top.tag !== DER_SEQUENCE || top.end !== bytes.length) return null;
  const kids = readChildren(bytes, top);
  if (!kids) return null;
  const rsaKey = (seq: typeof kids): Pick<DkimPublicKey, 'rsaModulusBits' | 'rsaExponent'> | null => {
    if (seq.length !== 2 || seq[0].tag !== DER_INTEGER || seq[1].tag !== DER_INTEGER) return null;
    let exponent = 0;
    for (let i = seq[1].start; i < seq[1].end; i++) exponent = exponent * 256 + bytes[i];
    return { rsaModulusBits: integerBits(bytes, seq[0]), rsaExponent: exponent };
  };
  const pkcs1 = rsaKey(kids);
  if (pkcs1) return { algorithm: 'rsa', encoding: 'pkcs1', ...pkcs1 };
  if (kids.length !== 2 || kids[0].tag !== DER_SEQUENCE || kids[1].tag !== DER_BIT_STRING) return null;
  const alg = readChildren(bytes, kids[0]);
  if (!alg || alg.length === 0 || alg[0].tag !== DER_OID) return null;
  const oid = oidText(bytes, alg[0]);
  if (oid === ED25519_OID) return { algorithm: 'ed25519', encoding: 'spki', oid };
  if (oid !== RSA_OID) return { algorithm: 'unknown', encoding: 'spki', oid };
  // The BIT STRING's first content octet counts unused bits; the RSAPublicKey follows it.
  const inner = readTlv(bytes, kids[1].start + 1, kids[1].end);
  if (!inner || inner.tag !== DER_SEQUENCE) return null;
  const seq = readChildren(bytes, inner);
  const key = seq ? rsaKey(seq) : null;
  return key ? { algorithm: 'rsa', encoding: 'spki', oid, ...key } : null;
}

function colonList(text: string, tag: RawTag, problems: MailProblem[]): DkimValue<string>[] {
  return nonEmptyItems(splitList(text, tag.value.start, tag.value.end, ':', true), `${tag.name.text}=`, problems).map((item) => valued(item, item.text.toLowerCase()));
}

/** The DKIM key tag-list grammar (§3.2: folding whitespace nearly anywhere), made once. */
const TAG_LIST: TagListOptions = {
  label: 'DKIM key',
  fws: true,
  spaceAroundEquals: true,
  leadingSpace: true,
  spaceInValues: true,
  namePattern: /^[A-Za-z][A-Za-z0-9_]*$/,
  // Plain base64 holds no character a value may not hold: the characters of p= are checked only when it is not.
  callerChecksValue: 'p',
};

/** Parses a DKIM key record (the TXT at selector._domainkey.domain). Never throws. */
export function parseDkimKey(text: string): DkimKeyRecord {
  return parse(text);
}

/** With `scratch`, the key's octets are read from there: the record is for a summary, not to keep. */
function parse(text: string, scratch?: Buffer): DkimKeyRecord {
  const list = tokenizeTagList(text, TAG_LIST);
  const problems = list.problems;
  const record: DkimKeyRecord = { text, tags: list.tags, keyType: { value: 'rsa', implicit: true }, problems };
  for (const tag of list.tags) {
    if (tag.duplicate) {
      if (tag.key === 'p') checkValueCharacters(tag, TAG_LIST, problems);
      continue;
    }
    switch (tag.key) {
      case 'v':
        record.version = tag.value;
        if (tag !== list.tags[0]) {
          problems.push({ code: 'version-not-first', message: 'The v= tag of a DKIM key record must come first; move it to the start or remove it.', start: tag.start, end: tag.end });
        } else if (tag.value.text !== 'DKIM1') {
          problems.push({ code: 'invalid-version', message: `The version ${quote(tag.value.text)} is not "DKIM1"; write "v=DKIM1".`, start: tag.value.start, end: tag.value.end });
        }
        break;
      case 'h':
        record.hashAlgorithms = colonList(text, tag, problems);
        break;
      case 'k':
        record.keyType = valued(tag.value, tag.value.text.toLowerCase());
        if (record.keyType.value !== 'rsa' && record.keyType.value !== 'ed25519') {
          problems.push({
            code: 'unknown-key-type',
            message: `k=${tag.value.text} is not a key type verifiers know; write k=rsa or k=ed25519.`,
            start: tag.value.start,
            end: tag.value.end,
          });
        }
        break;
      case 'n':
        record.notes = tag.value;
        break;
      case 's':
        record.serviceTypes = colonList(text, tag, problems);
        break;
      case 't':
        record.flags = colonList(text, tag, problems);
        break;
      case 'p': {
        const plain = isPlainBase64(tag.value.text);
        if (!plain) checkValueCharacters(tag, TAG_LIST, problems);
        const { clean, bytes } = decodeBase64(text, tag.value.start, tag.value.end, 'public key (p=)', problems, scratch, plain);
        const key: DkimPublicKey = { text: tag.value.text, start: tag.value.start, end: tag.value.end, base64: clean, revoked: clean === '' };
        if (bytes && bytes.length > 0) {
          key.bytes = bytes;
          const info = describeKey(bytes);
          if (info) Object.assign(key, info);
          else if (bytes.length === 32) Object.assign(key, { algorithm: 'ed25519', encoding: 'raw' });
          else {
            problems.push({
              code: 'invalid-public-key',
              message: `The p= data decodes to ${bytes.length} octets that are neither a DER public key nor a 32-octet Ed25519 key.`,
              start: tag.value.start,
              end: tag.value.end,
            });
          }
        }
        record.publicKey = key;
        break;
      }
      default:
        problems.push({
          code: 'unknown-tag',
          message: `"${tag.name.text}" is not a DKIM key tag and is ignored; known tags are v, h, k, n, p, s and t.`,
          start: tag.start,
          end: tag.end,
        });
    }
  }
  const key = record.publicKey;
  if (!list.byKey.has('p')) {
    problems.push({ code: 'missing-public-key', message: 'A DKIM key record needs a p= tag with the public key (an empty p= revokes the key).', start: 0, end: text.length });
  } else if (key?.algorithm && key.algorithm !== 'unknown') {
    const k = record.keyType.value;
    const matches = (k === 'rsa' && key.algorithm === 'rsa') || (k === 'ed25519' && key.algorithm === 'ed25519' && key.encoding === 'raw');
    if (!matches && (k === 'rsa' || k === 'ed25519')) {
      const why =
        k === 'ed25519' && key.algorithm === 'ed25519'
          ? 'k=ed25519 needs the raw 32-octet key (RFC 8463), not a SubjectPublicKeyInfo; publish only its last 32 octets'
          : `k=${k}${'implicit' in record.keyType ? ' (the default)' : ''} does not match the ${key.algorithm === 'rsa' ? 'RSA' : 'Ed25519'} key in p=; write k=${key.algorithm}`;
      problems.push({ code: 'key-type-mismatch', message: `${why}.`, start: key.start, end: key.end });
    }
  }
  sortProblems(problems);
  record.tags = fitted(record.tags);
  record.problems = fitted(problems);
  return record;
}

/**
 * What the rules read of a DKIM key on every run, kept per key of a zone: numbers, and strings
 * every key shares (`rsa`, the OIDs, the problem codes). Spans are offsets into the record text.
 * No text, tag objects, messages or key octets: `parseDkimKey` on the text gives those when a
 * finding asks (a zone holds thousands of keys, each text its own, and findings are few).
 */
export class DkimKeySummary {
  /** k=, lowercased; `rsa` when absent. */
  readonly keyType: string;
  /** The k= value, or -1 (both) when k= is absent. */
  readonly keyTypeStart: number;
  readonly keyTypeEnd: number;
  /** The p= value (folding whitespace included), or -1 (both) without p=. */
  readonly keyStart: number;
  readonly keyEnd: number;
  /** An empty p= (§3.6.1). */
  readonly revoked: boolean;
  /** Decoded octets of p=; 0 when it is empty or not base64. */
  readonly octets: number;
  readonly algorithm: DkimKeyAlgorithm | undefined;
  readonly encoding: DkimPublicKey['encoding'];
  readonly oid: string | undefined;
  readonly rsaModulusBits: number | undefined;
  /** The h= and t= values, lowercased, when the tags are there. */
  readonly hashAlgorithms: readonly string[] | undefined;
  readonly flags: readonly string[] | undefined;
  /** The codes of the record's problems, in the order parseDkimKey gives them. */
  readonly codes: readonly string[];

  constructor(record: DkimKeyRecord) {
    const k = record.keyType;
    const p = record.publicKey;
    this.keyType = 'implicit' in k ? 'rsa' : sharedString(k.value);
    this.keyTypeStart = 'implicit' in k ? -1 : k.start;
    this.keyTypeEnd = 'implicit' in k ? -1 : k.end;
    this.keyStart = p ? p.start : -1;
    this.keyEnd = p ? p.end : -1;
    this.revoked = p?.revoked ?? false;
    this.octets = p?.bytes?.length ?? 0;
    this.algorithm = p?.algorithm;
    this.encoding = p?.encoding;
    this.oid = p?.oid === undefined ? undefined : sharedString(p.oid);
    this.rsaModulusBits = p?.rsaModulusBits;
    this.hashAlgorithms = record.hashAlgorithms?.map((h) => sharedString(h.value));
    this.flags = record.flags?.map((f) => sharedString(f.value));
    this.codes = sharedCodes(record.problems);
  }

  /** The p= value, made on demand. */
  keyRange(): TextSpan {
    return { start: this.keyStart, end: this.keyEnd };
  }

  /** The k= value, made on demand; undefined when k= is absent. */
  keyTypeRange(): TextSpan | undefined {
    return this.keyTypeStart < 0 ? undefined : { start: this.keyTypeStart, end: this.keyTypeEnd };
  }
}

/** Where summaries decode keys: the summary keeps only their count and what they are (8 KB holds a 16,384-bit RSA key). */
const keyScratch = Buffer.alloc(8192);

/** The summary of the DKIM key record `text`. */
export function summarizeDkimKey(text: string): DkimKeySummary {
  return new DkimKeySummary(parse(text, keyScratch));
}

/** Strings many keys hold (`rsa`, `sha256`, an OID), one copy each; any other string is kept as is. */
const KNOWN = new Map([RSA_OID, ED25519_OID, 'rsa', 'ed25519', 'sha1', 'sha256', 'y', 's', '*', 'email'].map((s) => [s, s]));

function sharedString(value: string): string {
  return KNOWN.get(value) ?? value;
}

/** Problem code lists, one array per distinct list: most keys of a zone share one (often the empty list). */
const codeLists = sharedTable<readonly string[]>(1024);

function sharedCodes(problems: readonly MailProblem[]): readonly string[] {
  const joined = problems.length === 1 ? problems[0].code : problems.map((p) => p.code).join(' ');
  return codeLists(joined, () => Object.freeze(problems.map((p) => p.code)));
}
