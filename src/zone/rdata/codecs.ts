/**
 * Field kinds of the per-type table (`schema.ts`): numbers, names, addresses, character-strings,
 * base16/32/64 blobs, type lists. Each is a `Codec`: presentation fields → value → wire.
 */
import { nameLabels, nameToWire, parseName } from '../names.ts';
import { formatIPv6, parseIPv4, parseIPv6 } from '../../model/ip.ts';
import { type Codec, type Cursor, RdataError, type Writer, fixedEnd } from './codec.ts';
import { type Mnemonics, typeName, typeNumber } from './registry.ts';
import { parseTtl } from '../ttl.ts';
import { type TxtString, abbreviate, asWritten, decodeCharString, decodeField, parseDecimal } from './text.ts';

/** A codec reading exactly one field with `read(text, what, index, field)`; `end` as in `Codec`. */
function single<V>(min: number, read: (text: string, what: string, index: number, cur: Cursor) => V, encode: Codec<V>['encode'], end?: Codec<V>['end']): Codec<V> {
  return {
    min,
    end,
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
    fixedEnd(bits / 8),
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
  fixedEnd(4),
);

/**
 * End of an uncompressed wire-form name: BIND refuses compression pointers and extended label
 * types in `\#` data, and names over 255 octets.
 */
function nameEnd(wire: Uint8Array, at: number): number {
  for (let p = at; p < wire.length && p - at < 255; ) {
    const len = wire[p];
    if (len === 0) return p + 1;
    if (len > 63) return -1;
    p += len + 1;
  }
  return -1;
}

/** End of one length-prefixed character-string. */
function charStringEnd(wire: Uint8Array, at: number): number {
  return at < wire.length && at + 1 + wire[at] <= wire.length ? at + 1 + wire[at] : -1;
}

/** A domain name, made absolute; kept as written (case and escapes). */
export const name: Codec<string> = single(
  1,
  (text, what, index, cur) => {
    const r = parseName(text, cur.origin);
    if (!r.ok) {
      // BIND reads `2001:db8::25.` as a name; here the colon is refused, so say what was meant.
      if (parseIPv6(text.replace(/\.$/, ''))) throw new RdataError('bad-name', `${what} '${text}' is an IPv6 address, not a domain name: name a host that has the address in an AAAA record.`, index);
      throw new RdataError('bad-name', `${what} '${abbreviate(asWritten(text))}' is not a valid domain name: ${r.message}.`, index);
    }
    return r.name;
  },
  (v, out) => out.bytes(nameToWire(v)),
  nameEnd,
);

/** Labels of a wire-form name at `at` (root excluded); the name was checked by `nameEnd`. */
function wireLabelCount(wire: Uint8Array, at: number): number {
  let n = 0;
  for (let p = at; wire[p] !== 0; p += wire[p] + 1) n++;
  return n;
}

/**
 * RRSIG's signer: a name of no more labels than the record's labels field, as BIND 9.18 checks
 * (the signer is the zone apex at or above the owner, whose labels the field counts).
 */
export const signer: Codec<string> = {
  min: 1,
  parse(cur, rec) {
    const index = cur.i;
    const v = name.parse(cur, rec);
    const labels = nameLabels(v).length;
    if (labels > (rec.labels as number)) {
      throw new RdataError('bad-signer', `${cur.label} '${abbreviate(asWritten(cur.fields[index].text))}' has ${labels} labels, more than the labels field's ${String(rec.labels)}.`, index);
    }
    return v;
  },
  encode: name.encode,
  // The labels field is octet 3 of RRSIG rdata (RFC 4034 §3.1).
  end(wire, at) {
    const end = nameEnd(wire, at);
    return end !== -1 && wireLabelCount(wire, at) > wire[3] ? -1 : end;
  },
};

/** Zero or more domain names: the rest of the rdata (HIP rendezvous servers). */
export const names: Codec<string[]> = {
  ...rest(
    0,
    0,
    (cur) => name.parse(cur, {}),
    (items) => items,
    (v, out) => v.forEach((n) => out.bytes(nameToWire(n))),
  ),
  end(wire, at) {
    let p = at;
    while (p !== -1 && p < wire.length) p = nameEnd(wire, p);
    return p;
  },
};

/** A trailing field that may be left out (ISDN subaddress); absent, it takes no octets. */
export function optional<V>(codec: Codec<V>): Codec<V | undefined> {
  return {
    min: 0,
    parse: (cur, record) => (cur.done ? undefined : codec.parse(cur, record)),
    encode(v, out, record) {
      if (v !== undefined) codec.encode(v, out, record);
    },
    end: codec.end && ((wire, at) => (at === wire.length ? at : (codec.end?.(wire, at) ?? -1))),
  };
}

export const ipv4: Codec<string> = single(
  4,
  (text, what, index) => {
    if (!parseIPv4(text)) throw new RdataError('bad-ipv4', `${what} '${text}' is not an IPv4 address.`, index);
    return text;
  },
  (v, out) => out.bytes(parseIPv4(v) as Uint8Array),
  fixedEnd(4),
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
  fixedEnd(16),
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
  end: charStringEnd,
};

/** One or more character-strings: the rest of the rdata (TXT). */
export const charStrings: Codec<TxtString[]> = {
  ...rest(
    1,
    1,
    (cur, index) => decodeCharString(cur.take(), index, cur.label),
    // A copy sized to its length: the reader keeps every TXT record's strings, and an array grown
    // by push keeps room for 16 (V8 never gives it back).
    (items) => items.slice(),
    (v, out) => v.forEach((s) => writeCharString(s, out)),
  ),
  end(wire, at) {
    let p = charStringEnd(wire, at);
    while (p !== -1 && p < wire.length) p = charStringEnd(wire, p);
    return p;
  },
};

/** The last field taken whole, any length, no length octet (URI target, CAA value). */
export const lastString: Codec<TxtString> = {
  min: 0,
  parse(cur) {
    const index = cur.i;
    return decodeField(cur.take(), index, cur.label);
  },
  encode: (v, out) => out.octets(v.value),
  end: restEnd(0),
};

/** URI target: the last field, which must be quoted (RFC 7553 §4.4; BIND refuses it bare). */
export const quotedLastString: Codec<TxtString> = {
  ...lastString,
  parse(cur, rec) {
    const field = cur.fields[cur.i];
    if (field && !field.quoted) cur.fail('unquoted-field', `${cur.label} '${abbreviate(field.text)}' must be written in quotes.`, 0);
    return lastString.parse(cur, rec);
  },
};

/** CAA tag: a length-prefixed string of letters and digits, at least one (RFC 8659 §4.1; BIND refuses others). */
export const tag: Codec<string> = {
  min: 1,
  parse(cur) {
    // BIND reads the tag as a plain token: quoted, it is refused.
    const value = decodeCharString(cur.token(), cur.i - 1, cur.label).value;
    if (!/^[A-Za-z0-9]+$/.test(value)) cur.fail('bad-tag', `${cur.label} '${abbreviate(value)}' must be one or more letters and digits.`);
    return value;
  },
  encode: writeCharString,
  end(wire, at) {
    const end = charStringEnd(wire, at);
    return end === -1 || end === at + 1 || !/^[A-Za-z0-9]+$/.test(String.fromCharCode(...wire.subarray(at + 1, end))) ? -1 : end;
  },
};

/** Base64 with padding, in blocks of four characters. */
export const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * The remaining fields joined: signers, `dig` and RFC examples wrap base64 and hex at any column,
 * and BIND joins the pieces before decoding. Undefined when no field is left.
 */
function joined(cur: Cursor): { text: string; index: number } | undefined {
  if (cur.done) return undefined;
  const index = cur.i;
  let text = '';
  while (!cur.done) text += cur.text();
  return { text, index };
}

function decodeBase64(cur: Cursor, optional: boolean): Uint8Array {
  const blob = joined(cur);
  // With nothing left, take() raises missing-field.
  if (blob === undefined) return optional ? new Uint8Array(0) : (cur.take() as never);
  if (blob.text === '' || !BASE64.test(blob.text)) {
    throw new RdataError('bad-base64', `${cur.label} '${abbreviate(blob.text)}' is not valid base64 (a multiple of 4 characters once its pieces are joined, '=' only as final padding).`, blob.index);
  }
  if (!paddingBitsZero(blob.text)) {
    throw new RdataError('bad-base64', `${cur.label} '${abbreviate(blob.text)}' is not valid base64: the bits its padding leaves over are not zero.`, blob.index);
  }
  return Buffer.from(blob.text, 'base64');
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** With padding, the last character's spare bits must be zero (RFC 4648 §3.5; BIND refuses others). */
export function paddingBitsZero(text: string): boolean {
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  if (pad === 0) return true;
  const last = B64.indexOf(text[text.length - pad - 1]);
  return (last & (pad === 2 ? 0x0f : 0x03)) === 0;
}

const writeBytes: Codec<Uint8Array>['encode'] = (v, out) => out.bytes(v);

/** Base64 over the remaining fields, joined; a lone `-` for none (DOA data, as BIND writes it). */
export const base64OrDash: Codec<Uint8Array> = {
  min: 0,
  parse(cur) {
    if (cur.fields.length === cur.i + 1 && cur.fields[cur.i].text === '-' && !cur.fields[cur.i].quoted) {
      cur.take();
      return new Uint8Array(0);
    }
    return decodeBase64(cur, false);
  },
  encode: writeBytes,
  end: restEnd(0),
};

/** Base64 over the remaining fields, joined (blanks allowed anywhere); at least one field unless `optional`. */
export function base64(optional = false): Codec<Uint8Array> {
  return { min: optional ? 0 : 1, parse: (cur) => decodeBase64(cur, optional), encode: writeBytes, end: restEnd(optional ? 0 : 1) };
}

/** `end` of a field that takes the rest of the rdata, at least `least` octets. */
export function restEnd(least: number): (wire: Uint8Array, at: number) => number {
  return (wire, at) => (wire.length - at >= least ? wire.length : -1);
}

const HEX = /^(?:[0-9a-fA-F]{2})+$/;

function hexItem(cur: Cursor, index: number): Uint8Array {
  const text = cur.text();
  if (!HEX.test(text)) {
    throw new RdataError('bad-hex', `${cur.label} '${abbreviate(text)}' is not hexadecimal with an even number of digits.`, index);
  }
  return Buffer.from(text, 'hex');
}

/**
 * The octet count a digest must have, by the value of an earlier field (a SHA-256 DS digest is 32
 * octets), as BIND checks: `key` names that field, `at` is its octet in the wire form.
 */
export interface DigestLengths {
  key: string;
  at: number;
  octets: Readonly<Record<number, number>>;
}

/** Hex over the remaining fields, joined (at least one octet), of the length `digest` fixes if any. */
export function hexBlob(digest?: DigestLengths): Codec<Uint8Array> {
  const length = (record: Readonly<Record<string, unknown>>) => digest?.octets[record[digest.key] as number];
  return {
    min: 1,
    parse(cur, record) {
      const blob = joined(cur);
      if (blob === undefined) return cur.take() as never; // raises missing-field
      if (!HEX.test(blob.text)) throw new RdataError('bad-hex', `${cur.label} '${abbreviate(blob.text)}' is not hexadecimal with an even number of digits.`, blob.index);
      const want = length?.(record);
      if (want !== undefined && blob.text.length !== want * 2) {
        throw new RdataError('bad-length', `${cur.label} has ${blob.text.length / 2} octets; this digest type has ${want}.`, blob.index);
      }
      return Buffer.from(blob.text, 'hex');
    },
    encode: writeBytes,
    end(wire, at) {
      const want = digest?.octets[wire[digest.at]];
      return wire.length > at && (want === undefined || wire.length - at === want) ? wire.length : -1;
    },
  };
}

export const hex = hexBlob();

/** One hex field, `-` for none, length-prefixed (NSEC3 salt). */
export const salt: Codec<Uint8Array> = {
  min: 1,
  parse(cur) {
    if (cur.fields[cur.i]?.text === '-' && !cur.fields[cur.i].quoted) {
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
  end: charStringEnd,
};

const BASE32HEX = '0123456789ABCDEFGHIJKLMNOPQRSTUV';

/**
 * One base32hex field without padding (RFC 5155 §3.3, case-insensitive), length-prefixed (NSEC3
 * next hash). As BIND: padding is refused, the bits past the last octet must be zero, and a SHA-1
 * hash (hash algorithm 1) has 20 octets.
 */
export const base32hex: Codec<Uint8Array> = {
  min: 1,
  parse(cur, record) {
    const text = cur.text();
    const bad = (why: string): never => cur.fail('bad-base32hex', `${cur.label} '${abbreviate(text)}' is not base32hex without padding (${why}).`);
    if (!/^[0-9A-Va-v]+$/.test(text)) bad(text.includes('=') ? "NSEC3 hashes are written without '=' padding" : 'characters 0-9 and A-V only');
    if (![0, 2, 4, 5, 7].includes(text.length % 8)) bad(`${text.length} characters cannot end on a whole octet`);
    const out: number[] = [];
    let acc = 0;
    let bits = 0;
    for (const ch of text.toUpperCase()) {
      acc = ((acc << 5) | BASE32HEX.indexOf(ch)) & 0xffff;
      bits += 5;
      if (bits >= 8) {
        bits -= 8;
        out.push((acc >> bits) & 0xff);
      }
    }
    if ((acc & ((1 << bits) - 1)) !== 0) bad('the bits after the last octet are not zero');
    if (out.length > 255) cur.fail('string-too-long', `${cur.label} is ${out.length} octets long; at most 255 fit.`);
    if (record.hashAlgorithm === 1 && out.length !== 20) cur.fail('bad-length', `${cur.label} has ${out.length} octets; a SHA-1 hash has 20.`);
    return Uint8Array.from(out);
  },
  encode: salt.encode,
  // Not empty; 20 octets for SHA-1 (the hash algorithm is octet 0 of NSEC3 rdata).
  end(wire, at) {
    const end = charStringEnd(wire, at);
    return end === -1 || wire[at] === 0 || (wire[0] === 1 && wire[at] !== 20) ? -1 : end;
  },
};

function typeItem(cur: Cursor, index: number): number {
  const text = cur.text();
  const n = typeNumber(text);
  if (n === undefined) throw new RdataError('bad-type', `${cur.label} '${text}' is not a known record type (write TYPEnnn for others).`, index);
  return n;
}

/** An RR type mnemonic or `TYPEnnn`; the value is the number. */
export const rrType: Codec<number> = { min: 2, parse: (cur) => typeItem(cur, cur.i), encode: (v, out) => out.u16(v), end: fixedEnd(2) };

/**
 * End of window bitmaps as BIND checks them: windows in increasing order, each of 1 to 32 octets
 * whose last is not zero; at least one window unless `least` is 0.
 */
function bitmapEnd(least: number): (wire: Uint8Array, at: number) => number {
  return (wire, at) => {
    let last = -1;
    let p = at;
    while (p < wire.length) {
      if (p + 2 > wire.length) return -1;
      const [window, len] = [wire[p], wire[p + 1]];
      p += 2;
      if (window <= last || len < 1 || len > 32 || p + len > wire.length || wire[p + len - 1] === 0) return -1;
      last = window;
      p += len;
    }
    return least > 0 && last === -1 ? -1 : p;
  };
}

/** The remaining fields as RR types, encoded as window bitmaps (RFC 4034 §4.1.2); at least `least` of them. */
function bitmap(least: number): Codec<number[]> {
  // A non-empty bitmap takes at least 3 octets: window, length, one octet of bits.
  const codec = rest(least, least > 0 ? 3 : 0, typeItem, (items) => [...new Set(items)].sort((a, b) => a - b), (types, out) => {
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
  return { ...codec, end: bitmapEnd(least) };
}

/** A type bitmap that may be empty (NSEC3 of an empty non-terminal, CSYNC). */
export const typeBitmap = bitmap(0);
/** NSEC's bitmap: BIND refuses an empty one (the NSEC record itself is always there). */
export const nsecBitmap = bitmap(1);

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
  fixedEnd(4),
);

/**
 * `groups` groups of 1 to `digits` hex digits joined by `sep` (EUI48 `aa-bb-…`, L64 `abcd:…`), as
 * BIND reads them; `trailing` allows text after the last group (BIND reads EUI48/EUI64 with
 * sscanf, which stops there). The value is the full-width groups, lower-cased.
 */
export function hexGroups(groups: number, digits: number, sep: string, trailing = false): Codec<string> {
  const group = `[0-9a-fA-F]{1,${digits}}`;
  const re = new RegExp(`^(${group}(?:\\${sep}${group}){${groups - 1}})${trailing ? '' : '$'}`);
  return single(
    (groups * digits) / 2,
    (text, what, index) => {
      const m = re.exec(text);
      if (!m) throw new RdataError('bad-hex', `${what} '${text}' is not ${groups} groups of up to ${digits} hex digits separated by '${sep}'.`, index);
      return m[1].split(sep).map((g) => g.padStart(digits, '0').toLowerCase()).join(sep);
    },
    (v, out) => out.bytes(Buffer.from(v.split(sep).join(''), 'hex')),
    fixedEnd((groups * digits) / 2),
  );
}
