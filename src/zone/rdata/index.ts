/**
 * Typed rdata: checks a record's rdata fields against its type's field table, gives the values
 * rules use, and encodes the RFC wire form. RFC 3597 generic rdata (`\# len hex`) is kept raw.
 */
import type { RdataField } from '../../model/record.ts';
import { Cursor, RdataError, Writer, fieldLabel } from './codec.ts';
import { type KnownRdata, type KnownType, type RdataOf, type TypeSpec, minWire, typeSpec } from './schema.ts';
import { type TxtString, CHAR_STRING_MAX, abbreviate, isVerbatim, parseDecimal } from './text.ts';
import { isMetaType, typeName, typeNumber } from './registry.ts';

export { typeNumber, typeName, isObsoleteType, classNumber, className, ALGORITHMS, CERT_TYPES } from './registry.ts';
export { type TxtString } from './text.ts';
export { type SvcParam, SVC_KEYS, svcKeyName, alpnIds } from './svcb.ts';
export { type AplItem } from './special.ts';
export { typeNames } from './codecs.ts';
export { formatIPv6, parseIPv4, parseIPv6 } from '../../model/ip.ts';
export type { KnownRdata, KnownType, RdataOf };

/**
 * Rdata mxlint keeps as octets: a type it has no table for, or any type written in RFC 3597
 * generic form. `wire` is null when a type without a table is written in its own presentation form.
 */
export interface UnknownRdata {
  type: 'unknown';
  /** The RR type number. */
  rrtype: number;
  wire: Uint8Array | null;
}

export type Rdata = KnownRdata | UnknownRdata;

export interface RdataProblem {
  /** Stable code: `missing-field`, `number-too-large`, `string-too-long`, `bad-name`, … */
  code: string;
  /** One sentence quoting the bad value. */
  message: string;
  /** Index of the offending field, or the field count when one is missing. */
  field: number;
}

export type RdataResult = { ok: true; rdata: Rdata } | { ok: false; error: RdataProblem };

/** What parseRdata needs to know of a type, worked out once per way of writing the type. */
interface TypePlan {
  /** The RR type number; undefined for text that names no type. */
  n: number | undefined;
  mnemonic: string;
  spec: TypeSpec | undefined;
  /** The message labels of the spec's fields. */
  labels: string[];
}

const PLANS = new Map<string, TypePlan>();

function planOf(type: string): TypePlan {
  let plan = PLANS.get(type);
  if (plan === undefined) {
    const n = typeNumber(type);
    const mnemonic = n === undefined ? type : typeName(n);
    const spec = n === undefined ? undefined : typeSpec(mnemonic);
    plan = { n, mnemonic, spec, labels: spec ? spec.fields.map((f) => fieldLabel(mnemonic, f.key)) : [] };
    // Type names come from the reader's token table and from rules: few distinct ones, but bounded all the same.
    if (PLANS.size < 1024) PLANS.set(type, plan);
  }
  return plan;
}

/** Reads `\# <length> <hex…>` (fields[0] is `\#`). */
function generic(cur: Cursor, label: string): Uint8Array {
  cur.i = 1;
  cur.label = `${label} generic rdata length`;
  const lengthIndex = cur.i;
  const length = parseDecimal(cur.text(), 0xffff, cur.label, lengthIndex);
  let digits = '';
  while (!cur.done) {
    const t = cur.text();
    if (!/^[0-9a-fA-F]*$/.test(t)) cur.fail('bad-hex', `${label} generic rdata '${abbreviate(t)}' is not hexadecimal.`);
    digits += t;
  }
  if (digits.length % 2 !== 0) cur.fail('bad-hex', `${label} generic rdata has an odd number of hex digits.`);
  if (digits.length / 2 !== length) {
    throw new RdataError('generic-length', `${label} generic rdata is declared as ${length} octets but ${digits.length / 2} are given.`, lengthIndex);
  }
  return Uint8Array.from(Buffer.from(digits, 'hex'));
}

/**
 * False when the octets are not the type's wire form, for types whose every field says where it
 * ends (names, numbers, addresses, character-strings); true for the others, which only the
 * shortest-length check covers.
 */
