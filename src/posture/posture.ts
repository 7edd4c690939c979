/**
 * The mail posture of a domain: what a receiving or sending server learns about the domain's mail
 * from the zones of one run. It is a view of the engine's facts (MX entries and their
 * resolution, the SPF analysis through in-run includes, DMARC discovery, the parsed DKIM,
 * MTA-STS, TLS-RPT, BIMI and TLSA records), never a second reading of the records.
 *
 * `MailPosture` is plain data (JSON as it stands, what `mxlint diff --format json` prints);
 * `DomainPosture` adds the head records each part comes from, so change rules can point at them.
 */
import { createRequire } from 'node:module';
import type { ZoneRecord } from '../model/record.ts';
import type { Zone } from '../model/zone.ts';
import type { ZoneSet } from '../model/zoneset.ts';
import type { SpfMechanism, SpfModifier } from '../mail/spf.ts';
import { mxByOwner, resolvedAddresses } from '../engine/mx.ts';
import { type Analysis, type LookupPart, type SpfEntry, analyze, partsOf, flowOf, spfEntriesOf, spfRecords, targetOf, textOf } from '../engine/spf.ts';
import { type BimiEntry, type DmarcEntry, bimiEntries, discoverPolicy, policyRecords } from '../engine/dmarc.ts';
import { zoneFact } from '../engine/facts.ts';
import { rdataOf, recordsOfType } from '../engine/records.ts';
import { nameKey } from '../zone/names.ts';
import { type DkimKeyTxt, type StsTxt, type TlsRptTxt, bare, daneCoverage, dkimKeys, dropLabels, firstLabels, labelIndex, mailNameRole, mtaStsRecords, tlsRptRecords } from '../engine/mail-records.ts';

export interface Exchanger {
  name: string;
  preference: number;
  ttl: number;
  /** Addresses it resolves to in the run (through CNAMEs), with their TTLs; empty when outside the run. */
  addresses: { address: string; ttl: number }[];
  /** DANE: TLSA records found for it (`usage selector type hash…`), none, or not knowable offline. */
  dane: { state: 'yes'; tlsa: string[] } | { state: 'no' } | { state: 'unknown' };
}

export type Inbound =
  | { kind: 'mx'; ttl: number; exchangers: Exchanger[] }
  | { kind: 'null-mx' }
  /** No MX but addresses: senders deliver to the domain's own A/AAAA (RFC 5321 §5.1). */
  | { kind: 'implicit'; addresses: string[] }
  | { kind: 'none' };

/** One mechanism of the effective authorised set, flattened through includes defined in the run. */
export interface Sender {
  /** `ip4:192.0.2.0/24`, `include:_spf.vendor.example` (an include outside the run), `-all`…; qualifier shown when not `+`. */
  term: string;
  /** The in-run include chain that brought it in (`_spf.example.com`), empty for the record's own terms. */
  via: string[];
  /** For an include outside the run or a top-level include: the lookups it costs (at least, when outside). */
  lookups?: number;
}

export interface Senders {
  ttl: number;
  /** The record as written. */
  record: string;
  authorised: Sender[];
  /** The final `all` with its qualifier (`+all` written out), through redirects; `none` when the record has none (neutral). */
  all: string;
  lookups: number;
  /** Some include is outside the run: the true count may be higher. */
  lookupsAtLeast: boolean;
}

export interface Dmarc {
  /** The domain whose `_dmarc` record applies: the domain itself or its organizational domain. */
  from: string;
  inherited: boolean;
  ttl: number;
  p?: string;
  sp?: string;
  np?: string;
  adkim: string;
  aspf: string;
  t?: string;
  rua: string[];
  ruf: string[];
}

export interface DkimSelector {
  selector: string;
  /** The key's type, or `CNAME` for a selector delegated to the sending service (`delegatedTo`). */
  keyType: string;
  bits?: number;
  /** First 12 hex digits of the SHA-256 of the key (of the CNAME's target), or `revoked` for an empty `p=`. */
  fingerprint: string;
  /** A selector the domain points at its sending service's key with a CNAME (Microsoft 365, Amazon SES): the target. */
  delegatedTo?: string;
}

export interface MailPosture {
  domain: string;
  inbound: Inbound;
  senders?: Senders;
  /** SPF is broken where a receiver looks (several records): the posture cannot name a sender set. */
  sendersProblem?: string;
  dmarc?: Dmarc;
  dkim: DkimSelector[];
  mtaSts?: { id?: string; ttl: number };
  tlsRpt?: { rua: string[] };
  bimi: { selector: string; logo?: string; evidence?: string }[];
}

