/**
 * The per-type field table: for each RR type whose presentation form mxlint reads, its fields in
 * presentation order (name the rules use, field kind). `Rdata` types are derived from it, so the
 * table is the single description of every type.
 */
import type { Codec } from './codec.ts';
import {
  base32hex, base64, base64OrDash, charString, charStrings, hex, hexBlob, hexGroups, ipv4, ipv6, lastString, name, quotedLastString, names, nsecBitmap, optional, rrType, salt, sigTime, signer,
  tag, ttl, typeBitmap, u16, u32, u8, uint,
} from './codecs.ts';
import { ALGORITHMS, CERT_TYPES, DSYNC_SCHEMES } from './registry.ts';
import { a6Address, altitude, aplItems, atmAddress, coordinate, discoveryBit, gateway, hipKey, nsapAddress, nxtTypes, precision, psdnAddress, rkeyFlags, relayType, wksProtocol, wksServices, zero } from './special.ts';
import { svcParams } from './svcb.ts';

export interface FieldSpec<K extends string, V> {
  readonly key: K;
  readonly codec: Codec<V>;
}

function f<K extends string, V>(key: K, codec: Codec<V>): FieldSpec<K, V> {
  return { key, codec };
}

const algorithm = uint(8, ALGORITHMS);

/** A digest whose length its type (the field `key`, octet `at` of the wire form) fixes, as BIND checks; other types: any length. */
const digest = (key: string, at: number, octets: Record<number, number>) => hexBlob({ key, at, octets });

const target = [f('target', name)] as const;
const text = [f('strings', charStrings)] as const;
const dnskey = [f('flags', u16), f('protocol', u8), f('algorithm', algorithm), f('publicKey', base64())] as const;
const rkey = [f('flags', rkeyFlags), f('protocol', u8), f('algorithm', algorithm), f('publicKey', base64())] as const;
const ds = [f('keyTag', u16), f('algorithm', algorithm), f('digestType', u8), f('digest', digest('digestType', 3, { 1: 20, 2: 32, 4: 48 }))] as const;
const tlsa = [f('usage', u8), f('selector', u8), f('matchingType', u8), f('data', hex)] as const;
/**
 * RRSIG's fields before its signer; SIG (RFC 2535), its older form, has the same. The original
 * TTL is a plain number: BIND refuses TTL units there (`1h`), which it takes in SOA timers.
 */
const sigHead = [
  f('typeCovered', rrType), f('algorithm', algorithm), f('labels', u8), f('originalTtl', u32), f('expiration', sigTime),
  f('inception', sigTime), f('keyTag', u16),
] as const;
const rrsig = [...sigHead, f('signer', signer), f('signature', base64())] as const;
/** BIND checks an RRSIG signer against the labels field, not a SIG signer. */
const sig = [...sigHead, f('signer', name), f('signature', base64())] as const;
const svcb = [f('priority', u16), f('target', name), f('params', svcParams)] as const;
/** A 16-bit preference and a name (MX, RT, KX, LP; AFSDB's subtype). */
const preferred = <K extends string>(key: K) => [f('preference', u16), f(key, name)] as const;

