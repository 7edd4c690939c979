/**
 * Drift: what the zone's name servers serve against what the repository says, for the RRsets
 * mail depends on. Each difference is reported at the repository record it concerns (or at the
 * zone's SOA when the repository has nothing there); servers that answer differently from one
 * another are reported too, and servers that fail are summed up once per zone and server.
 */
import type { Diagnostic } from '../model/diagnostic.ts';
import type { ZoneRecord } from '../model/record.ts';
import type { Span } from '../model/span.ts';
import type { Zone } from '../model/zone.ts';
import type { ZoneSet } from '../model/zoneset.ts';
import { mxRecords } from '../engine/mx.ts';
import { resolveName } from '../engine/resolver.ts';
import { rdataOf } from '../engine/records.ts';
import { nameKey } from '../zone/names.ts';
import type { DnsClient, LiveAnswer, LiveRecord, Server } from './dns-client.ts';
import { finding, zoneAnchor } from './findings.ts';
import { liveValue, recordValue, soaSerial, type Value } from './values.ts';

interface Question {
  name: string;
  type: string;
}

/** The mail-relevant questions about a zone: the fixed names at its apex, and the names its own records bring. */
export function questionsFor(zone: Zone): Question[] {
  const apex = zone.origin;
  const seen = new Set<string>();
  const list: Question[] = [];
  const ask = (name: string, type: string): void => {
    const key = `${nameKey(name)}|${type}`;
    if (seen.has(key)) return;
    seen.add(key);
    list.push({ name, type });
  };
  ask(apex, 'SOA');
  ask(apex, 'MX');
  ask(apex, 'TXT');
  for (const prefix of ['_dmarc.', '_mta-sts.', '_smtp._tls.']) ask(prefix + apex, 'TXT');
  const originKey = nameKey(apex);
  for (const mx of mxRecords(zone)) {
    ask(mx.record.owner, 'MX');
    if (mx.isNull || !inside(mx.exchangeKey, originKey)) continue;
    ask(mx.exchange, 'A');
    ask(mx.exchange, 'AAAA');
    ask(`_25._tcp.${mx.exchange}`, 'TLSA');
  }
  for (const record of zone.records) {
    const key = nameKey(record.owner);
    if (record.type === 'TLSA') ask(record.owner, 'TLSA');
    else if (record.type === 'TXT' && (key.startsWith('_dmarc.') || key.startsWith('_mta-sts.') || key.startsWith('_smtp._tls.') || key.includes('._domainkey.'))) ask(record.owner, 'TXT');
  }
  return list;
}

function inside(key: string, originKey: string): boolean {
  return originKey === '.' || key === originKey || key.endsWith('.' + originKey);
}

/** What the repository says for one question: the records, or undefined when it cannot say (delegated, DNAME). */
function expected(zones: ZoneSet, zone: Zone, question: Question): ZoneRecord[] | undefined {
  const resolution = resolveName(zones, question.name, zone);
  if (resolution.kind === 'missing') return [];
  if (resolution.kind !== 'found' || resolution.zone !== zone) return undefined;
  if (resolution.cname && question.type !== 'CNAME') return [resolution.cname];
  return resolution.records.filter((r) => r.type === question.type);
}

/** The records of an answer that answer the question itself (the CNAME at the name counts). */
function answered(answer: LiveAnswer, question: Question): LiveRecord[] {
  const key = nameKey(question.name.endsWith('.') ? question.name : question.name + '.');
  return answer.answers.filter((r) => nameKey(r.name + '.') === key && (r.type === question.type || r.type === 'CNAME'));
}

export interface DriftInput {
  zone: Zone;
  zones: ZoneSet;
  servers: Server[];
  client: DnsClient;
  /** The servers are resolvers (--nameserver): ask with recursion desired, expect no referrals. */
  recursive: boolean;
}