/** The head records each part of a posture comes from (for change rules' locations). */
export interface PostureRecords {
  mx: ZoneRecord[];
  /** Exchanger name key → its (first) MX record. */
  exchangers: Map<string, ZoneRecord>;
  spf?: SpfEntry;
  dmarc?: DmarcEntry;
  mtaSts?: StsTxt;
  /** Selector → its key record (TXT) or the CNAME that delegates it. */
  dkim: Map<string, { record: ZoneRecord }>;
  /** Authorised term (as in `Sender.term`) → the SPF record that holds it (an included policy's for a flattened term). */
  senders: Map<string, ZoneRecord>;
  /** Exchanger name key → its A/AAAA records in the run. */
  addresses: Map<string, ZoneRecord[]>;
}

export interface DomainPosture {
  key: string;
  zone: Zone;
  posture: MailPosture;
  records: PostureRecords;
}

/** The policy records of a zone grouped by the domain they speak for (one pass per zone, not per domain). */
interface DomainRecords {
  dkim: DkimKeyTxt[];
  /** `<selector>._domainkey` CNAMEs: keys kept by the service that signs (Microsoft 365, SES, SendGrid). */
  delegatedDkim: { selector: string; record: ZoneRecord; target: string }[];
  mtaSts?: StsTxt;
  tlsRpt?: TlsRptTxt;
  bimi: BimiEntry[];
}

const indexOf = zoneFact('mail domains and their policy records', (zone: Zone): { domains: string[]; records: Map<string, DomainRecords> } => {
  {
    const records = new Map<string, DomainRecords>();
    const at = (key: string): DomainRecords => {
      let found = records.get(key);
      if (!found) records.set(key, (found = { dkim: [], delegatedDkim: [], bimi: [] }));
      return found;
    };
    for (const entry of dkimKeys(zone)) at(entry.domainKey).dkim.push(entry);
    // Split as a key record's owner is (DkimKeyTxt): the selector as written, the domain's key.
    for (const record of recordsOfType(zone, 'CNAME')) {
      const labels = labelIndex(nameKey(record.owner), '_domainkey');
      const target = labels > 0 ? rdataOf(record, 'CNAME')?.target : undefined;
      if (target !== undefined) at(nameKey(dropLabels(record.owner, labels + 1))).delegatedDkim.push({ selector: firstLabels(record.owner, labels), record, target });
    }
    for (const entry of mtaStsRecords(zone)) if (entry.indicator) at(entry.domainKey).mtaSts ??= entry;
    for (const entry of tlsRptRecords(zone)) if (entry.indicator) at(entry.domainKey).tlsRpt ??= entry;
    for (const entry of bimiEntries(zone)) if (entry.valid) at(entry.domainKey).bimi.push(entry);
    const keys = new Set<string>(records.keys());
    for (const key of mxByOwner(zone).keys()) keys.add(key);
    for (const { ownerKey } of spfRecords(zone)) if (!keys.has(ownerKey) && mailNameRole(ownerKey) !== 'service') keys.add(ownerKey);
    for (const entry of policyRecords(zone)) keys.add(entry.domainKey);
    return { domains: sortNames([...keys].filter((key) => mailNameRole(key) === 'domain')), records };
  }
});

/**
 * The mail domains of a zone, as name keys in DNS order: owners of MX or SPF records (not
 * service names or wildcards), and the domains DMARC, DKIM, MTA-STS, TLS-RPT and BIMI records
 * speak for.
 */
export function mailDomains(zone: Zone): readonly string[] {
  return indexOf(zone).domains;
}

const domainSet = zoneFact('mail domain set', (zone: Zone) => new Set(mailDomains(zone)));

export function isMailDomainOf(zone: Zone, key: string): boolean {
  return domainSet(zone).has(key);
}

/** Name keys in DNS order: parents before children, siblings alphabetically. */
export function sortNames(keys: Iterable<string>): string[] {
  // One reversed form per name, not one per comparison.
  const reversed = [...keys].map((key) => ({ key, order: key.split('.').reverse().join('.') }));
  reversed.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
  return reversed.map((r) => r.key);
}

/** The posture of every mail domain of the run; a domain held by two files (views) is taken from the first. */
export function postureSet(zones: ZoneSet): Map<string, DomainPosture> {
  const out = new Map<string, DomainPosture>();
  for (const zone of zones.zones) {
    for (const key of mailDomains(zone)) if (!out.has(key)) out.set(key, postureOf(zones, zone, key));
  }
  return new Map(sortNames(out.keys()).map((key) => [key, out.get(key)!]));
}

