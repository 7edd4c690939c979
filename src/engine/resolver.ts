/**
 * The run's one resolver: how a name resolves in the zones of the run, the way the authoritative
 * server of the zone that holds it would answer (zone cuts and glue, DNAME, wildcards, empty
 * non-terminals, CNAME chains, provider ALIAS records). Every rule and the SPF walk ask it;
 * `ZoneSetResolver` gives the same answers in the query form SPF evaluation uses, UNKNOWN for
 * every name it cannot answer for offline: outside every zone of the run, below a delegation
 * whose child zone is not in the run, or below a DNAME.
 */
import type { ZoneRecord } from '../model/record.ts';
import type { Zone } from '../model/zone.ts';
import type { ZoneSet } from '../model/zoneset.ts';
import type { DnsRcode, DnsResponse, MxAnswer, SpfAnswerTypes, SpfQueryType, SpfResolver } from '../mail/spf-eval.ts';
import { nameKey } from '../zone/names.ts';
import { rdataOf, recordsOfType, txtOf } from './records.ts';
import { nameFact, nameScope, runFact, zoneFact } from './facts.ts';

/** How a name resolves in the zones of the run, the way an authoritative server would answer. */
export type Resolution =
  /** No zone of the run holds the name: it is not judged (mxlint works offline). */
  | { kind: 'outside' }
  /** The name lies at or below a zone cut whose child zone is not in the run; `glue` are A/AAAA kept in the parent. */
  | { kind: 'delegated'; zone: Zone; cut: ZoneRecord; glue: ZoneRecord[] }
  /** An ancestor owns a DNAME: the name is rewritten, it has no records of its own. */
  | { kind: 'dname'; zone: Zone; dname: ZoneRecord }
  /** The name does not exist (NXDOMAIN). */
  | { kind: 'missing'; zone: Zone }
  /**
   * The name exists: its records (none for an empty non-terminal), those synthesised from a
   * wildcard when `wildcard`, its CNAME if it is an alias, its A/AAAA records.
   */
  | { kind: 'found'; zone: Zone; records: ZoneRecord[]; wildcard: boolean; cname?: ZoneRecord; addresses: ZoneRecord[] };

/** Per-zone facts the resolution needs beyond the owner index, built once per zone. */
interface ZoneFacts {
  originKey: string;
  /** Owners of NS records other than the apex: zone cuts. */
  cuts: Map<string, ZoneRecord>;
  dnames: Map<string, ZoneRecord>;
  /**
   * What only a name the zone does not own needs, built on its first ask: the names that own no
   * record but lie above one that does (empty non-terminals, and the origin; a name exists when it
   * is an owner or one of these), and whether a wildcard owns records.
   */
  unowned?: { emptyNonTerminals: Set<string>; hasWildcard: boolean };
}

const factsOf = zoneFact('zone cuts', (zone: Zone): ZoneFacts => {
  const originKey = nameKey(zone.origin);
  const facts: ZoneFacts = { originKey, cuts: new Map(), dnames: new Map() };
  // The zone's records by type serve the MX and policy facts too: only its NS and DNAME are visited.
  for (const record of recordsOfType(zone, 'NS')) {
    const key = nameKey(record.owner);
    if (key !== originKey && !facts.cuts.has(key)) facts.cuts.set(key, record);
  }
  for (const record of recordsOfType(zone, 'DNAME')) {
    const key = nameKey(record.owner);
    if (!facts.dnames.has(key)) facts.dnames.set(key, record);
  }
  return facts;
});

/** The parent of a name key (`.` for a top-level name); keys hold no escaped dots (`\046`). */
export function parentKey(key: string): string {
  const dot = key.indexOf('.');
  return dot < 0 || dot === key.length - 1 ? '.' : key.slice(dot + 1);
}

function unownedFacts(zones: ZoneSet, zone: Zone, facts: ZoneFacts): NonNullable<ZoneFacts['unowned']> {
  if (!facts.unowned) {
    const index = zones.index(zone);
    const empty = new Set<string>([facts.originKey]);
    let hasWildcard = false;
    // The parent of the owner before, known to be an owner or in the set: owners of one parent
    // mostly follow each other, and comparing its text costs less than making and hashing a key.
    let done = '';
    // Each owner's ancestors up to the first one that is an owner (it walks up on its own turn) or
    // is known already: the owners themselves are not copied into the set.
    index.forEach((key) => {
      // RFC 4592 §2.1.1: the asterisk label is the octet, however written (`*`, `\*`, `\042`): keys hold it as `*`.
      if (key.charCodeAt(0) === 42 /* * */ && key.charCodeAt(1) === 46) hasWildcard = true;
      const dot = key.indexOf('.');
      if (dot < 0 || dot === key.length - 1) return;
      if (key.length - dot - 1 === done.length && key.endsWith(done)) return;
      const parent = key.slice(dot + 1);
      for (let k = parent; k !== '.' && !index.has(k) && !empty.has(k); k = parentKey(k)) empty.add(k);
      done = parent;
    });
    facts.unowned = { emptyNonTerminals: empty, hasWildcard };
  }
  return facts.unowned;
}