function wireFits(spec: TypeSpec, wire: Uint8Array): boolean {
  if (spec.opaque?.(wire)) return true;
  const byKey = new Map(spec.fields.map((s) => [s.key, s]));
  let at = 0;
  for (const key of spec.wire ?? byKey.keys()) {
    const field = byKey.get(key);
    if (!field?.codec.end) return true;
    at = field.codec.end(wire, at);
    if (at === -1) return false;
  }
  return at === wire.length;
}

/** Types with no presentation form of their own: BIND reads them only as `\# length hex`. */
const GENERIC_ONLY = new Set(['NULL', 'UINFO', 'UID', 'GID', 'UNSPEC']);

function isGeneric(fields: readonly RdataField[]): boolean {
  return fields.length > 0 && !fields[0].quoted && fields[0].text === '\\#';
}

/**
 * Checks and types the rdata of one record. `type` is a mnemonic or `TYPEnnn` (any case);
 * `origin` is the absolute origin relative names in the rdata hang from.
 */
export function parseRdata(type: string, fields: readonly RdataField[], origin: string): RdataResult {
  const { n, mnemonic, spec, labels } = planOf(type);
  if (n === undefined) return { ok: false, error: { code: 'unknown-type', message: `'${type}' is not a known record type.`, field: 0 } };
  if (isMetaType(n)) return { ok: false, error: { code: 'meta-type', message: `${mnemonic} is a meta type: it exists only in DNS messages, never as a record in a zone.`, field: 0 } };
  const cur = new Cursor(fields, origin);
  try {
    if (isGeneric(fields)) {
      const wire = generic(cur, mnemonic);
      if (spec && wire.length < minWire(spec) && !spec.opaque?.(wire)) {
        throw new RdataError('generic-length', `${mnemonic} generic rdata of ${wire.length} octets is too short for a ${mnemonic} record.`, 1);
      }
      if (spec && !wireFits(spec, wire)) {
        throw new RdataError('bad-generic', `${mnemonic} generic rdata is not a ${mnemonic} record in wire form (BIND decodes it and refuses it).`, 1);
      }
      return { ok: true, rdata: { type: 'unknown', rrtype: n, wire } };
    }
    if (!spec) {
      if (mnemonic.startsWith('TYPE') || GENERIC_ONLY.has(mnemonic)) {
        throw new RdataError('generic-required', `${mnemonic} has no known presentation form; write its rdata as \\# <length> <hex>.`, 0);
      }
      return { ok: true, rdata: { type: 'unknown', rrtype: n, wire: null } };
    }
    // Whoever types a TXT record keeps it as long as the zone (the reader, the engine's TXT views):
    // compact, and made without the strings' objects when they need no offsets.
    const compact = mnemonic === 'TXT' ? CompactTxt.read(fields) : undefined;
    if (compact) return { ok: true, rdata: compact };
    const record: Record<string, unknown> = { type: mnemonic };
    for (let k = 0; k < spec.fields.length; k++) {
      cur.label = labels[k];
      record[spec.fields[k].key] = spec.fields[k].codec.parse(cur, record);
    }
    if (!cur.done) cur.fail('unexpected-field', `${mnemonic} has an unexpected extra value '${abbreviate(fields[cur.i].text)}'.`, 0);
    // The table's codecs produced exactly the keys RdataOf<type> names.
    return { ok: true, rdata: record as unknown as KnownRdata };
  } catch (e) {
    if (e instanceof RdataError) return { ok: false, error: { code: e.code, message: e.message, field: e.field } };
    throw e;
  }
}

/** RFC wire form of rdata: names uncompressed, case as written. Null for raw rdata without octets. */
export function rdataToWire(rdata: Rdata): Uint8Array | null {
  if (rdata.type === 'unknown') return rdata.wire;
  const spec = typeSpec(rdata.type);
  if (!spec) throw new Error(`no field table for ${rdata.type}`);
  const record = rdata as unknown as Record<string, unknown>;
  const out = new Writer();
  const byKey = new Map(spec.fields.map((s) => [s.key, s]));
  for (const key of spec.wire ?? spec.fields.map((s) => s.key)) {
    const s = byKey.get(key);
    s?.codec.encode(record[key], out, record);
  }
  return out.finish();
}

export type TxtRdata = Extract<Rdata, { strings: TxtString[] }>;