/** The posture of mail domain `key` (a name key) of `zone`, judged through the zones of the run. */
export function postureOf(zones: ZoneSet, zone: Zone, key: string): DomainPosture {
  const records: PostureRecords = { mx: [], exchangers: new Map(), dkim: new Map(), senders: new Map(), addresses: new Map() };
  const at = zones.recordsAt(zone, key);
  const domain = at[0]?.owner ?? key;
  const posture: MailPosture = {
    domain: bare(domain),
    inbound: inbound(zones, zone, key, at, records),
    dkim: [],
    bimi: [],
  };
  senders(zones, zone, key, posture, records);
  dmarc(zones, zone, key, posture, records);
  const own = indexOf(zone).records.get(key);
  for (const entry of own?.dkim ?? []) {
    if (records.dkim.has(entry.selector)) continue;
    records.dkim.set(entry.selector, entry);
    const k = entry.summary;
    const pk = k.keyStart < 0 || k.revoked ? undefined : entry.details().publicKey;
    posture.dkim.push({
      selector: entry.selector,
      keyType: k.algorithm && k.algorithm !== 'unknown' ? k.algorithm : k.keyType,
      ...(k.rsaModulusBits ? { bits: k.rsaModulusBits } : {}),
      fingerprint: pk ? sha256(pk.bytes ?? pk.base64).slice(0, 12) : 'revoked',
    });
  }
  for (const { selector, record, target } of own?.delegatedDkim ?? []) {
    if (records.dkim.has(selector)) continue;
    records.dkim.set(selector, { record });
    posture.dkim.push({ selector, keyType: 'CNAME', fingerprint: sha256(`CNAME ${nameKey(target)}`).slice(0, 12), delegatedTo: bare(target) });
  }
  posture.dkim.sort((a, b) => (a.selector < b.selector ? -1 : a.selector > b.selector ? 1 : 0));
  const sts = own?.mtaSts;
  if (sts) {
    records.mtaSts = sts;
    posture.mtaSts = { ...(sts.parsed.id ? { id: sts.parsed.id.text } : {}), ttl: sts.record.ttl };
  }
  const rpt = own?.tlsRpt;
  if (rpt) posture.tlsRpt = { rua: (rpt.parsed.rua ?? []).map((u) => u.text) };
  for (const entry of own?.bimi ?? []) {
    const { location, evidence } = entry.bimi;
    posture.bimi.push({ selector: entry.selector, ...(location ? { logo: location.text } : {}), ...(evidence ? { evidence: evidence.text } : {}) });
  }
  return { key, zone, posture, records };
}

function inbound(zones: ZoneSet, zone: Zone, key: string, at: readonly ZoneRecord[], records: PostureRecords): Inbound {
  const mx = mxByOwner(zone).get(key) ?? [];
  if (mx.length === 0) {
    const addresses = at.filter((r) => r.type === 'A' || r.type === 'AAAA');
    return addresses.length ? { kind: 'implicit', addresses: addresses.map((r) => r.fields.map((f) => f.text).join(' ')) } : { kind: 'none' };
  }
  records.mx = mx.map((m) => m.record);
  if (mx.some((m) => m.isNull)) return { kind: 'null-mx' };
  const seen = new Set<string>();
  const exchangers: Exchanger[] = [];
  for (const m of [...mx].sort((a, b) => a.preference - b.preference || (a.exchangeKey < b.exchangeKey ? -1 : 1))) {
    if (seen.has(m.exchangeKey)) continue;
    seen.add(m.exchangeKey);
    records.exchangers.set(m.exchangeKey, m.record);
    const resolved = resolvedAddresses(zones, m.exchange, zone);
    records.addresses.set(m.exchangeKey, resolved.map((r) => r.record));
    const coverage = daneCoverage(zones, zone, m.exchange);
    exchangers.push({
      name: bare(m.exchange),
      preference: m.preference,
      ttl: m.record.ttl,
      addresses: resolved.map((r) => ({ address: r.text, ttl: r.record.ttl })),
      dane: coverage.state === 'yes' ? { state: 'yes', tlsa: coverage.tlsa.map(tlsaText) } : coverage,
    });
  }
  return { kind: 'mx', ttl: Math.max(...mx.map((m) => m.record.ttl)), exchangers };
}

function tlsaText(record: ZoneRecord): string {
  const fields = record.fields.map((f) => f.text);
  const data = fields.slice(3).join('').toLowerCase();
  return `${fields.slice(0, 3).join(' ')} ${data.length > 16 ? data.slice(0, 16) + '…' : data}`;
}

