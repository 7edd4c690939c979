/**
 * Field kinds of the per-type table (`schema.ts`): numbers, names, addresses, character-strings,
 * base16/32/64 blobs, type lists. Each is a `Codec`: presentation fields → value → wire.
 */
import { nameToWire, parseName } from '../names.ts';
import { formatIPv6, parseIPv4, parseIPv6 } from '../../model/ip.ts';
import { type Codec, type Cursor, RdataError, type Writer } from './codec.ts';
import { type Mnemonics, typeName, typeNumber } from './registry.ts';
import { parseTtl } from '../ttl.ts';
import { type TxtString, abbreviate, decodeCharString, decodeField, parseDecimal } from './text.ts';

/** A codec reading exactly one field with `read(text, what, index, field)`. */
function single<V>(min: number, read: (text: string, what: string, index: number, cur: Cursor) => V, encode: Codec<V>['encode']): Codec<V> {
  return {
    min,
    parse(cur) {
      const index = cur.i;
      return read(cur.text(), cur.label, index, cur);
    },
    encode,
  };
}

/** A codec reading every remaining field (at least `least`) with `item`, collecting the values. */
function rest<I, V>(least: number, min: number, item: (cur: Cursor, index: number) => I, combine: (items: I[]) => V, encode: Codec<V>['encode']): Codec<V> {
  return {
    min,
    parse(cur) {
      const items: I[] = [];
      while (!cur.done) items.push(item(cur, cur.i));
      if (items.length < least) cur.take(); // raises missing-field
      return combine(items);
    },
    encode,
  };
}

const WRITE = { 8: 'u8', 16: 'u16', 32: 'u32' } as const;

/** An unsigned integer of `bits` bits, in decimal or as one of `names` (case-insensitive). */
export function uint(bits: 8 | 16 | 32, names?: Mnemonics): Codec<number> {
  const max = 2 ** bits - 1;
  return single(
    bits / 8,
    (text, what, index) => names?.get(text.toUpperCase()) ?? parseDecimal(text, max, what, index),
    (v, out) => out[WRITE[bits]](v),
  );
}

export const u8 = uint(8);
export const u16 = uint(16);
export const u32 = uint(32);

/** A 32-bit number of seconds that may use TTL units (`1h`, `2w3d`), as BIND allows in SOA timers. */
export const ttl: Codec<number> = single(
  4,
  (text, what, index) => {
    const r = parseTtl(text);
    if (r.ok) return r.value;
    if (r.code === 'ttl-overflow') throw new RdataError('number-too-large', `${what} '${text}' is larger than 4294967295 seconds.`, index);
    throw new RdataError('bad-number', `${what} '${text}' is neither a number of seconds nor a duration like 1h30m.`, index);
  },
  (v, out) => out.u32(v),
);

/** A domain name, made absolute; kept as written (case and escapes). */
export const name: Codec<string> = single(
  1,
  (text, what, index, cur) => {
    const r = parseName(text, cur.origin);
    if (!r.ok) {
      // BIND reads `2001:db8::25.` as a name; here the colon is refused, so say what was meant.
      if (parseIPv6(text.replace(/\.$/, ''))) throw new RdataError('bad-name', `${what} '${text}' is an IPv6 address, not a domain name: name a host that has the address in an AAAA record.`, index);
      throw new RdataError('bad-name', `${what} '${abbreviate(text)}' is not a valid domain name: ${r.message}.`, index);
    }
    return r.name;
  },
  (v, out) => out.bytes(nameToWire(v)),
);

export const ipv4: Codec<string> = single(
  4,
  (text, what, index) => {
    if (!parseIPv4(text)) throw new RdataError('bad-ipv4', `${what} '${text}' is not an IPv4 address.`, index);
    return text;
  },
  (v, out) => out.bytes(parseIPv4(v) as Uint8Array),
);

/** An IPv6 address; the value is normalised (RFC 5952). */
export const ipv6: Codec<string> = single(
  16,
  (text, what, index) => {
    const b = parseIPv6(text);
    if (!b) throw new RdataError('bad-ipv6', `${what} '${text}' is not an IPv6 address.`, index);
    return formatIPv6(b);
  },
  (v, out) => out.bytes(parseIPv6(v) as Uint8Array),
);

