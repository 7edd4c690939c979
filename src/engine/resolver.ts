/**
 * An offline DNS resolver over the zones of one run, for SPF evaluation (`checkHost`) and for
 * rules that need to know what a receiver would get back for a name: it answers like the
 * authoritative server of the zone that holds the name (CNAME chains, wildcards, empty
 * non-terminals), and says UNKNOWN for every name it cannot answer for offline: outside every
 * zone of the run, below a delegation whose child zone is not in the run, or below a DNAME.
 */
import type { ZoneRecord } from '../model/record.ts';
import type { Zone } from '../model/zone.ts';
import type { ZoneSet } from '../model/zoneset.ts';
import type { DnsRcode, DnsResponse, MxAnswer, SpfAnswerTypes, SpfQueryType, SpfResolver } from '../mail/spf-eval.ts';
import { nameKey } from '../zone/names.ts';
import { chase } from './mx.ts';
import { rdataOf, txtOf } from './records.ts';
import { runFact } from './facts.ts';

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

const resolvers = runFact('resolvers', () => new Map<Zone, ZoneSetResolver>());

/** The resolver of a run as seen from the zone being linted (one per zone, answers cached). */
export function resolverFor(zones: ZoneSet, zone: Zone): ZoneSetResolver {
  const byZone = resolvers(zones);
  let resolver = byZone.get(zone);
  if (!resolver) {
    resolver = new ZoneSetResolver(zones, zone);
    byZone.set(zone, resolver);
  }
  return resolver;
}