export async function checkDrift({ zone, zones, servers, client, recursive }: DriftInput): Promise<Diagnostic[]> {
  const findings: Diagnostic[] = [];
  const questions = questionsFor(zone);
  const failures = new Map<Server, { count: number; detail: string }>();
  const asked = await Promise.all(questions.map(async (question) => ({ question, answers: await Promise.all(servers.map((s) => client.query(s, question.name, question.type, recursive))) })));
  for (const { question, answers } of asked) {
    const records = expected(zones, zone, question);
    if (!records) continue;
    const usable: { server: Server; values: Map<string, Value>; serial?: number }[] = [];
    for (const answer of answers) {
      if (answer.rcode !== 'NOERROR' && answer.rcode !== 'NXDOMAIN') {
        const failure = failures.get(answer.server) ?? { count: 0, detail: answer.detail ?? answer.rcode };
        failure.count++;
        failures.set(answer.server, failure);
        continue;
      }
      // A referral (not authoritative, nothing answered) says the name lies in a child zone: not ours to compare.
      if (!recursive && answer.rcode === 'NOERROR' && !answer.authoritative && answer.answers.length === 0) continue;
      const live = answered(answer, question);
      usable.push({ server: answer.server, values: new Map(live.map((r) => [liveValue(r).key, liveValue(r)])), serial: question.type === 'SOA' ? soaSerial(live[0]?.data) : undefined });
    }
    if (!usable.length) continue;
    const anchor = records[0]?.rdataSpan ?? zoneAnchor(zone);
    const groups = groupBySet(usable);
    if (groups.length > 1) {
      const told = groups.map((g) => {
        const what = g.values.size ? [...g.values.values()].map((v) => `${question.type} ${v.shown}`).join(', ') : 'none';
        return `${g.servers.map((s) => s.label).join(', ')} ${g.servers.length === 1 ? 'serves' : 'serve'} ${what}`;
      });
      findings.push(finding('live-servers-disagree', anchor, `The name servers disagree about ${question.type} at ${question.name}: ${told.join('; ')}`, `${nameKey(question.name)}|${question.type}`));
    }
    for (const group of groups) {
      const where = groups.length > 1 ? ` (${group.servers.map((s) => s.label).join(', ')})` : '';
      // Only the serial of the SOA is the repository's to compare: a provider serves its own name
      // servers and timers, and rewrites the serial of an export.
      if (question.type !== 'SOA') compare(findings, zone, question, records, group.values, where);
      else if (zone.format === 'bind') compareSerial(findings, records, group.serial, where);
    }
  }
  for (const [server, failure] of failures) {
    findings.push(
      finding(
        'live-dns-failure',
        serverAnchor(zone, server) ?? zoneAnchor(zone),
        `${server.label} gave no usable answer to ${failure.count} of ${questions.length} questions about ${zone.origin}: ${failure.detail}.`,
        `${nameKey(zone.origin)}|${server.label}`,
      ),
    );
  }
  return findings;
}

function groupBySet(usable: { server: Server; values: Map<string, Value>; serial?: number }[]): { servers: Server[]; values: Map<string, Value>; serial?: number }[] {
  const groups = new Map<string, { servers: Server[]; values: Map<string, Value>; serial?: number }>();
  for (const u of usable) {
    const signature = [...u.values.keys()].sort().join('\n') + `\n${u.serial ?? ''}`;
    const group = groups.get(signature);
    if (group) group.servers.push(u.server);
    else groups.set(signature, { servers: [u.server], values: u.values, serial: u.serial });
  }
  return [...groups.values()];
}

function compareSerial(findings: Diagnostic[], records: ZoneRecord[], live: number | undefined, where: string): void {
  const soa = records[0];
  const written = soa && rdataOf(soa, 'SOA')?.serial;
  if (written === undefined || live === undefined || written === live) return;
  const span = soa.fields[2]?.span ?? soa.rdataSpan;
  const how = live > written ? 'ahead of' : 'behind';
  findings.push(finding('live-soa-serial', span, `The repository's SOA serial is ${written}, the name servers${where} serve ${live} (${how} the repository): the zone served is not the zone in the repository`, `${nameKey(soa.owner)}|SOA`));
}

function compare(findings: Diagnostic[], zone: Zone, question: Question, records: ZoneRecord[], live: Map<string, Value>, where: string): void {
  const missing: { record: ZoneRecord; value: Value }[] = [];
  for (const record of records) {
    const value = recordValue(record);
    if (value && !live.has(value.key)) missing.push({ record, value });
  }
  const written = new Set(records.map((r) => recordValue(r)?.key));
  const extra = [...live.values()].filter((v) => !written.has(v.key));
  const id = `${nameKey(question.name)}|${question.type}`;
  const servers = `the name servers${where}`;
  const pairs = Math.min(missing.length, extra.length);
  for (let i = 0; i < pairs; i++) {
    const { record, value } = missing[i];
    findings.push(finding('live-drift', record.rdataSpan, `The repository says ${record.type} ${value.shown} at ${question.name}, ${servers} serve ${question.type} ${extra[i].shown}`, `${id}|${value.key}`));
  }
  for (const { record, value } of missing.slice(pairs)) {
    findings.push(finding('live-drift', record.rdataSpan, `The repository says ${record.type} ${value.shown} at ${question.name}, ${servers} do not serve it${live.size ? '' : ` (no ${question.type} there at all)`}`, `${id}|${value.key}`));
  }
  const anchor: Span = records[0]?.rdataSpan ?? zoneAnchor(zone);
  for (const value of extra.slice(pairs)) {
    findings.push(finding('live-drift', anchor, `${capital(servers)} serve ${question.type} ${value.shown} at ${question.name}, which the repository does not have`, `${id}|+${value.key}`));
  }
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The apex NS record that names the server, when the servers came from the zone's NS. */
function serverAnchor(zone: Zone, server: Server): Span | undefined {
  const originKey = nameKey(zone.origin);
  for (const record of zone.records) {
    if (record.type !== 'NS' || nameKey(record.owner) !== originKey) continue;
    const target = rdataOf(record, 'NS')?.target;
    if (target && server.label.toLowerCase().startsWith(nameKey(target))) return record.rdataSpan;
  }
  return undefined;
}