function writeCharString(s: TxtString | string, out: Writer): void {
  const v = typeof s === 'string' ? s : s.value;
  out.u8(v.length);
  out.octets(v);
}

/** One character-string (≤ 255 octets, length-prefixed on the wire). */
export const charString: Codec<TxtString> = {
  min: 1,
  parse(cur) {
    const index = cur.i;
    return decodeCharString(cur.take(), index, cur.label);
  },
  encode: writeCharString,
};

/** One or more character-strings: the rest of the rdata (TXT). */
export const charStrings: Codec<TxtString[]> = rest(
  1,
  1,
  (cur, index) => decodeCharString(cur.take(), index, cur.label),
  (items) => items,
  (v, out) => v.forEach((s) => writeCharString(s, out)),
);

/** The last field taken whole, any length, no length octet (URI target, CAA value). */
export const lastString: Codec<TxtString> = {
  min: 0,
  parse(cur) {
    const index = cur.i;
    return decodeField(cur.take(), index, cur.label);
  },
  encode: (v, out) => out.octets(v.value),
};

/** CAA tag: a length-prefixed string (RFC 8659 wants letters and digits; checked by rules, not here). */
export const tag: Codec<string> = {
  min: 1,
  parse: (cur, rec) => charString.parse(cur, rec).value,
  encode: writeCharString,
};

/** Base64 with padding, in blocks of four characters. */
export const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function base64Item(cur: Cursor, index: number): Uint8Array {
  const text = cur.text();
  if (text === '' || !BASE64.test(text)) {
    throw new RdataError('bad-base64', `${cur.label} '${abbreviate(text)}' is not valid base64 (each block is a multiple of 4 characters, '=' only as final padding).`, index);
  }
  return Buffer.from(text, 'base64');
}

function concat(parts: Uint8Array[]): Uint8Array {
  return parts.length === 1 ? parts[0] : Uint8Array.from(Buffer.concat(parts));
}

const writeBytes: Codec<Uint8Array>['encode'] = (v, out) => out.bytes(v);

/** Base64 over the remaining fields (blanks allowed between blocks); at least one field unless `optional`. */
export function base64(optional = false): Codec<Uint8Array> {
  return rest(optional ? 0 : 1, optional ? 0 : 1, base64Item, concat, writeBytes);
}

function hexItem(cur: Cursor, index: number): Uint8Array {
  const text = cur.text();
  if (!/^(?:[0-9a-fA-F]{2})+$/.test(text)) {
    throw new RdataError('bad-hex', `${cur.label} '${abbreviate(text)}' is not hexadecimal with an even number of digits.`, index);
  }
  return Buffer.from(text, 'hex');
}

/** Hex over the remaining fields (at least one). */
export const hex: Codec<Uint8Array> = rest(1, 1, hexItem, concat, writeBytes);

/** One hex field, `-` for none, length-prefixed (NSEC3 salt). */
export const salt: Codec<Uint8Array> = {
  min: 1,
  parse(cur) {
    if (cur.fields[cur.i]?.text === '-') {
      cur.take();
      return new Uint8Array(0);
    }
    const b = hexItem(cur, cur.i);
    if (b.length > 255) cur.fail('string-too-long', `${cur.label} is ${b.length} octets long; at most 255 fit.`);
    return b;
  },
  encode(v, out) {
    out.u8(v.length);
    out.bytes(v);
  },
};

const BASE32HEX = '0123456789ABCDEFGHIJKLMNOPQRSTUV';

