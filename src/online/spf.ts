/**
 * SPF over real DNS: the same check_host() the offline rules use (src/mail/spf-eval.ts), with a
 * resolver that answers from live lookups. check_host() is synchronous and DNS is not, so the
 * evaluation is replayed: a name not yet fetched answers UNKNOWN (check_host stops there and
 * says which), it is fetched, and the evaluation runs again until nothing is missing. Each
 * replay asks at least one new question, and an evaluation asks a bounded number.
 */
import type { Diagnostic } from '../model/diagnostic.ts';
import type { Zone } from '../model/zone.ts';
import { checkHost, type DnsResponse, type SpfAnswerTypes, type SpfCheckResult, type SpfQueryType, type SpfResolver } from '../mail/spf-eval.ts';
import { recordTextSpan, spfRecords } from '../engine/spf.ts';
import { nameKey } from '../zone/names.ts';
import type { LiveAnswer } from './dns-client.ts';
import { finding } from './findings.ts';
import { type Lookup, ofType } from './lookup.ts';

/** A client address no SPF record authorises (reserved, RFC 1112), so every term is evaluated. */
const NOBODY = '240.0.0.1';
/** More replays than any evaluation within RFC 7208's limits needs; a guard, not a limit. */
const MAX_ROUNDS = 200;

class FetchedResolver implements SpfResolver {
  readonly answers = new Map<string, LiveAnswer>();
  readonly wanted = new Map<string, { name: string; type: SpfQueryType }>();

  query<T extends SpfQueryType>(name: string, type: T): DnsResponse<SpfAnswerTypes[T]> {
    const key = `${nameKey(name + '.')}|${type}`;
    const answer = this.answers.get(key);
    if (!answer) {
      this.wanted.set(key, { name, type });
      return { rcode: 'UNKNOWN', answers: [] };
    }
    if (answer.rcode === 'NXDOMAIN') return { rcode: 'NXDOMAIN', answers: [] };
    if (answer.rcode !== 'NOERROR') return { rcode: answer.rcode === 'TIMEOUT' ? 'TIMEOUT' : 'SERVFAIL', answers: [] };
    // Each branch builds the answer shape SpfAnswerTypes[type] describes; TypeScript cannot tie them to T.
    return { rcode: 'NOERROR', answers: ofType(answer, type).map((r) => shape(type, r.data)) as SpfAnswerTypes[T][] };
  }
}

function shape(type: SpfQueryType, data: unknown): SpfAnswerTypes[SpfQueryType] {
  if (type === 'TXT') return (Array.isArray(data) ? data : [data]).map((s: Buffer | string) => (typeof s === 'string' ? s : s.toString('latin1'))).join('');
  if (type === 'MX') {
    const mx = data as { preference: number; exchange: string };
    return { preference: mx.preference, exchange: mx.exchange };
  }
  return String(data);
}

/** check_host() for `domain` over live DNS. */
export async function liveCheckHost(lookup: Lookup, domain: string): Promise<{ result: SpfCheckResult; failed: LiveAnswer[] }> {
  const resolver = new FetchedResolver();
  let result = checkHost(NOBODY, domain, `postmaster@${domain}`, resolver);
  for (let round = 0; round < MAX_ROUNDS && resolver.wanted.size; round++) {
    const wanted = [...resolver.wanted];
    resolver.wanted.clear();
    await Promise.all(wanted.map(async ([key, { name, type }]) => resolver.answers.set(key, await lookup.ask(name, type))));
    result = checkHost(NOBODY, domain, `postmaster@${domain}`, resolver);
  }
  const failed = [...resolver.answers.values()].filter((a) => a.rcode !== 'NOERROR' && a.rcode !== 'NXDOMAIN');
  return { result, failed };
}

/** Each SPF record of the zone evaluated over real DNS, reported at the record. */
export async function checkSpf(zone: Zone, lookup: Lookup): Promise<Diagnostic[]> {
  const findings: Diagnostic[] = [];
  for (const entry of spfRecords(zone)) {
    const domain = entry.record.owner.replace(/\.$/, '');
    const { result, failed } = await liveCheckHost(lookup, domain);
    const span = recordTextSpan(entry);
    const id = `${entry.ownerKey}|${result.reason?.code ?? result.result}`;
    if (result.result === 'permerror' && result.reason) {
      findings.push(finding('live-spf', span, `Over real DNS, SPF for ${domain} ends in permerror after ${result.lookups} lookups and ${result.voidLookups} void lookups: ${result.reason.message} Receivers treat the domain as having no usable SPF`, id));
    } else if (result.result === 'temperror' && failed.length) {
      findings.push(finding('live-dns-failure', span, `SPF for ${domain} could not be evaluated over real DNS: ${result.reason?.message ?? 'a lookup failed'} (${failed[0].server.label}: ${failed[0].detail ?? failed[0].rcode})`, id));
    } else if (result.lookups >= 9) {
      findings.push(finding('live-spf', span, `Over real DNS, SPF for ${domain} takes ${result.lookups} of the 10 lookups RFC 7208 allows: one more include by a provider breaks it`, `${id}|near`, 'warning'));
    }
  }
  return findings;
}
