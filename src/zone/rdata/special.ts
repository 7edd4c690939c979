/**
 * Field kinds with a grammar of their own: LOC (RFC 1876), APL (RFC 3123), IPSECKEY gateway
 * (RFC 4025) and AMTRELAY relay (RFC 8777), HIP keys (RFC 8005), NSAP, X25, WKS, ATMA, A6
 * (RFC 2874) and NXT (RFC 2535).
 */
import { readFileSync } from 'node:fs';
import { nameToWire } from '../names.ts';
import { formatIPv6, parseIPv4, parseIPv6 } from '../../model/ip.ts';
import { type Codec, type Cursor, RdataError, type Writer, fixedEnd } from './codec.ts';
import { BASE64, base64, charString, ipv4, ipv6, name, paddingBitsZero, restEnd, u16 } from './codecs.ts';
import { typeNumber } from './registry.ts';
import { type TxtString, abbreviate, parseDecimal } from './text.ts';

// ---- LOC ----

/**
 * A LOC coordinate `d [m [s.sss]] N|S` (or E|W): the value is thousandths of an arc-second,
 * positive north/east. Encoded as 2^31 + value.
 */
export function coordinate(maxDegrees: number, positive: string, negative: string): Codec<number> {
  return {
    min: 4,
    parse(cur) {
      const parts: string[] = [];
      for (;;) {
        const t = cur.text();
        const hemisphere = t.toUpperCase();
        if (hemisphere === positive || hemisphere === negative) {
          if (parts.length === 0) cur.fail('bad-loc', `${cur.label} needs degrees before '${t}'.`);
          return (hemisphere === positive ? 1 : -1) * arcMs(cur, parts, maxDegrees);
        }
        if (parts.length === 3) cur.fail('bad-loc', `${cur.label} has '${t}' where ${positive} or ${negative} was expected.`);
        parts.push(t);
      }
    },
    encode: (v, out) => out.u32(2 ** 31 + v),
    end(wire, at) {
      if (at + 4 > wire.length) return -1;
      const v = new DataView(wire.buffer, wire.byteOffset).getUint32(at);
      return Math.abs(v - 2 ** 31) <= maxDegrees * 3600000 ? at + 4 : -1;
    },
  };
}

function arcMs(cur: Cursor, parts: string[], maxDegrees: number): number {
  const at = cur.i - 1 - parts.length;
  const [d, m = '0', s = '0'] = parts;
  const degrees = parseDecimal(d, maxDegrees, `${cur.label} degrees`, at);
  const minutes = parseDecimal(m, 59, `${cur.label} minutes`, at + 1);
  if (!/^[0-9]+(\.[0-9]{1,3})?$/.test(s) || Number(s) >= 60) {
    throw new RdataError('bad-loc', `${cur.label} seconds '${s}' is not a number below 60 with at most 3 decimals.`, at + 2);
  }
  return degrees * 3600000 + minutes * 60000 + Math.round(Number(s) * 1000);
}

/** A LOC distance in metres (`12.34m`, 2 decimals) between `lo` and `hi`; the value is centimetres. */
function metres(cur: Cursor, lo: number, hi: number): number {
  const t = cur.text();
  const m = /^(-?[0-9]+(?:\.[0-9]{1,2})?)m?$/.exec(t);
  const cm = m ? Math.round(Number(m[1]) * 100) : NaN;
  if (!(cm >= lo && cm <= hi)) cur.fail('bad-loc', `${cur.label} '${t}' is not a distance in metres between ${lo / 100} and ${hi / 100}.`);
  return cm;
}

/** LOC altitude: the value is centimetres above the WGS 84 spheroid; encoded plus 100 000 m. */
export const altitude: Codec<number> = {
  min: 4,
  parse: (cur) => metres(cur, -10000000, 4284967295),
  encode: (v, out) => out.u32(v + 10000000),
  end: fixedEnd(4),
};

