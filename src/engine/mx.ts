/**
 * What the MX rules share: a zone's MX records with typed rdata (read once per zone), the
 * addresses an exchanger ends at through the run's resolver (resolver.ts), how the exchange was written (relative by mistake, an IP
 * address) and name and address patterns for options. Pure: no files, no output.
 */
import type { ZoneRecord } from '../model/record.ts';
import type { Span } from '../model/span.ts';
import type { Zone } from '../model/zone.ts';
import type { ZoneSet } from '../model/zoneset.ts';
import { fitted } from '../mail/common.ts';
import { nameKey } from '../zone/names.ts';
import { parseIPv4, parseIPv6 } from '../zone/rdata/index.ts';
import { type IpNetwork, parseNetwork, prefixMatch } from '../model/ip.ts';
import { rdataOf, recordsOfType } from './records.ts';
import { type Chase, chase } from './resolver.ts';
import { byOwner, runFact, zoneFact } from './facts.ts';

// ───────────────────────────── MX records ─────────────────────────────

/** One MX record with its typed rdata and the keys to compare its names by. */
export interface MxEntry {
  record: ZoneRecord;
  preference: number;
  /** Absolute exchange name, as written (case and escapes kept). */
  exchange: string;
  ownerKey: string;
  exchangeKey: string;
  /** The exchange as written in the file (relative or absolute, `@`), once asked (exchangeText). */
  written: string | undefined;
  /** RFC 7505 null MX target `.` (whatever its preference). */
  isNull: boolean;
  /** exchangeChase's answer, and the run and zone it was followed from: several rules ask per record. */
  chain: Chase | undefined;
  chainRun: ZoneSet | undefined;
  chainZone: Zone | undefined;
}

/** The MX records of a zone whose rdata could be typed, in file order (derived once per zone). */
export const mxRecords = zoneFact('mx', (zone: Zone): MxEntry[] => {
  const list: MxEntry[] = [];
  for (const record of recordsOfType(zone, 'MX')) {
    const rdata = rdataOf(record, 'MX');
    // Generic (RFC 3597) rdata has no fields to point at; the reader reports broken rdata.
    if (!rdata || record.fieldCount < 2) continue;
    const exchangeKey = nameKey(rdata.exchange);
    list.push({
      written: undefined,
      record,
      preference: rdata.preference,
      exchange: rdata.exchange,
      ownerKey: nameKey(record.owner),
      exchangeKey,
      isNull: exchangeKey === '.',
      chain: undefined,
      chainRun: undefined,
      chainZone: undefined,
    });
  }
  return list;
});

/** The MX records of a zone grouped by owner (key), each group in file order. */
export const mxByOwner = zoneFact('MX records by owner', (zone: Zone): Map<string, MxEntry[]> => byOwner(mxRecords(zone)));

export function preferenceSpan(mx: MxEntry): Span {
  return mx.record.fieldSpan(0);
}

export function exchangeSpan(mx: MxEntry): Span {
  return mx.record.fieldSpan(1);
}

/** The exchange as written in the file (relative or absolute, `@`). */
export function exchangeText(mx: MxEntry): string {
  if (mx.written === undefined) {
    // Read from the file only when it could have been written relative (or `@`); most exchanges
    // are written absolute, and the entry then keeps the rdata's string, not a second copy.
    const text = mayBeRelative(mx) ? mx.record.fieldText(1) : undefined;
    mx.written = text === undefined || text === mx.exchange ? mx.exchange : text;
  }
  return mx.written;
}

/**
 * False when the exchange was written absolute for sure: a name written relative (or `@`) became
 * itself, a dot and the origin in force, so an exchange that does not end in the origin was not.
 */
function mayBeRelative(mx: MxEntry): boolean {
  const { exchange } = mx;
  const origin = mx.record.origin;
  const at = exchange.length - origin.length;
  return at === 0 ? exchange === origin : at > 0 && exchange.endsWith(origin) && (origin === '.' || exchange.charCodeAt(at - 1) === 46); /* . */
}

/** Stable identity of a finding on one MX record: owner, type, exchanger, then whatever the rule adds. */
export function mxFingerprint(mx: MxEntry, ...rest: (string | number)[]): string {
  return [mx.ownerKey, 'MX', mx.exchangeKey, ...rest].join('|');
}