/**
 * TXT rdata as parseRdata gives it, to be kept for the zone's lifetime (every TXT record of a
 * zone): the joined text and where its strings end, in place of an object, a string and an array
 * per record and string, which the young generation would copy and promote. The strings are made
 * again when asked for. Only records written without escapes are so (their strings need no offsets).
 */
export class CompactTxt {
  readonly type = 'TXT';

  constructor(
    readonly text: string,
    /** The end of each string in `text` but the last; undefined for a record of one string. */
    private readonly ends: readonly number[] | undefined,
  ) {}

  /**
   * The rdata of a TXT record's fields when each is a valid character-string written verbatim;
   * undefined for the codecs to type (escapes) or refuse (no string, one too long).
   */
  static read(fields: readonly RdataField[]): CompactTxt | undefined {
    const n = fields.length;
    if (n === 0) return undefined;
    const ends: number[] | undefined = n > 1 ? new Array<number>(n - 1) : undefined;
    let at = 0;
    for (let i = 0; i < n; i++) {
      const field = fields[i];
      if (field.text.length > CHAR_STRING_MAX || !isVerbatim(field)) return undefined;
      at += field.text.length;
      if (ends !== undefined && i < n - 1) ends[i] = at;
    }
    return new CompactTxt(n === 1 ? fields[0].text : fields.map((f) => f.text).join(''), ends);
  }

  /** txtOffset of a compact record: string i is field i, written verbatim, so no string is made. */
  fileOffset(at: TextPositions, index: number): number {
    const ends = this.ends;
    let from = 0;
    let field = 0;
    if (ends !== undefined) {
      // Empty strings are passed over: an octet lies in the first string that ends after it.
      for (; field < ends.length && index >= ends[field]; field++) from = ends[field];
    }
    return index < this.text.length ? at.textOffset(field, index - from) : at.textEnd(ends === undefined ? 0 : ends.length);
  }

  /** The character-strings, made from the text (string i is field i, written verbatim). */
  get strings(): TxtString[] {
    const ends = this.ends;
    if (ends === undefined) return [{ value: this.text, field: 0 }];
    const out: TxtString[] = [];
    for (let i = 0, from = 0; i <= ends.length; i++) {
      const to = i < ends.length ? ends[i] : this.text.length;
      out.push({ value: this.text.slice(from, to), field: i });
      from = to;
    }
    return out;
  }
}

/** The character-strings of a TXT-like record joined, as receivers do for SPF, DMARC and DKIM. */
export function txtText(rdata: TxtRdata): string {
  if (rdata instanceof CompactTxt) return rdata.text;
  return rdata.strings.length === 1 ? rdata.strings[0].value : rdata.strings.map((s) => s.value).join('');
}

/**
 * txtText for rdata kept as long as its zone: a record of several strings (a 2048-bit DKIM key
 * is two) would hold its octets twice, in its strings and in their join, so its strings become
 * slices of the joined text (the same values). Compact rdata holds the join alone already.
 */
export function keptTxtText(rdata: TxtRdata): string {
  if (rdata instanceof CompactTxt) return rdata.text;
  const text = txtText(rdata);
  const strings = rdata.strings;
  for (let i = 0, at = 0; strings.length > 1 && i < strings.length; i++) {
    const length = strings[i].value.length;
    strings[i].value = text.slice(at, at + length);
    at += length;
  }
  return text;
}

/** Where a record's field texts are written (ZoneRecord answers without making field objects). */
export interface TextPositions {
  /** File offset of character `i` of field `field`'s text. */
  textOffset(field: number, i: number): number;
  /** File offset just past field `field`'s text. */
  textEnd(field: number): number;
}

/**
 * File offset of octet `index` of `txtText(rdata)`: where its character (or the first character
 * of its escape) is written. `index` equal to the text length gives the end of the last string.
 */
export function txtOffset(rdata: TxtRdata, at: TextPositions, index: number): number {
  let i = Math.max(0, index);
  if (rdata instanceof CompactTxt) return rdata.fileOffset(at, i);
  for (const s of rdata.strings) {
    if (i < s.value.length) return s.offsets ? s.offsets[i] : at.textOffset(s.field, i);
    i -= s.value.length;
  }
  return at.textEnd(rdata.strings[rdata.strings.length - 1].field);
}