/** An optional LOC size or precision (`default` cm when absent), encoded as mantissa·10^exponent cm in one octet. */
export function precision(defaultCm: number): Codec<number> {
  return {
    min: 1,
    parse: (cur) => (cur.done ? defaultCm : metres(cur, 0, 9000000000)),
    encode(v, out) {
      let e = 0;
      while (v >= 10) {
        v = Math.floor(v / 10);
        e++;
      }
      out.u8((v << 4) | e);
    },
    // A mantissa of 1-9 and an exponent of 0-9, or 0.
    end: (wire, at) => (at < wire.length && (wire[at] === 0 || (wire[at] >> 4 >= 1 && wire[at] >> 4 <= 9 && (wire[at] & 15) <= 9)) ? at + 1 : -1),
  };
}

/** A value that takes no field: the LOC version (always 0). */
export const zero: Codec<number> = { min: 1, parse: () => 0, encode: (_v, out) => out.u8(0), end: (wire, at) => (wire[at] === 0 ? at + 1 : -1) };

// ---- APL ----

export interface AplItem {
  negate: boolean;
  /** Address family: 1 IPv4, 2 IPv6. */
  family: number;
  /** Address (IPv6 normalised). */
  address: string;
  prefix: number;
}

function aplItem(cur: Cursor, index: number): AplItem {
  const t = cur.text();
  const m = /^(!?)([0-9]+):([^/]*)\/([0-9]+)$/.exec(t);
  const fail = (why: string): never => {
    throw new RdataError('bad-apl', `${cur.label} '${t}' ${why}.`, index);
  };
  if (!m) return fail('is not of the form [!]family:address/prefix');
  const family = Number(m[2]);
  if (family !== 1 && family !== 2) fail('has an address family other than 1 (IPv4) or 2 (IPv6)');
  const bytes = family === 1 ? parseIPv4(m[3]) : parseIPv6(m[3]);
  if (!bytes) fail(`has '${m[3]}', which is not an ${family === 1 ? 'IPv4' : 'IPv6'} address`);
  const prefix = Number(m[4]);
  if (prefix > (family === 1 ? 32 : 128)) fail(`has a prefix length above ${family === 1 ? 32 : 128}`);
  return { negate: m[1] === '!', family, address: family === 1 ? m[3] : formatIPv6(bytes as Uint8Array), prefix };
}

export const aplItems: Codec<AplItem[]> = {
  min: 0,
  parse(cur) {
    const items: AplItem[] = [];
    while (!cur.done) items.push(aplItem(cur, cur.i));
    return items;
  },
  encode(items, out) {
    for (const it of items) {
      let bytes = (it.family === 1 ? parseIPv4(it.address) : parseIPv6(it.address)) as Uint8Array;
      let len = bytes.length;
      while (len > 0 && bytes[len - 1] === 0) len--;
      bytes = bytes.subarray(0, len);
      out.u16(it.family);
      out.u8(it.prefix);
      out.u8((it.negate ? 0x80 : 0) | len);
      out.bytes(bytes);
    }
  },
  // As BIND decodes items: known families within their sizes, no trailing zero octet in an address.
  end(wire, at) {
    let p = at;
    while (p < wire.length) {
      if (p + 4 > wire.length) return -1;
      const family = (wire[p] << 8) | wire[p + 1];
      const prefix = wire[p + 2];
      const len = wire[p + 3] & 0x7f;
      p += 4;
      if (p + len > wire.length) return -1;
      if ((family === 1 && (prefix > 32 || len > 4)) || (family === 2 && (prefix > 128 || len > 16))) return -1;
      if (len > 0 && wire[p + len - 1] === 0) return -1;
      p += len;
    }
    return p;
  },
};

// ---- IPSECKEY ----

/**
 * A gateway or relay whose form the type field `kindKey` gives: 0 none (`.`), 1 IPv4, 2 IPv6,
 * 3 a domain name (IPSECKEY gateway, AMTRELAY relay). In `\\#` data the type is octet 1 (its low
 * 7 bits for AMTRELAY); of another type, BIND refuses the record, or keeps the rest unread when
 * `otherKinds` is 'opaque' (AMTRELAY).
 */