/** A record's owner where it is written, or its type when the owner is inherited from the line above. */
export function ownerOrTypeSpan(record: ZoneRecord): Span {
  return record.ownerEnd > record.ownerStart ? record.ownerSpan : record.typeSpan;
}

// ───────────────────────────── addresses of exchangers ─────────────────────────────

const addressesOfChases = runFact('resolved addresses', () => new Map<Chase, readonly ResolvedAddress[]>());

/** An address an exchanger resolves to: its A/AAAA record and the address's octets (4 or 16). */
export class ResolvedAddress {
  constructor(
    readonly record: ZoneRecord,
    readonly bytes: Uint8Array,
  ) {}

  /** The address as written in the file (messages quote it so); read when a finding asks. */
  get text(): string {
    return this.record.fieldText(0) ?? '';
  }
}

/**
 * Where the exchange's CNAME chain ends, followed from `zone` (the zone whose MX record it is):
 * chase's answer, kept on the entry for the run it was asked in, so that the rules that look at
 * every MX record find it without a lookup by name.
 */
export function exchangeChase(zones: ZoneSet, zone: Zone, mx: MxEntry): Chase {
  if (mx.chain === undefined || mx.chainRun !== zones || mx.chainZone !== zone) {
    mx.chain = chase(zones, mx.exchange, zone);
    mx.chainRun = zones;
    mx.chainZone = zone;
  }
  return mx.chain;
}

/**
 * The addresses a name ends at through the run, following CNAMEs (glue of a delegated name
 * included); computed once per chain the resolver follows (once per name and run, see chase).
 */
export function resolvedAddresses(zones: ZoneSet, name: string, preferred: Zone): readonly ResolvedAddress[] {
  return addressesAtEnd(zones, chase(zones, name, preferred));
}

/** resolvedAddresses of an MX record's exchange, followed from `zone`, the zone whose record it is. */
export function exchangeAddresses(zones: ZoneSet, zone: Zone, mx: MxEntry): readonly ResolvedAddress[] {
  return addressesAtEnd(zones, exchangeChase(zones, zone, mx));
}

function addressesAtEnd(zones: ZoneSet, chain: Chase): readonly ResolvedAddress[] {
  const known = addressesOfChases(zones);
  let list = known.get(chain);
  if (!list) {
    const { end } = chain;
    const records = end.kind === 'found' ? end.addresses : end.kind === 'delegated' ? end.glue : [];
    const found: ResolvedAddress[] = [];
    for (const record of records) {
      const bytes = addressBytes(record);
      if (bytes) found.push(new ResolvedAddress(record, bytes));
    }
    list = found.length ? fitted(found) : NO_ADDRESSES;
    known.set(chain, list);
  }
  return list;
}

const NO_ADDRESSES: readonly ResolvedAddress[] = [];

/** Exchange keys of every MX record of the run (for rules that treat mail hosts differently). */
export const exchangersOfRun = runFact('exchangers', (zones: ZoneSet): Set<string> => {
  const set = new Set<string>();
  for (const zone of zones.zones) for (const mx of mxRecords(zone)) if (!mx.isNull) set.add(mx.exchangeKey);
  return set;
});

// ───────────────────────────── how the exchange was written ─────────────────────────────

/** The exchange written relative to the origin (not absolute, not `@`), or undefined. */
function relativePart(mx: MxEntry): string | undefined {
  const text = exchangeText(mx);
  if (text === '@' || text.endsWith('.') || mx.record.origin === '.') return undefined;
  return text;
}

/**
 * The IPv4 address an exchange spells as a name: `192.0.2.1.` or relative `192.0.2.1` (which
 * became `192.0.2.1.<origin>`); undefined for a host name.
 */
export function exchangeAsIp(mx: MxEntry): { ip: string; relative: boolean } | undefined {
  // Asked for every MX record: a name that does not start with a digit is no address (the written
  // form starts as the exchange does, or is `@`).
  const first = mx.exchange.charCodeAt(0);
  if (!(first >= 48 && first <= 57)) return undefined;
  const text = exchangeText(mx);
  const bare = text.endsWith('.') ? text.slice(0, -1) : text;
  if (!/^[0-9]{1,3}(\.[0-9]{1,3}){3}$/.test(bare) || !parseIPv4(bare)) return undefined;
  return { ip: bare, relative: relativePart(mx) !== undefined };
}

