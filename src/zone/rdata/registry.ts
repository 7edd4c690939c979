/**
 * Mnemonic ↔ number tables: RR types and classes (IANA "DNS Parameters" registry) and the
 * mnemonics some rdata fields accept (DNSSEC algorithms, CERT types, DSYNC schemes).
 */

/** RR types people meet in zone files and in DNS tools' output. */
const TYPES: ReadonlyArray<readonly [string, number]> = [
  ['A', 1], ['NS', 2], ['MD', 3], ['MF', 4], ['CNAME', 5], ['SOA', 6], ['MB', 7], ['MG', 8], ['MR', 9],
  ['NULL', 10], ['WKS', 11], ['PTR', 12], ['HINFO', 13], ['MINFO', 14], ['MX', 15], ['TXT', 16], ['RP', 17],
  ['AFSDB', 18], ['X25', 19], ['ISDN', 20], ['RT', 21], ['NSAP', 22], ['NSAP-PTR', 23], ['SIG', 24],
  ['KEY', 25], ['PX', 26], ['GPOS', 27], ['AAAA', 28], ['LOC', 29], ['NXT', 30], ['EID', 31], ['NIMLOC', 32],
  ['SRV', 33], ['ATMA', 34], ['NAPTR', 35], ['KX', 36], ['CERT', 37], ['A6', 38], ['DNAME', 39], ['SINK', 40],
  ['OPT', 41], ['APL', 42], ['DS', 43], ['SSHFP', 44], ['IPSECKEY', 45], ['RRSIG', 46], ['NSEC', 47],
  ['DNSKEY', 48], ['DHCID', 49], ['NSEC3', 50], ['NSEC3PARAM', 51], ['TLSA', 52], ['SMIMEA', 53], ['HIP', 55],
  ['NINFO', 56], ['RKEY', 57], ['TALINK', 58], ['CDS', 59], ['CDNSKEY', 60], ['OPENPGPKEY', 61], ['CSYNC', 62],
  ['ZONEMD', 63], ['SVCB', 64], ['HTTPS', 65], ['DSYNC', 66], ['HHIT', 67], ['BRID', 68], ['SPF', 99], ['UINFO', 100], ['UID', 101],
  ['GID', 102], ['UNSPEC', 103], ['NID', 104], ['L32', 105], ['L64', 106], ['LP', 107], ['EUI48', 108],
  ['EUI64', 109], ['NXNAME', 128], ['TKEY', 249], ['TSIG', 250], ['IXFR', 251], ['AXFR', 252], ['MAILB', 253],
  ['MAILA', 254], ['ANY', 255], ['URI', 256], ['CAA', 257], ['AVC', 258], ['DOA', 259], ['AMTRELAY', 260],
  ['RESINFO', 261], ['WALLET', 262], ['CLA', 263], ['IPN', 264], ['TA', 32768], ['DLV', 32769],
  // Not IANA: the private-use number Knot DNS gives the ALIAS (apex CNAME) pseudo-type of several providers.
  ['ALIAS', 65401],
];

const CLASSES: ReadonlyArray<readonly [string, number]> = [['IN', 1], ['CH', 3], ['HS', 4], ['NONE', 254], ['ANY', 255]];

function table(entries: ReadonlyArray<readonly [string, number]>): { byName: Map<string, number>; byNumber: Map<number, string> } {
  return { byName: new Map(entries), byNumber: new Map(entries.map(([n, v]) => [v, n])) };
}

const types = table(TYPES);
const classes = table(CLASSES);

/** Parses `PREFIXnnn` (case-insensitive, nnn ≤ 65535, decimal digits only). */
function numbered(text: string, prefix: string): number | undefined {
  if (text.length <= prefix.length || text.length > prefix.length + 5) return undefined;
  if (text.slice(0, prefix.length).toUpperCase() !== prefix) return undefined;
  const digits = text.slice(prefix.length);
  if (!/^[0-9]+$/.test(digits)) return undefined;
  const n = Number(digits);
  return n <= 0xffff ? n : undefined;
}

function lookup(t: { byName: Map<string, number> }, prefix: string, name: string): number | undefined {
  return t.byName.get(name.toUpperCase()) ?? numbered(name, prefix);
}

/** RR type number of a mnemonic (`mx`, `MX`) or of `TYPEnnn`; undefined when neither. */
export function typeNumber(name: string): number | undefined {
  return lookup(types, 'TYPE', name);
}

/** Upper-case mnemonic of an RR type number, or `TYPEnnn` when it has none. */
export function typeName(n: number): string {
  return types.byNumber.get(n) ?? `TYPE${n}`;
}

/**
 * True for meta types, which exist only in DNS messages and never in a zone (as BIND refuses them):
 * 0, OPT and 128-255 (TKEY, TSIG, IXFR, AXFR, MAILB, MAILA, ANY…).
 */
export function isMetaType(n: number): boolean {
  return n === 0 || n === 41 || (n >= 128 && n <= 255);
}

/** MD and MF (RFC 973 made them obsolete): BIND refuses them in a zone file, though $GENERATE makes them. */
export function isObsoleteType(n: number): boolean {
  return n === 3 || n === 4;
}

/** Class number of `IN`, `CH`, `HS`, `NONE`, `ANY` or `CLASSnnn` (case-insensitive). */
export function classNumber(name: string): number | undefined {
  return lookup(classes, 'CLASS', name);
}

/** Upper-case mnemonic of a class number, or `CLASSnnn`. */
export function className(n: number): string {
  return classes.byNumber.get(n) ?? `CLASS${n}`;
}

/** Mnemonics accepted in a numeric rdata field, name → value. */
export type Mnemonics = ReadonlyMap<string, number>;

/** DNSSEC algorithm numbers (RFC 4034 App. A.1 and later registrations). */
export const ALGORITHMS: Mnemonics = new Map([
  ['RSAMD5', 1], ['DH', 2], ['DSA', 3], ['RSASHA1', 5], ['DSA-NSEC3-SHA1', 6], ['RSASHA1-NSEC3-SHA1', 7],
  ['RSASHA256', 8], ['RSASHA512', 10], ['ECC-GOST', 12], ['ECDSAP256SHA256', 13], ['ECDSAP384SHA384', 14],
  ['ED25519', 15], ['ED448', 16], ['INDIRECT', 252], ['PRIVATEDNS', 253], ['PRIVATEOID', 254],
]);

/** CERT certificate types (RFC 4398 §2.1). */
export const CERT_TYPES: Mnemonics = new Map([
  ['PKIX', 1], ['SPKI', 2], ['PGP', 3], ['IPKIX', 4], ['ISPKI', 5], ['IPGP', 6], ['ACPKIX', 7], ['IACPKIX', 8],
  ['URI', 253], ['OID', 254],
]);

/** DSYNC schemes (RFC 9859). */
export const DSYNC_SCHEMES: Mnemonics = new Map([['NOTIFY', 1]]);