export function gateway(kindKey: string, otherKinds: 'refuse' | 'opaque' = 'refuse'): Codec<string> {
  return {
    min: 0,
    parse(cur, rec) {
      const kind = rec[kindKey] as number;
      if (kind === 0) {
        const t = cur.text();
        if (t !== '.') cur.fail('bad-gateway', `${cur.label} '${t}' must be '.' when its type is 0 (none).`);
        return '.';
      }
      const codec = [ipv4, ipv6, name][kind - 1];
      if (!codec) cur.fail('bad-gateway', `${cur.label} type '${kind}' is not 0, 1, 2 or 3.`);
      return codec.parse(cur, rec);
    },
    encode(v, out, rec) {
      const kind = rec[kindKey] as number;
      if (kind === 1) ipv4.encode(v, out, rec);
      else if (kind === 2) ipv6.encode(v, out, rec);
      else if (kind === 3) out.bytes(nameToWire(v));
    },
    end(wire, at) {
      const kind = otherKinds === 'opaque' ? wire[1] & 0x7f : wire[1];
      if (kind === 0) return at;
      if (kind === 3) return name.end?.(wire, at) ?? -1;
      if (kind === 1 || kind === 2) return fixedEnd(kind === 1 ? 4 : 16)(wire, at);
      return otherKinds === 'opaque' ? wire.length : -1;
    },
  };
}

/** AMTRELAY's discovery bit (0 or 1): no octet of its own, the relay type's octet carries it. */
export const discoveryBit: Codec<number> = {
  min: 0,
  parse(cur) {
    const index = cur.i;
    return parseDecimal(cur.text(), 1, cur.label, index);
  },
  encode: () => {},
  end: (_wire, at) => at,
};

/** AMTRELAY's relay type (0-3, 7 bits) with the discovery bit above it. */
export const relayType: Codec<number> = {
  min: 1,
  parse(cur) {
    const index = cur.i;
    return parseDecimal(cur.text(), 127, cur.label, index);
  },
  encode: (v, out, rec) => out.u8(((rec.discovery as number) << 7) | v),
  end: fixedEnd(1),
};

// ---- HIP ----

/** HIP's algorithm, HIT and public key (RFC 8005 §5): one value, as the wire puts both lengths before the algorithm. */
export interface HipKey {
  algorithm: number;
  hit: Uint8Array;
  publicKey: Uint8Array;
}

export const hipKey: Codec<HipKey> = {
  min: 4,
  parse(cur) {
    const algorithm = parseDecimal(cur.text(), 255, 'HIP algorithm', cur.i - 1);
    const hitText = cur.text();
    if (!/^(?:[0-9a-fA-F]{2}){1,255}$/.test(hitText)) cur.fail('bad-hex', `HIP HIT '${abbreviate(hitText)}' is not 1 to 255 octets of hexadecimal.`);
    // BIND reads the key as one field: a blank ends it, and what follows is a rendezvous server.
    const keyText = cur.text();
    if (!BASE64.test(keyText) || !paddingBitsZero(keyText)) cur.fail('bad-base64', `HIP public key '${abbreviate(keyText)}' is not valid base64.`);
    return { algorithm, hit: Buffer.from(hitText, 'hex'), publicKey: Buffer.from(keyText, 'base64') };
  },
  encode(v, out) {
    out.u8(v.hit.length);
    out.u8(v.algorithm);
    out.u16(v.publicKey.length);
    out.bytes(v.hit);
    out.bytes(v.publicKey);
  },
  // HIT length, algorithm, key length, HIT, key: neither empty.
  end(wire, at) {
    if (at + 4 > wire.length) return -1;
    const hit = wire[at];
    const key = (wire[at + 2] << 8) | wire[at + 3];
    const end = at + 4 + hit + key;
    return hit === 0 || key === 0 || end > wire.length ? -1 : end;
  },
};