/**
 * Generic top-level domains that are rarely a subdomain label of their own (`app`, `shop` or
 * `cloud` are real TLDs too, but as often a department's subdomain); country codes are added below.
 */
const GENERIC_TLDS = ['com', 'net', 'org', 'edu', 'gov', 'mil', 'info', 'biz', 'mobi', 'asia', 'aero', 'coop', 'museum', 'travel', 'xyz'];

/** ISO 3166-1 alpha-2 codes delegated as country-code TLDs (plus uk, eu and ac). */
const CC_TLDS = (
  'ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo br bs bt bw by bz ca cc cd cf cg ch ' +
  'ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg er es et eu fi fj fk fm fo fr ga gd ge gf gg gh gi gl gm ' +
  'gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la ' +
  'lb lc li lk lr ls lt lu lv ly ma mc md me mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np ' +
  'nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sk sl sm sn so sr ss st su ' +
  'sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug uk us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw'
).split(' ');

const TLDS: ReadonlySet<string> = new Set([...GENERIC_TLDS, ...CC_TLDS]);

/**
 * What a relative exchange probably meant when its final dot was forgotten: `mx.example.com`
 * in `example.com.` (the origin doubled) or `mail.example.net` (ends in a top-level domain)
 * meant `mx.example.com.` and `mail.example.net.`. Undefined when the exchange is absolute, or
 * when it exists where it landed (someone defined it; the doubled origin is reported anyway).
 */
export function missingDotGuess(zones: ZoneSet, zone: Zone, mx: MxEntry): { meant: string; doubled: boolean } | undefined {
  if (!mayBeRelative(mx)) return undefined;
  return forgottenDotGuess(zones, zone, exchangeText(mx), mx.record.origin, mx.exchange);
}

/**
 * The same guess for any name written in rdata (an NS, CNAME, SRV or PTR target, the SOA
 * names…): `written` as in the file, `origin` in force there, `name` the absolute name it became.
 */
export function forgottenDotGuess(zones: ZoneSet, zone: Zone, written: string, origin: string, name: string): { meant: string; doubled: boolean } | undefined {
  if (written === '@' || written.endsWith('.') || origin === '.') return undefined;
  const writtenKey = nameKey(written + '.');
  const originKey = nameKey(origin);
  // Called for every name in a zone's rdata: the origin test makes no string.
  const at = writtenKey.length - originKey.length;
  if (at === 0 ? writtenKey === originKey : at > 0 && writtenKey.endsWith(originKey) && writtenKey.charCodeAt(at - 1) === 46 /* . */) {
    return { meant: written + '.', doubled: true };
  }
  // The last label (before the root's dot); a single label (`mail`) is an ordinary relative name.
  const dot = writtenKey.lastIndexOf('.', writtenKey.length - 2);
  if (dot < 0 || !TLDS.has(writtenKey.slice(dot + 1, -1))) return undefined;
  const where = chase(zones, name, zone);
  if (where.cnames.length > 0 || (where.end.kind !== 'missing' && where.end.kind !== 'outside')) return undefined;
  return { meant: written + '.', doubled: false };
}

/** True when the exchange is a writing mistake another MX rule explains (an IP address, a forgotten final dot). */
export function isMiswrittenExchange(zones: ZoneSet, zone: Zone, mx: MxEntry): boolean {
  return exchangeAsIp(mx) !== undefined || missingDotGuess(zones, zone, mx) !== undefined;
}

// ───────────────────────────── patterns for options ─────────────────────────────

/**
 * A name pattern of an option, matched case-insensitively against absolute names: `*` stands for
 * any characters within one label, `?` for one character, `**` for one or more whole labels; the
 * final dot is optional in the pattern.
 */
/** The options schema of a list of `namePattern` patterns (the exchanger lists of mx-exchanger-policy and change-inbound-moved). */
export function namePatternsOption(description: string): { [key: string]: unknown } {
  return { type: 'array', items: { type: 'string', minLength: 1 }, default: [], description };
}