/** One base32hex field (RFC 4648 §7, case-insensitive, padded to 8), length-prefixed (NSEC3 next hash). */
export const base32hex: Codec<Uint8Array> = {
  min: 1,
  parse(cur) {
    const text = cur.text();
    const bad = (): never => cur.fail('bad-base32hex', `${cur.label} '${abbreviate(text)}' is not base32hex (blocks of 8 characters 0-9 A-V, '=' only as final padding).`);
    const m = /^([0-9A-Va-v]*)(=*)$/.exec(text);
    if (!m || text.length === 0 || text.length % 8 !== 0 || ![0, 1, 3, 4, 6].includes(m[2].length)) bad();
    const digits = (m as RegExpExecArray)[1].toUpperCase();
    const out: number[] = [];
    let acc = 0;
    let bits = 0;
    for (const ch of digits) {
      acc = (acc << 5) | BASE32HEX.indexOf(ch);
      bits += 5;
      if (bits >= 8) {
        bits -= 8;
        out.push((acc >> bits) & 0xff);
      }
    }
    if (out.length > 255) cur.fail('string-too-long', `${cur.label} is ${out.length} octets long; at most 255 fit.`);
    return Uint8Array.from(out);
  },
  encode: salt.encode,
};

function typeItem(cur: Cursor, index: number): number {
  const text = cur.text();
  const n = typeNumber(text);
  if (n === undefined) throw new RdataError('bad-type', `${cur.label} '${text}' is not a known record type (write TYPEnnn for others).`, index);
  return n;
}

/** An RR type mnemonic or `TYPEnnn`; the value is the number. */
export const rrType: Codec<number> = { min: 2, parse: (cur) => typeItem(cur, cur.i), encode: (v, out) => out.u16(v) };

/** The remaining fields as RR types (NSEC, NSEC3, CSYNC), encoded as window bitmaps (RFC 4034 §4.1.2). */
export const typeBitmap: Codec<number[]> = rest(0, 0, typeItem, (items) => [...new Set(items)].sort((a, b) => a - b), (types, out) => {
  for (let i = 0; i < types.length; ) {
    const window = types[i] >> 8;
    const bits = new Uint8Array(32);
    let len = 0;
    for (; i < types.length && types[i] >> 8 === window; i++) {
      const low = types[i] & 0xff;
      bits[low >> 3] |= 0x80 >> (low & 7);
      len = (low >> 3) + 1;
    }
    out.u8(window);
    out.u8(len);
    out.bytes(bits.subarray(0, len));
  }
});

/** Names of the types in a bitmap value, for messages and rules. */
export function typeNames(types: readonly number[]): string[] {
  return types.map(typeName);
}

/** RRSIG time: `YYYYMMDDHHmmSS` (UTC, years up to 2225 as Knot) or seconds; the value is serial-number seconds mod 2^32. */
export const sigTime: Codec<number> = single(
  4,
  (text, what, index) => {
    if (text.length !== 14) return parseDecimal(text, 0xffffffff, what, index);
    const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(text);
    if (!m) throw new RdataError('bad-time', `${what} '${text}' is not a YYYYMMDDHHmmSS timestamp.`, index);
    const [y, mo, d, h, mi, s] = m.slice(1).map(Number);
    const t = Date.UTC(y, mo - 1, d, h, mi, s);
    const check = new Date(t);
    if (y < 1970 || y > 2225 || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) {
      throw new RdataError('bad-time', `${what} '${text}' is not a valid date between 1970 and 2225.`, index);
    }
    return (t / 1000) % 2 ** 32;
  },
  (v, out) => out.u32(v),
);

/** `groups` hex groups of `digits` digits joined by `sep` (EUI48 `aa-bb-…`, L64 `abcd:…`); the value is lower-cased. */
export function hexGroups(groups: number, digits: number, sep: string): Codec<string> {
  const re = new RegExp(`^[0-9a-fA-F]{${digits}}(?:\\${sep}[0-9a-fA-F]{${digits}}){${groups - 1}}$`);
  return single(
    (groups * digits) / 2,
    (text, what, index) => {
      if (!re.test(text)) throw new RdataError('bad-hex', `${what} '${text}' is not ${groups} groups of ${digits} hex digits separated by '${sep}'.`, index);
      return text.toLowerCase();
    },
    (v, out) => out.bytes(Buffer.from(v.split(sep).join(''), 'hex')),
  );
}