/** The public key: BIND wants one even with algorithm 0 (RFC 4025 says none then; BIND is the oracle here). */
export const ipsecPublicKey: Codec<Uint8Array> = base64();

// ---- RKEY ----

/** RKEY flags: BIND refuses any value but 0 (no flag is defined for RKEY). */
export const rkeyFlags: Codec<number> = {
  ...u16,
  parse(cur, rec) {
    const index = cur.i;
    const v = u16.parse(cur, rec);
    if (v !== 0) throw new RdataError('bad-flags', `${cur.label} '${v}' must be 0: no RKEY flag is defined.`, index);
    return v;
  },
  end: (wire, at) => (at + 2 <= wire.length && wire[at] === 0 && wire[at + 1] === 0 ? at + 2 : -1),
};

// ---- NSAP, X25 ----

/** An NSAP address (RFC 1706): `0x` then hex digits, dots anywhere between them, whole octets, at least one (as BIND). */
export const nsapAddress: Codec<Uint8Array> = {
  min: 1,
  parse(cur) {
    const t = cur.text();
    if (!/^0[xX]/.test(t) || !/^[0-9a-fA-F.]*$/.test(t.slice(2))) cur.fail('bad-nsap', `${cur.label} '${t}' is not 0x followed by hex digits (dots allowed between them).`);
    const digits = t.slice(2).replaceAll('.', '');
    if (digits.length === 0 || digits.length % 2 !== 0) cur.fail('bad-nsap', `${cur.label} '${t}' needs a whole number of octets (an even, non-zero count of hex digits).`);
    return Uint8Array.from(Buffer.from(digits, 'hex'));
  },
  encode: (v, out) => out.bytes(v),
  end: restEnd(1),
};

/** A PSDN address (RFC 1183 §3.1): a character-string of at least four decimal digits, as BIND checks. */
export const psdnAddress: Codec<TxtString> = {
  min: 5,
  parse(cur, record) {
    const s = charString.parse(cur, record);
    if (!/^[0-9]{4,}$/.test(s.value)) cur.fail('bad-x25', `${cur.label} '${s.value}' is not a PSDN address of at least four decimal digits.`);
    return s;
  },
  encode: charString.encode,
  end(wire, at) {
    const end = charString.end?.(wire, at) ?? -1;
    return end - at >= 5 && wire.subarray(at + 1, end).every((c) => c >= 0x30 && c <= 0x39) ? end : -1;
  },
};

// ---- WKS ----

/**
 * The host's protocol and service databases, which BIND's WKS reader asks (getprotobyname,
 * getservbyname): read once, when a WKS record first names a protocol or service.
 */
let netdb: { protocols: Map<string, number>; services: Map<string, number> } | undefined;