export function namePattern(pattern: string): (name: string) => boolean {
  const text = nameKey(pattern.endsWith('.') ? pattern : pattern + '.');
  let source = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '*' && text[i + 1] === '*') {
      source += '.*';
      i++;
    } else if (c === '*') source += '[^.]*';
    else if (c === '?') source += '[^.]';
    else source += c.replace(/[\\^$.|+()[\]{}]/g, '\\$&');
  }
  const re = new RegExp(`^${source}$`);
  return (name) => re.test(nameKey(name));
}

/** An A or AAAA record's address octets (4 or 16), or undefined when it cannot be read. */
function addressBytes(record: ZoneRecord): Uint8Array | undefined {
  const type = record.type;
  if (type !== 'A' && type !== 'AAAA') return undefined;
  const parse = type === 'A' ? parseIPv4 : parseIPv6;
  // The address as written, read straight into octets: typing the record first (parseRdata, its
  // field objects, the normalised text) cost more than the rest of the chase. Generic (RFC 3597)
  // rdata, or a provider's value written otherwise, takes the typed way.
  const written = record.fieldCount === 1 ? record.fieldText(0) : undefined;
  const direct = written === undefined ? null : parse(written);
  if (direct) return direct;
  const address = type === 'A' ? rdataOf(record, 'A')?.address : rdataOf(record, 'AAAA')?.address;
  return address === undefined ? undefined : (parse(address) ?? undefined);
}

/** True when `bytes` lies in the network (same family only; an IPv4-mapped IPv6 address is not unwrapped here). */
export function inNetwork(bytes: Uint8Array, network: IpNetwork): boolean {
  return prefixMatch(bytes, network.bytes, network.prefix);
}

// ───────────────────────────── special-purpose addresses ─────────────────────────────

export interface SpecialRange {
  network: IpNetwork;
  what: string;
  documentation?: boolean;
}

const RANGES: SpecialRange[] = (
  [
    ['0.0.0.0/8', '"this network" (RFC 1122)'],
    ['10.0.0.0/8', 'private (RFC 1918)'],
    ['100.64.0.0/10', 'carrier-grade NAT (RFC 6598)'],
    ['127.0.0.0/8', 'loopback (RFC 1122)'],
    ['169.254.0.0/16', 'link-local (RFC 3927)'],
    ['172.16.0.0/12', 'private (RFC 1918)'],
    ['192.168.0.0/16', 'private (RFC 1918)'],
    ['198.18.0.0/15', 'benchmarking (RFC 2544)'],
    ['224.0.0.0/4', 'multicast (RFC 5771)'],
    ['240.0.0.0/4', 'reserved (RFC 1112)'],
    ['192.0.2.0/24', 'documentation (RFC 5737)', true],
    ['198.51.100.0/24', 'documentation (RFC 5737)', true],
    ['203.0.113.0/24', 'documentation (RFC 5737)', true],
    ['::/128', 'unspecified (RFC 4291)'],
    ['::1/128', 'loopback (RFC 4291)'],
    ['fc00::/7', 'unique-local (RFC 4193)'],
    ['fe80::/10', 'link-local (RFC 4291)'],
    ['fec0::/10', 'site-local (RFC 3879)'],
    ['ff00::/8', 'multicast (RFC 4291)'],
    ['2001:db8::/32', 'documentation (RFC 3849)', true],
    ['3fff::/20', 'documentation (RFC 9637)', true],
  ] as const
).map(([cidr, what, documentation]: readonly [string, string, boolean?]) => ({ network: parseNetwork(cidr) as IpNetwork, what, documentation }));

const MAPPED = parseNetwork('::ffff:0:0/96') as IpNetwork;

/** The special-purpose range (RFC 6890 and others) an address lies in; documentation ranges only unless allowed. */
export function specialRange(bytes: Uint8Array, allowDocumentation: boolean): SpecialRange | undefined {
  // An IPv4-mapped IPv6 address reaches the IPv4 address it carries.
  const address = bytes.length === 16 && inNetwork(bytes, MAPPED) ? bytes.subarray(12) : bytes;
  return RANGES.find((r) => (allowDocumentation ? !r.documentation : true) && inNetwork(address, r.network));
}