export const SCHEMA = {
  A: { fields: [f('address', ipv4)] },
  AAAA: { fields: [f('address', ipv6)] },
  A6: { fields: [f('address', a6Address)] },
  NS: { fields: target },
  CNAME: { fields: target },
  DNAME: { fields: target },
  PTR: { fields: target },
  ALIAS: { fields: target },
  MB: { fields: target },
  MD: { fields: target },
  MF: { fields: target },
  MG: { fields: target },
  MR: { fields: target },
  MX: { fields: preferred('exchange') },
  RT: { fields: preferred('intermediate') },
  KX: { fields: preferred('exchanger') },
  LP: { fields: preferred('fqdn') },
  AFSDB: { fields: [f('subtype', u16), f('hostname', name)] },
  MINFO: { fields: [f('rmailbx', name), f('emailbx', name)] },
  RP: { fields: [f('mailbox', name), f('txtDomain', name)] },
  TALINK: { fields: [f('previous', name), f('next', name)] },
  PX: { fields: [f('preference', u16), f('map822', name), f('mapx400', name)] },
  TXT: { fields: text },
  SPF: { fields: text },
  WALLET: { fields: text },
  RESINFO: { fields: text },
  NINFO: { fields: text },
  AVC: { fields: text },
  HINFO: { fields: [f('cpu', charString), f('os', charString)] },
  X25: { fields: [f('address', psdnAddress)] },
  ATMA: { fields: [f('address', atmAddress)] },
  WKS: { fields: [f('address', ipv4), f('protocol', wksProtocol), f('services', wksServices)] },
  ISDN: { fields: [f('address', charString), f('subaddress', optional(charString))] },
  GPOS: { fields: [f('longitude', charString), f('latitude', charString), f('altitude', charString)] },
  SINK: { fields: [f('meaning', u8), f('coding', u8), f('subcoding', u8), f('data', base64(true))] },
  DOA: { fields: [f('enterprise', u32), f('doaType', u32), f('location', u8), f('mediaType', charString), f('data', base64OrDash)] },
  NSAP: { fields: [f('address', nsapAddress)] },
  SOA: {
    fields: [
      f('mname', name), f('rname', name), f('serial', u32), f('refresh', ttl), f('retry', ttl), f('expire', ttl), f('minimum', ttl),
    ],
  },
  SRV: { fields: [f('priority', u16), f('weight', u16), f('port', u16), f('target', name)] },
  NAPTR: {
    fields: [
      f('order', u16), f('preference', u16), f('flags', charString), f('services', charString), f('regexp', charString), f('replacement', name),
    ],
  },
  CAA: { fields: [f('flags', u8), f('tag', tag), f('value', lastString)] },
  URI: { fields: [f('priority', u16), f('weight', u16), f('target', quotedLastString)] },
  TLSA: { fields: tlsa },
  SMIMEA: { fields: tlsa },
  SSHFP: { fields: [f('algorithm', u8), f('fingerprintType', u8), f('fingerprint', digest('fingerprintType', 1, { 1: 20, 2: 32 }))] },
  DS: { fields: ds },
  CDS: { fields: ds },
  DLV: { fields: ds },
  TA: { fields: ds },
  DNSKEY: { fields: dnskey },
  CDNSKEY: { fields: dnskey },
  KEY: { fields: dnskey },
  RKEY: { fields: rkey },
  RRSIG: { fields: rrsig },
  SIG: { fields: sig },
  NSEC: { fields: [f('next', name), f('types', nsecBitmap)] },
  NXT: { fields: [f('next', name), f('types', nxtTypes)] },
  NSEC3: {
    fields: [
      f('hashAlgorithm', u8), f('flags', u8), f('iterations', u16), f('salt', salt), f('nextHashed', base32hex), f('types', typeBitmap),
    ],
  },
  NSEC3PARAM: { fields: [f('hashAlgorithm', u8), f('flags', u8), f('iterations', u16), f('salt', salt)] },
  CSYNC: { fields: [f('serial', u32), f('flags', u16), f('types', typeBitmap)] },
  ZONEMD: { fields: [f('serial', u32), f('scheme', u8), f('hashAlgorithm', u8), f('digest', digest('hashAlgorithm', 5, { 1: 48, 2: 64 }))] },
  CERT: { fields: [f('certType', uint(16, CERT_TYPES)), f('keyTag', u16), f('algorithm', algorithm), f('certificate', base64())] },
  DHCID: { fields: [f('data', base64())] },
  OPENPGPKEY: { fields: [f('publicKey', base64())] },
  HHIT: { fields: [f('data', base64())] },
  BRID: { fields: [f('data', base64())] },
  IPSECKEY: {
    fields: [f('precedence', u8), f('gatewayType', u8), f('algorithm', u8), f('gateway', gateway('gatewayType')), f('publicKey', base64())],
  },
  AMTRELAY: { fields: [f('precedence', u8), f('discovery', discoveryBit), f('relayType', relayType), f('relay', gateway('relayType', 'opaque'))] },
  HIP: { fields: [f('key', hipKey), f('rendezvousServers', names)] },
  APL: { fields: [f('items', aplItems)] },
  LOC: {
    fields: [
      f('version', zero), f('latitude', coordinate(90, 'N', 'S')), f('longitude', coordinate(180, 'E', 'W')), f('altitude', altitude),
      f('size', precision(100)), f('horizontalPrecision', precision(1000000)), f('verticalPrecision', precision(1000)),
    ],
    wire: ['version', 'size', 'horizontalPrecision', 'verticalPrecision', 'latitude', 'longitude', 'altitude'],
    // A version other than 0 has no known layout (RFC 1876 §2): BIND keeps its octets unread.
    opaque: (wire: Uint8Array) => wire.length > 0 && wire[0] !== 0,
  },
  EUI48: { fields: [f('address', hexGroups(6, 2, '-', true))] },
  EUI64: { fields: [f('address', hexGroups(8, 2, '-', true))] },
  EID: { fields: [f('endpoint', hex)] },
  NIMLOC: { fields: [f('locator', hex)] },
  NID: { fields: [f('preference', u16), f('nodeId', hexGroups(4, 4, ':'))] },
  L64: { fields: [f('preference', u16), f('locator', hexGroups(4, 4, ':'))] },
  L32: { fields: [f('preference', u16), f('locator', ipv4)] },
  DSYNC: { fields: [f('rrtype', rrType), f('scheme', uint(8, DSYNC_SCHEMES)), f('port', u16), f('target', name)] },
  SVCB: { fields: svcb },
  HTTPS: { fields: svcb },
} as const;

export type Schema = typeof SCHEMA;
export type KnownType = keyof Schema;

/** What the table gives for one type, seen without its literal types. */
export interface TypeSpec {
  // The table mixes codecs of many value types; the driver passes values between a codec's own parse and encode only.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly fields: readonly FieldSpec<string, any>[];
  /** The fields in wire order, when it differs from the presentation order. */
  readonly wire?: readonly string[];
  /** True for `\\#` octets BIND keeps without decoding them (a LOC of another version). */
  readonly opaque?: (wire: Uint8Array) => boolean;
}

export function typeSpec(type: string): TypeSpec | undefined {
  return Object.prototype.hasOwnProperty.call(SCHEMA, type) ? (SCHEMA as Record<string, TypeSpec>)[type] : undefined;
}

/** Fewest wire octets a type's rdata can have. */
export function minWire(spec: TypeSpec): number {
  return spec.fields.reduce((n, s) => n + s.codec.min, 0);
}

type Simplify<T> = { [K in keyof T]: T[K] } & unknown;

type Values<F> = F extends readonly FieldSpec<string, unknown>[]
  ? { [S in F[number] as S['key']]: S extends FieldSpec<string, infer V> ? V : never }
  : never;

/** Rdata of one known type, e.g. `{ type: 'MX'; preference: number; exchange: string }`. */
export type RdataOf<T extends KnownType> = Simplify<{ type: T } & Values<Schema[T]['fields']>>;

export type KnownRdata = { [T in KnownType]: RdataOf<T> }[KnownType];