/** The zone of the run that answers for `name`; `preferred` (the zone being linted) wins over another file with the same origin. */
export function authoritativeZone(zones: ZoneSet, name: string, preferred?: Zone): Zone | undefined {
  return authoritativeZoneOfKey(zones, nameKey(name), preferred);
}

function authoritativeZoneOfKey(zones: ZoneSet, key: string, preferred?: Zone): Zone | undefined {
  const zone = zones.zoneForKey(key);
  if (zone && preferred && zone !== preferred && nameKey(zone.origin) === nameKey(preferred.origin)) return preferred;
  return zone;
}

/**
 * Resolves `name` in the zones of the run. `preferred` is the zone being linted: when the run
 * holds two files with its origin (internal and external views), names resolve in its own file.
 * Each name is resolved once per run (and per such zone: see nameScope).
 */
export function resolveName(zones: ZoneSet, name: string, preferred?: Zone): Resolution {
  return resolutions(zones, name, preferred);
}

const resolutions = nameFact<Resolution, Zone | undefined>('resolutions', (zones, name, preferred) => resolveKey(zones, nameKey(name), preferred));

function resolveKey(zones: ZoneSet, key: string, preferred?: Zone): Resolution {
  const zone = authoritativeZoneOfKey(zones, key, preferred);
  if (!zone) return { kind: 'outside' };
  return resolveInZone(zones, zone, key);
}

/**
 * How name key `key`, at or below the origin of `zone`, resolves in that zone alone, as the zone's
 * own server answers (and BIND checks the zone when it loads it): not cached, for the few names a
 * rule asks about once per zone.
 */
export function resolveInZone(zones: ZoneSet, zone: Zone, key: string): Resolution {
  const facts = factsOf(zone);
  const index = zones.index(zone);
  if (facts.cuts.size > 0 || facts.dnames.size > 0) {
    // The highest cut or DNAME between the apex and the name decides, as a server walking down would find it.
    let found: Resolution | undefined;
    for (let k = key; ; k = parentKey(k)) {
      const cut = facts.cuts.get(k);
      if (cut) found = { kind: 'delegated', zone, cut, glue: addressesOf(index.get(key) ?? []) };
      const dname = k !== key ? facts.dnames.get(k) : undefined;
      if (dname) found = { kind: 'dname', zone, dname };
      if (k === facts.originKey || k === '.') break;
    }
    if (found) return found;
  }
  const records = index.get(key);
  if (records) return foundAt(zone, records, false);
  const { emptyNonTerminals: empty, hasWildcard } = unownedFacts(zones, zone, facts);
  if (empty.has(key)) return foundAt(zone, [], false);
  if (hasWildcard) {
    // RFC 4592: the wildcard child of the closest encloser answers for a name that does not exist.
    let encloser = parentKey(key);
    while (!index.has(encloser) && !empty.has(encloser) && encloser !== facts.originKey && encloser !== '.') encloser = parentKey(encloser);
    const wild = index.get(encloser === '.' ? '*.' : '*.' + encloser);
    if (wild) return foundAt(zone, wild, true);
  }
  return { kind: 'missing', zone };
}

function foundAt(zone: Zone, records: ZoneRecord[], wildcard: boolean): Resolution {
  const cname = records.find((r) => r.type === 'CNAME');
  return { kind: 'found', zone, records, wildcard, cname, addresses: addressesOf(records) };
}

/**
 * The records that give a name its addresses: A and AAAA, and a provider ALIAS (Route 53 alias,
 * PowerDNS/Knot ALIAS), whose A/AAAA answers the provider synthesises at query time.
 */
function addressesOf(records: ZoneRecord[]): ZoneRecord[] {
  return records.filter((r) => r.type === 'A' || r.type === 'AAAA' || r.type === 'ALIAS');
}

/** Where a chain of CNAMEs from a name ends. */
export interface Chase {
  /** The name the chain ends at (the start name when it is not an alias). */
  name: string;
  /** How that name resolves. */
  end: Resolution;
  /** The CNAME records followed, in order. */
  cnames: ZoneRecord[];
  /** The chain loops or is longer than 8 links. */
  broken: boolean;
}