function readNetdb(file: string): string[][] {
  try {
    return readFileSync(file, 'latin1')
      .split('\n')
      .map((l) => l.replace(/#.*/, '').trim().split(/\s+/))
      .filter((w) => w.length >= 2);
  } catch {
    return []; // no database: names are unknown, numbers still read
  }
}

function hostNetdb(): NonNullable<typeof netdb> {
  if (!netdb) {
    const protocols = new Map<string, number>();
    for (const [name, number, ...aliases] of readNetdb('/etc/protocols')) {
      for (const n of [name, ...aliases]) if (!protocols.has(n)) protocols.set(n, Number(number));
    }
    // Keyed `name/proto`, and `name` alone for the first entry (getservbyname with no protocol).
    const services = new Map<string, number>();
    for (const [name, portProto, ...aliases] of readNetdb('/etc/services')) {
      const [port, proto] = portProto.split('/');
      for (const n of [name, ...aliases]) {
        if (!services.has(`${n}/${proto}`)) services.set(`${n}/${proto}`, Number(port));
        if (!services.has(n)) services.set(n, Number(port));
      }
    }
    netdb = { protocols, services };
  }
  return netdb;
}

/** A number as C's strtol reads a whole token (sign, leading zeros; an empty token is 0); undefined otherwise. */
function strtol(text: string): number | undefined {
  return text === '' || /^[+-]?[0-9]+$/.test(text) ? Number(text) : undefined;
}

/** WKS protocol: a number 0-255 or a name of the host's protocol database (`tcp`, `TCP`, `udp`). */
export const wksProtocol: Codec<number> = {
  min: 1,
  parse(cur) {
    const t = cur.text();
    const n = strtol(t) ?? hostNetdb().protocols.get(t);
    if (n === undefined) return cur.fail('bad-wks', `${cur.label} '${t}' is neither a number nor a protocol this host knows.`);
    if (n < 0 || n > 255) cur.fail('number-too-large', `${cur.label} '${t}' is not between 0 and 255.`);
    return n;
  },
  encode: (v, out) => out.u8(v),
  end: fixedEnd(1),
};

/** WKS services: port numbers or service names (looked up for TCP or UDP, any case), as a bitmap of ports. */
export const wksServices: Codec<number[]> = {
  min: 0,
  parse(cur, rec) {
    const proto = ({ 6: 'tcp', 17: 'udp' } as Record<number, string>)[rec.protocol as number];
    const ports = new Set<number>();
    while (!cur.done) {
      const t = cur.text();
      const services = strtol(t) === undefined ? hostNetdb().services : undefined;
      const find = (s: string) => services?.get(proto ? `${s}/${proto}` : s);
      const port = strtol(t) ?? find(t.toLowerCase()) ?? find(t);
      if (port === undefined) return cur.fail('bad-wks', `${cur.label} '${t}' is neither a port number nor a service this host knows${proto ? ` for ${proto.toUpperCase()}` : ''}.`);
      if (port < 0 || port > 65535) cur.fail('number-too-large', `${cur.label} '${t}' is not a port between 0 and 65535.`);
      ports.add(port);
    }
    return [...ports].sort((a, b) => a - b);
  },
  encode: flatBitmap,
  // BIND takes a bitmap of at most 8192 octets (ports 0-65535) whose last octet is not zero.
  end: (wire, at) => (wire.length - at <= 8192 && (wire.length === at || wire[wire.length - 1] !== 0) ? wire.length : -1),
};

/** Sorted numbers as one bitmap (bit n in octet n/8), as long as the highest needs: WKS ports, NXT types. */
function flatBitmap(numbers: number[], out: Writer): void {
  if (numbers.length === 0) return;
  const bits = new Uint8Array((numbers[numbers.length - 1] >> 3) + 1);
  for (const n of numbers) bits[n >> 3] |= 0x80 >> (n & 7);
  out.bytes(bits);
}

// ---- ATMA ----

/** An ATM address (ATM Forum AF-DANS-0152): `+` and E.164 digits, or an AESA in hex; single dots may part the digits. */
export const atmAddress: Codec<{ format: number; address: Uint8Array }> = {
  min: 1,
  parse(cur) {
    const field = cur.take();
    const t = field.text;
    if (!field.quoted && /^\+[0-9]+(?:\.[0-9]+)*$/.test(t)) return { format: 1, address: Buffer.from(t.slice(1).replaceAll('.', ''), 'latin1') };
    const hex = /^[0-9a-fA-F]+(?:\.[0-9a-fA-F]+)*$/.test(t) ? t.replaceAll('.', '') : '';
    if (field.quoted || hex.length === 0 || hex.length % 2 !== 0) {
      cur.fail('bad-atma', `${cur.label} '${t}' is neither + and E.164 digits nor an even number of hex digits (single dots allowed between digits).`);
    }
    return { format: 0, address: Buffer.from(hex, 'hex') };
  },
  encode(v, out) {
    out.u8(v.format);
    out.bytes(v.address);
  },
  // A format octet and an address of one octet or more; E.164 (format 1) is digits only.
  end(wire, at) {
    if (wire.length - at < 2) return -1;
    return wire[at] === 1 && !wire.subarray(at + 1).every((c) => c >= 0x30 && c <= 0x39) ? -1 : wire.length;
  },
};

// ---- A6 ----

/** An A6 record (RFC 2874 §3.1): the prefix length, the address suffix, the prefix name. */
export interface A6Address {
  prefixLength: number;
  /** The octets of the address past the prefix, the prefix bits of the first cleared. */
  suffix: Uint8Array;
  /** Absent when the prefix length is 0. */
  prefix: string | undefined;
}

/** Suffix octets and the mask of the first for a prefix length, as BIND: 16 - length/8 octets. */
function a6Suffix(prefixLength: number): { octets: number; mask: number } {
  return { octets: prefixLength === 128 ? 0 : 16 - Math.floor(prefixLength / 8), mask: 0xff >> prefixLength % 8 };
}

/**
 * As BIND 9.18 reads it: a suffix address unless the length is 128 (the prefix bits of the
 * address are cleared, not refused), a prefix name unless the length is 0.
 */
export const a6Address: Codec<A6Address> = {
  min: 1,
  parse(cur, rec) {
    const prefixLength = parseDecimal(cur.text(), 128, cur.label + ' prefix length', cur.i - 1);
    const { octets, mask } = a6Suffix(prefixLength);
    let suffix = new Uint8Array(0);
    if (octets > 0) {
      const t = cur.text();
      const bytes = parseIPv6(t);
      if (!bytes) return cur.fail('bad-ipv6', `${cur.label} suffix '${t}' is not an IPv6 address.`);
      suffix = bytes.slice(16 - octets);
      suffix[0] &= mask;
    }
    return { prefixLength, suffix, prefix: prefixLength === 0 ? undefined : name.parse(cur, rec) };
  },
  encode(v, out) {
    out.u8(v.prefixLength);
    out.bytes(v.suffix);
    if (v.prefix !== undefined) out.bytes(nameToWire(v.prefix));
  },
  end(wire, at) {
    if (at >= wire.length || wire[at] > 128) return -1;
    const prefixLength = wire[at];
    const { octets, mask } = a6Suffix(prefixLength);
    const after = at + 1 + octets;
    if (after > wire.length || (octets > 0 && (wire[at + 1] & ~mask) !== 0)) return -1;
    return prefixLength === 0 ? after : (name.end?.(wire, after) ?? -1);
  },
};

// ---- NXT ----

/**
 * A type in an NXT list, as BIND reads it: a mnemonic or `TYPEnnn`, or a number as C's strtol
 * reads it (sign, leading zeros; saturated at 64 bits) cut to 16 bits. Only types 1-127 fit.
 */
function nxtType(cur: Cursor): number {
  const index = cur.i;
  const t = cur.text();
  let n = typeNumber(t);
  if (/^[+-]?[0-9]+$/.test(t)) {
    const limit = 2n ** 63n;
    const v = BigInt(t);
    n = Number(BigInt.asUintN(16, v >= limit ? limit - 1n : v < -limit ? -limit : v));
  }
  if (n === undefined) throw new RdataError('bad-type', `${cur.label} '${t}' is not a record type.`, index);
  if (n < 1 || n > 127) throw new RdataError('bad-type', `${cur.label} '${t}' is not a type between 1 and 127, the only ones NXT lists.`, index);
  return n;
}

/** NXT's type list (RFC 2535 §5.2): one bitmap of types 1-127, as long as its highest type needs. */
export const nxtTypes: Codec<number[]> = {
  min: 0,
  parse(cur) {
    const types = new Set<number>();
    while (!cur.done) types.add(nxtType(cur));
    return [...types].sort((a, b) => a - b);
  },
  encode: flatBitmap,
  // BIND refuses a bitmap with bit 0 set, over 16 octets, or ending in a zero octet.
  end(wire, at) {
    const rest = wire.length - at;
    if (rest === 0) return at;
    return (wire[at] & 0x80) !== 0 || rest > 16 || wire[wire.length - 1] === 0 ? -1 : wire.length;
  },
};