function senders(zones: ZoneSet, zone: Zone, key: string, posture: MailPosture, records: PostureRecords): void {
  const entries = spfEntriesOf(zones.index(zone).get(key) ?? []);
  if (!entries.length) return;
  const distinct = new Set(entries.map((e) => e.view.text));
  if (distinct.size > 1) {
    posture.sendersProblem = `${distinct.size} SPF records (receivers return permerror)`;
    return;
  }
  const entry = entries[0];
  records.spf = entry;
  const analysis = analyze(zones, zone, entry);
  const authorised: Sender[] = [];
  const all = flatten((a) => partsOf(zones, zone, a), analysis, [], authorised, records.senders, true);
  posture.senders = {
    ttl: entry.record.ttl,
    record: entry.view.text,
    authorised,
    all: all ?? 'none',
    lookups: analysis.lookups,
    lookupsAtLeast: analysis.atLeast,
  };
}

/**
 * Adds the mechanisms a policy authorises to `out`, descending into includes and redirects the
 * run defines; returns the final `all` as written (a redirect's when the record has none).
 */
function flatten(
  partsOfAnalysis: (analysis: Analysis) => readonly LookupPart[],
  analysis: Analysis,
  via: string[],
  out: Sender[],
  where: Map<string, ZoneRecord>,
  top: boolean,
): string | undefined {
  const { entry, domain } = analysis;
  const flow = flowOf(entry.spf);
  const parts = new Map<SpfMechanism | SpfModifier, LookupPart>(partsOfAnalysis(analysis).map((p) => [p.term, p]));
  for (const term of flow.reached) {
    if (term.kind === 'all') continue;
    const part = parts.get(term);
    if (term.kind === 'include' && part?.nested) {
      // An include passes only on the included policy's pass: its own `all` is not ours.
      flatten(partsOfAnalysis, part.nested, [...via, bare(part.nested.domain)], out, where, false);
      continue;
    }
    const text = termText(entry, term, domain);
    out.push({ term: text, via, ...(part && (top || term.kind === 'include') ? { lookups: part.count } : {}) });
    if (!where.has(text)) where.set(text, entry.record);
  }
  if (flow.all) return `${flow.all.qualifier}all`;
  if (flow.redirect) {
    const part = parts.get(flow.redirect);
    if (part?.nested) return flatten(partsOfAnalysis, part.nested, [...via, bare(part.nested.domain)], out, where, false);
    out.push({ term: `redirect=${flow.redirect.value(entry.spf.text).text}`, via, ...(part ? { lookups: part.count } : {}) });
  }
  return undefined;
}

function termText(entry: SpfEntry, term: SpfMechanism, domain: string): string {
  // `a` and `mx` without a name mean the evaluated domain: say which one.
  const target = term.specStart < 0 && (term.kind === 'a' || term.kind === 'mx') ? targetOf(entry, domain, term) : undefined;
  const written = target ? `${term.kind}:${bare(target)}${term.argument(entry.spf.text)?.text ?? ''}` : textOf(entry, term).replace(/^[+?~-]/, '');
  return qualified(term.qualifier, written.toLowerCase());
}

function qualified(qualifier: string, text: string): string {
  return qualifier === '+' ? text : qualifier + text;
}

function dmarc(zones: ZoneSet, zone: Zone, key: string, posture: MailPosture, records: PostureRecords): void {
  const found = discoverPolicy(zones, key, zone);
  if (found.kind !== 'found' || found.entries.length !== 1) return;
  const entry = found.entries[0];
  if (found.self) records.dmarc = entry;
  const d = entry.dmarc;
  posture.dmarc = {
    from: bare(entry.domain),
    inherited: !found.self,
    ttl: entry.record.ttl,
    ...(d.p ? { p: d.p.value } : {}),
    ...(d.sp ? { sp: d.sp.value } : {}),
    ...(d.np ? { np: d.np.value } : {}),
    adkim: d.adkim?.value ?? 'r',
    aspf: d.aspf?.value ?? 'r',
    ...(d.t ? { t: d.t.value } : {}),
    rua: (d.rua ?? []).map((u) => u.uri.text),
    ruf: (d.ruf ?? []).map((u) => u.uri.text),
  };
}

/** Hex SHA-256; node:crypto is loaded on the first key (rules load this module on every run). */
function sha256(data: string | Uint8Array): string {
  const { createHash } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return createHash('sha256').update(data).digest('hex');
}