const MAX_CNAME_CHAIN = 8;

/**
 * Follows CNAMEs from `name` through the zones of the run, as a resolver would. Each chain is
 * followed once per run (and per zone of a shared origin: see nameScope): many zones and rules
 * ask about a few exchangers.
 */
export const chase = nameFact('chases', follow);

function follow(zones: ZoneSet, name: string, preferred: Zone): Chase {
  const cnames: ZoneRecord[] = [];
  const seen = new Set<string>();
  let current = name;
  for (;;) {
    const end = resolveName(zones, current, preferred);
    if (end.kind !== 'found' || !end.cname) return { name: current, end, cnames, broken: false };
    const target = rdataOf(end.cname, 'CNAME')?.target;
    seen.add(nameKey(current));
    if (!target || seen.has(nameKey(target)) || cnames.length >= MAX_CNAME_CHAIN) {
      return { name: current, end, cnames: [...cnames, end.cname], broken: true };
    }
    cnames.push(end.cname);
    current = target;
  }
}

/** What the server holding a name answers, with the records behind the answer. */
export interface ZoneAnswer {
  rcode: DnsRcode;
  /** Records of the queried type at the end of the CNAME chain (wildcard records when synthesised). */
  records: ZoneRecord[];
  /** The name the answer is for: the queried name, or the end of its CNAME chain. */
  name: string;
}

export class ZoneSetResolver implements SpfResolver {
  private readonly cache = new Map<string, ZoneAnswer>();

  /** `preferred` is the zone being linted: a run with two files of its origin resolves in its own file. */
  constructor(
    readonly zones: ZoneSet,
    readonly preferred: Zone,
  ) {}

  /** The answer for `name` (absolute or not; any letter case) and `type`. */
  answer(name: string, type: SpfQueryType): ZoneAnswer {
    const absolute = name.endsWith('.') ? name : name + '.';
    const key = `${nameKey(absolute)}|${type}`;
    let found = this.cache.get(key);
    if (!found) {
      found = this.resolve(absolute, type);
      this.cache.set(key, found);
    }
    return found;
  }

  query<T extends SpfQueryType>(name: string, type: T): DnsResponse<SpfAnswerTypes[T]> {
    const { rcode, records } = this.answer(name, type);
    const answers: unknown[] = [];
    for (const record of records) {
      const value = answerValue(record, type);
      if (value !== undefined) answers.push(value);
    }
    // answerValue returns the shape SpfAnswerTypes[type] promises for each type; TypeScript cannot tie the two.
    return { rcode, answers: answers as SpfAnswerTypes[T][] };
  }

  private resolve(name: string, type: SpfQueryType): ZoneAnswer {
    const { name: end, end: resolution, broken } = chase(this.zones, name, this.preferred);
    if (broken) return { rcode: 'SERVFAIL', records: [], name: end };
    switch (resolution.kind) {
      case 'outside':
      case 'delegated':
      case 'dname':
        return { rcode: 'UNKNOWN', records: [], name: end };
      case 'missing':
        return { rcode: 'NXDOMAIN', records: [], name: end };
      case 'found':
        return { rcode: 'NOERROR', records: resolution.records.filter((r) => r.type === type), name: end };
    }
  }
}

function answerValue(record: ZoneRecord, type: SpfQueryType): string | MxAnswer | undefined {
  switch (type) {
    case 'TXT':
      return txtOf(record)?.text;
    case 'A':
      return rdataOf(record, 'A')?.address;
    case 'AAAA':
      return rdataOf(record, 'AAAA')?.address;
    case 'MX': {
      const mx = rdataOf(record, 'MX');
      return mx ? { preference: mx.preference, exchange: mx.exchange } : undefined;
    }
    case 'PTR':
      return rdataOf(record, 'PTR')?.target;
  }
}

const resolvers = runFact('resolvers', () => new Map<Zone | ZoneSet, ZoneSetResolver>());

/**
 * The resolver of a run as seen from the zone being linted, answers cached: one for all zones
 * that see names alike, one of its own for a zone whose origin is shared (see nameScope).
 */
export function resolverFor(zones: ZoneSet, zone: Zone): ZoneSetResolver {
  const byScope = resolvers(zones);
  const scope = nameScope(zones, zone);
  let resolver = byScope.get(scope);
  if (!resolver) {
    resolver = new ZoneSetResolver(zones, zone);
    byScope.set(scope, resolver);
  }
  return resolver;
}
