/**
 * Facts the engine derives for the rules, each derived once, on the first ask, and kept as long as
 * what it is derived from:
 * - a record's facts (typed rdata, TXT text, mail meaning) beside its row of the record table;
 * - a zone's facts (its MX, SPF, DMARC, DKIM… lists, RRsets, zone cuts) as long as the zone;
 * - a run's facts (names resolved across the zones of the run, sets of names) as long as the run.
 * Nothing is emptied on a schedule, so a rule's place in rules/index.ts never changes what is
 * derived again; a fact no enabled rule asks for is never built.
 */
import type { ZoneRecord } from '../model/record.ts';
import type { Zone } from '../model/zone.ts';
import type { ZoneSet } from '../model/zoneset.ts';
import { fitted } from '../mail/common.ts';
import { nameKey } from '../zone/names.ts';
import type { Rdata } from '../zone/rdata/index.ts';
import type { DmarcEntry } from './dmarc.ts';
import type { TxtView } from './records.ts';
import type { SpfEntry } from './spf.ts';
import { addFactTime, timingEnabled } from './timing.ts';

/** What is derived from one record; `null` says "derived, and there is none". */
export interface RecordFacts {
  rdata?: Rdata | null;
  txt?: TxtView | null;
  spf?: SpfEntry | null;
  dmarc?: DmarcEntry | null;
}

export function recordFacts(record: ZoneRecord): RecordFacts {
  let facts = record.memo as RecordFacts | undefined;
  if (!facts) record.memo = facts = {};
  return facts;
}

/** Facts of zones and runs, one bag per zone or run, held exactly as long as the zone or run. */
const bags = new WeakMap<Zone | ZoneSet, unknown[]>();
/** Stands in a bag for a fact derived as `undefined`: a hole is a fact not derived yet. */
const UNDEFINED = Symbol('undefined');
let facts = 0;

/**
 * The bag of a zone or run, the last one asked remembered (zone facts and run facts apart): rules
 * ask a zone's facts zone after zone, so most asks skip the WeakMap (a repository's run asks about
 * 260,000 times). The last zone and run are held until another is asked.
 */
function bagCache(): (of: Zone | ZoneSet) => unknown[] {
  let last: Zone | ZoneSet | undefined;
  let lastBag: unknown[] = [];
  return (of) => {
    if (of === last) return lastBag;
    let bag = bags.get(of);
    if (!bag) bags.set(of, (bag = []));
    last = of;
    lastBag = bag;
    return bag;
  };
}
const zoneBag = bagCache();
const runBag = bagCache();

function derived<Of extends Zone | ZoneSet, T>(name: string, derive: (of: Of) => T, bagOf: (of: Of) => unknown[]): (of: Of) => T {
  const id = facts++;
  return (of) => {
    const bag = bagOf(of);
    const known = bag[id];
    if (known !== undefined) return (known === UNDEFINED ? undefined : known) as T;
    const start = timingEnabled ? performance.now() : 0;
    const value = derive(of);
    if (timingEnabled) addFactTime(name, performance.now() - start);
    bag[id] = value === undefined ? UNDEFINED : value;
    return value;
  };
}

/** Declares a fact of a zone: `derive` runs once per zone, on the first ask. Call at module level. */
export function zoneFact<T>(name: string, derive: (zone: Zone) => T): (zone: Zone) => T {
  return derived(name, derive, zoneBag);
}

/** Declares a fact of a run (all its zones): `derive` runs once per run, on the first ask. Call at module level. */
export function runFact<T>(name: string, derive: (zones: ZoneSet) => T): (zones: ZoneSet) => T {
  return derived(name, derive, runBag);
}

const scopesOfRun = runFact('name scopes', () => new Map<Zone, Zone | ZoneSet>());

/**
 * Whom answers about names are kept for, asked from `zone` (the zone being linted, if any). Names
 * resolve alike from every zone of a run but one whose origin another file of the run has too (two
 * views, an old copy): that zone answers from its own file, so it keeps answers of its own. Every
 * other zone, and a question asked from no zone, shares the run's.
 */
export function nameScope(zones: ZoneSet, zone: Zone | undefined): Zone | ZoneSet {
  if (!zone) return zones;
  const scopes = scopesOfRun(zones);
  let scope = scopes.get(zone);
  if (!scope) scopes.set(zone, (scope = zones.sharesOrigin(zone) ? zone : zones));
  return scope;
}

/**
 * Declares a fact of a run about a name as seen from the zone being linted (how it resolves,
 * whether it is covered): `derive` runs once per run, name (compared by `nameKey`) and scope of
 * the asking zone (nameScope): once for all the zones that see names alike.
 */
export function nameFact<T, Z extends Zone | undefined = Zone>(
  name: string,
  derive: (zones: ZoneSet, name: string, zone: Z) => T,
): (zones: ZoneSet, name: string, zone: Z) => T {
  const known = runFact(name, () => new Map<Zone | ZoneSet, Map<string, T>>());
  return (zones, name, zone) => {
    const byScope = known(zones);
    const scope = nameScope(zones, zone);
    let byName = byScope.get(scope);
    if (!byName) byScope.set(scope, (byName = new Map()));
    const key = nameKey(name);
    const answer = byName.get(key);
    if (answer !== undefined || byName.has(key)) return answer as T;
    const value = derive(zones, name, zone);
    byName.set(key, value);
    return value;
  };
}

/** Entries grouped by their owner key, each group in the entries' order (sized to its length: see fitted). */
export function byOwner<E extends { ownerKey: string }>(entries: Iterable<E>): Map<string, E[]> {
  const groups = new Map<string, E[]>();
  for (const entry of entries) {
    const group = groups.get(entry.ownerKey);
    if (group) group.push(entry);
    else groups.set(entry.ownerKey, [entry]);
  }
  groups.forEach((group, key) => {
    if (group.length > 1) groups.set(key, fitted(group));
  });
  return groups;
}
