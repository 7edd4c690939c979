/**
 * What the DKIM, MTA-STS, TLS-RPT and DANE rules share: the policy TXT records of a zone found
 * by name and parsed once (DKIM keys at `<selector>._domainkey.<domain>`, MTA-STS at
 * `_mta-sts.<domain>`, TLS-RPT at `_smtp._tls.<domain>`), its TLSA records, whether an
 * exchanger is covered by DANE, and the reporting the syntax and "multiple records" rules have
 * in common. Pure: no files, no output.
 */
import { byRoutingSet, type ZoneRecord } from '../model/record.ts';
import type { Span } from '../model/span.ts';
import type { Severity } from '../model/diagnostic.ts';
import type { Zone } from '../model/zone.ts';
import type { ZoneSet } from '../model/zoneset.ts';
import { nameKey } from '../zone/names.ts';
import {
  type DkimKeyRecord,
  type DkimKeySummary,
  type MailProblem,
  type MtaStsRecord,
  type RawTag,
  type TlsRptRecord,
  isMtaStsRecord,
  isTlsRptRecord,
  parseDkimKey,
  parseMtaSts,
  parseTlsRpt,
  quote,
  sharedParse,
  summarizeDkimKey,
} from '../mail/index.ts';
import { chase, type Resolution } from './resolver.ts';
import { rdataOf, recordsOfType, textSpan, txtOf, type TxtView } from './records.ts';
import type { Report } from './rule.ts';
import { byOwner, nameFact, runFact, zoneFact } from './facts.ts';

const mtaStsOfText = sharedParse(parseMtaSts);
const tlsRptOfText = sharedParse(parseTlsRpt);

// ───────────────────────────── names ─────────────────────────────

/** The first `count` labels of a presentation-form name, as written: up to its `count`th unescaped dot. */
export function firstLabels(name: string, count: number): string {
  for (let i = 0, dots = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 92 /* \ */) i++;
    else if (c === 46 /* . */ && ++dots === count) return name.slice(0, i);
  }
  return name;
}

/** `name` without its first `count` labels, as written (`.` when none are left). */
export function dropLabels(name: string, count: number): string {
  let at = 0;
  for (let i = 0; i < count; i++) {
    for (; at < name.length && name[at] !== '.'; at++) if (name[at] === '\\') at++;
    at++;
  }
  return at >= name.length ? '.' : name.slice(at);
}

/**
 * What a name can be for mail, the one decision every rule and the posture use:
 * - `service`: a label starts with `_` (`_dmarc`, `_spf`, `<sel>._domainkey`, SRV owners): RFC 5321
 *   domains are letters, digits and hyphens, so it is never a MAIL FROM, HELO or recipient domain,
 *   only a place records are looked up (an include: target, a policy);
 * - `wildcard`: `*.<name>`: it answers for names that do not exist (an SPF record there covers them),
 *   but is no domain of its own (DMARC discovery never asks for it);
 * - `domain`: any other name.
 */
export function mailNameRole(key: string): 'service' | 'wildcard' | 'domain' {
  if (key.charCodeAt(0) === 95 /* _ */ || key.includes('._')) return 'service';
  return key.charCodeAt(0) === 42 /* * */ ? 'wildcard' : 'domain';
}

/** A domain for a message or a mailto: no final dot. */
export function bare(name: string): string {
  return name.length > 1 && name.endsWith('.') ? name.slice(0, -1) : name;
}

// ───────────────────────────── policy TXT records ─────────────────────────────

/**
 * An MTA-STS or TLS-RPT record: its text, what the grammar made of it (shared by the records with
 * the same text), and the domain it speaks for, made when asked.
 */
export class PolicyTxt<T extends { problems: MailProblem[] }> {
  constructor(
    readonly record: ZoneRecord,
    readonly view: TxtView,
    readonly parsed: T,
    readonly ownerKey: string,
    /** Begins with its version tag: senders consider it (RFC 8461 §3.1 and RFC 8460 §3 discard the others). */
    readonly indicator: boolean,
    /** How many labels name the service (`_mta-sts` is one, `_smtp._tls` two). */
    private readonly serviceLabels: number,
  ) {}

  /** The domain the record is for: the owner without its `_mta-sts` or `_smtp._tls` labels. */
  get domain(): string {
    return dropLabels(this.record.owner, this.serviceLabels);
  }

  get domainKey(): string {
    return nameKey(this.domain);
  }
}

/**
 * A DKIM key record of a zone, as the rules read it on every run: the record, its text view and
 * the key's summary. Selector, domain and the full parse are made when a finding asks.
 */
export class DkimKeyTxt {
  constructor(
    readonly record: ZoneRecord,
    readonly view: TxtView,
    readonly summary: DkimKeySummary,
    readonly ownerKey: string,
    /** How many labels the selector has (`s1.eu` has two). */
    private readonly selectorLabels: number,
  ) {}

  /** The selector as written (`google`, `s1.eu`). */
  get selector(): string {
    return firstLabels(this.record.owner, this.selectorLabels);
  }

  /** The domain the key is for: the owner without its `<selector>._domainkey` labels. */
  get domain(): string {
    return dropLabels(this.record.owner, this.selectorLabels + 1);
  }

  get domainKey(): string {
    return nameKey(this.domain);
  }

  /** The full parse (tags, spans, problems with their messages, the key's octets), made anew on each call: for findings, not loops. */
  details(): DkimKeyRecord {
    return parseDkimKey(this.view.text);
  }
}

export type StsTxt = PolicyTxt<MtaStsRecord>;
export type TlsRptTxt = PolicyTxt<TlsRptRecord>;

/** One TLSA record with typed rdata. */
export interface TlsaEntry {
  record: ZoneRecord;
  ownerKey: string;
  usage: number;
  selector: number;
  matchingType: number;
  data: Uint8Array;
  /** At `_25._tcp.<host>`: DANE for SMTP (RFC 7672). */
  smtp: boolean;
}

interface MailFacts {
  dkim: DkimKeyTxt[];
  mtaSts: StsTxt[];
  tlsRpt: TlsRptTxt[];
}

/** A DKIM key record holds `v=DKIM1` or a `p=` tag (other TXT under `_domainkey` is not one). */
const DKIM_LIKE = /(?:^|;)[ \t\r\n]*(?:v[ \t\r\n]*=[ \t\r\n]*DKIM1\b|p[ \t\r\n]*=)/;

/**
 * Which label of a name key is the first one equal to `label` (0 for the first), or -1: what
 * `key.split('.').indexOf(label)` says, without the array (name keys hold no escaped dot).
 */
export function labelIndex(key: string, label: string): number {
  for (let at = key.indexOf(label); at >= 0; at = key.indexOf(label, at + 1)) {
    const after = at + label.length;
    if ((at > 0 && key.charCodeAt(at - 1) !== 46) /* . */ || (after < key.length && key.charCodeAt(after) !== 46)) continue;
    let labels = 0;
    for (let i = key.indexOf('.'); i >= 0 && i < at; i = key.indexOf('.', i + 1)) labels++;
    return labels;
  }
  return -1;
}

/** The policy TXT records of a zone by kind, each parsed once, in one walk over the zone. */
const mailFacts = zoneFact('policy TXT records', (zone: Zone): MailFacts => {
  const facts: MailFacts = { dkim: [], mtaSts: [], tlsRpt: [] };
  for (const record of recordsOfType(zone, 'TXT')) {
    const ownerKey = nameKey(record.owner);
    if (ownerKey.charCodeAt(0) !== 95 /* _ */ && !ownerKey.includes('._domainkey.')) continue;
    if (ownerKey.startsWith('_mta-sts.')) {
      const view = txtOf(record);
      if (!view) continue;
      const text = view.text;
      facts.mtaSts.push(new PolicyTxt(record, view, mtaStsOfText(text), ownerKey, isMtaStsRecord(text), 1));
    } else if (ownerKey.startsWith('_smtp._tls.')) {
      const view = txtOf(record);
      if (!view) continue;
      const text = view.text;
      facts.tlsRpt.push(new PolicyTxt(record, view, tlsRptOfText(text), ownerKey, isTlsRptRecord(text), 2));
    } else {
      // The selector is at least one label: `_domainkey.<domain>` itself held DomainKeys' old policy record.
      const at = labelIndex(ownerKey, '_domainkey');
      if (at < 1) continue;
      const view = txtOf(record);
      if (!view) continue;
      const text = view.text;
      if (DKIM_LIKE.test(text)) facts.dkim.push(new DkimKeyTxt(record, view, summarizeDkimKey(text), ownerKey, at));
    }
  }
  return facts;
});

/** The DKIM key records of a zone (TXT under `<selector>._domainkey.` holding `v=DKIM1` or `p=`), parsed once. */
export function dkimKeys(zone: Zone): readonly DkimKeyTxt[] {
  return mailFacts(zone).dkim;
}

/** Every TXT record at a `_mta-sts.<domain>` name of the zone, parsed once. */
export function mtaStsRecords(zone: Zone): readonly StsTxt[] {
  return mailFacts(zone).mtaSts;
}

/** Every TXT record at a `_smtp._tls.<domain>` name of the zone, parsed once. */
export function tlsRptRecords(zone: Zone): readonly TlsRptTxt[] {
  return mailFacts(zone).tlsRpt;
}

/** The TLSA records of the zone whose rdata could be typed. */
export const tlsaRecords = zoneFact('TLSA records', (zone: Zone): readonly TlsaEntry[] => {
  const list: TlsaEntry[] = [];
  for (const record of recordsOfType(zone, 'TLSA')) {
    const entry = tlsaEntry(record);
    if (entry) list.push(entry);
  }
  return list;
});

/** The first (non-duplicate) tag of a parsed record with this key. */
export function tagOf(tags: readonly RawTag[], key: string): RawTag | undefined {
  return tags.find((t) => t.key === key && !t.duplicate);
}

/** Groups entries by owner, keeping those of `keep`, in file order; only owners with two or more. */
export function crowdedOwners<E extends { ownerKey: string; record: ZoneRecord }>(entries: readonly E[], keep: (e: E) => boolean): E[][] {
  return [...byOwner(entries.filter(keep)).values()].flatMap((g) => byRoutingSet(g, (e) => e.record)).filter((g) => g.length > 1);
}

// ───────────────────────────── shared reporting ─────────────────────────────

type Reporter = { report(report: Report): void };

/**
 * Reports the grammar's problems of a policy record at their place in the file (across quoted
 * strings and lines), under message id `problem` (`{{message}}`). `skip` leaves codes to other
 * rules; `lowered` gives codes a lower severity.
 */
export function reportProblems(
  context: Reporter,
  entry: { view: TxtView; ownerKey: string },
  problems: readonly MailProblem[],
  family: string,
  skip: ReadonlySet<string> = new Set(),
  lowered: ReadonlyMap<string, Severity> = new Map(),
): void {
  for (const problem of problems) {
    if (skip.has(problem.code)) continue;
    const text = entry.view.text.slice(problem.start, problem.end);
    context.report({
      messageId: 'problem',
      data: { message: problem.message, code: problem.code },
      span: textSpan(entry, problem),
      fingerprint: `${entry.ownerKey}|TXT|${family}|${problem.code}|${quote(text, 32)}`,
      severity: lowered.get(problem.code),
    });
  }
}

/** Problems that make senders discard an MTA-STS or TLS-RPT record before reading it. */
const VERSION_PROBLEMS = new Set(['missing-version', 'invalid-version', 'leading-space']);

/**
 * Reports the problems of an MTA-STS or TLS-RPT record. Senders discard a record that does not
 * start with its version tag without reading further, so for such a record only the version
 * problem is reported (an empty TXT record is one finding, not three).
 */
export function reportVersionedProblems(context: Reporter, entry: PolicyTxt<{ problems: MailProblem[] }>, family: string): void {
  const problems = entry.parsed.problems;
  const discarded = !entry.indicator && problems.some((p) => VERSION_PROBLEMS.has(p.code));
  const others = discarded ? new Set(problems.filter((p) => !VERSION_PROBLEMS.has(p.code)).map((p) => p.code)) : undefined;
  reportProblems(context, entry, problems, family, others);
}

/**
 * Reports each record after the first of an owner that holds several records senders consider
 * (message id `multiple`, data `owner`, `count`, `kind`), pointing back at the others.
 */
export function reportMultiple<E extends PolicyTxt<{ problems: MailProblem[] }>>(
  context: Reporter,
  entries: readonly E[],
  family: string,
  kind: string,
): void {
  for (const group of crowdedOwners(entries, (e) => e.indicator)) {
    for (const extra of group.slice(1)) {
      context.report({
        messageId: 'multiple',
        data: { owner: extra.record.owner, count: group.length, kind },
        span: extra.view.span(0, extra.view.length),
        related: group
          .filter((e) => e !== extra)
          .map((e) => ({ span: e.view.span(0, e.view.length), message: `another ${kind} record of \`${e.record.owner}\` is here` })),
        fingerprint: `${extra.ownerKey}|TXT|${family}|multiple|${quote(extra.view.text, 64)}`,
      });
    }
  }
}

// ───────────────────────────── TLSA and DANE ─────────────────────────────

function tlsaEntry(record: ZoneRecord): TlsaEntry | undefined {
  const rdata = rdataOf(record, 'TLSA');
  if (!rdata) return undefined;
  const ownerKey = nameKey(record.owner);
  return { record, ownerKey, usage: rdata.usage, selector: rdata.selector, matchingType: rdata.matchingType, data: rdata.data, smtp: ownerKey.startsWith('_25._tcp.') };
}

/** Written in RFC 3597 generic form (`\# 35 0301…`): no field stands for one value. */
function isGeneric(entry: TlsaEntry): boolean {
  return entry.record.fields[0]?.text === '\\#';
}

/** The certificate usage field, or the whole rdata in generic form. */
export function usageSpan(entry: TlsaEntry): Span {
  return isGeneric(entry) ? entry.record.rdataSpan : entry.record.fields[0].span;
}

/** The certificate association data (one or more hex fields), or the whole rdata in generic form. */
export function dataSpan(entry: TlsaEntry): Span {
  const fields = entry.record.fields;
  if (isGeneric(entry) || fields.length < 4) return entry.record.rdataSpan;
  return { source: fields[3].span.source, start: fields[3].span.start, end: fields[fields.length - 1].span.end };
}

/** Stable identity of a TLSA record: owner, its parameters and the start of its data. */
export function tlsaFingerprint(entry: TlsaEntry, ...rest: (string | number)[]): string {
  const head = Buffer.from(entry.data.subarray(0, 8)).toString('hex');
  return [entry.ownerKey, 'TLSA', `${entry.usage} ${entry.selector} ${entry.matchingType} ${head}`, ...rest].join('|');
}

/**
 * Whether SMTP to an exchanger is DANE-protected as far as the run can tell: `yes` with the TLSA
 * records found, `no`, or `unknown` when the names lie outside the run, below a zone cut or a
 * DNAME, or a CNAME chain is broken. RFC 7672 §2.3 looks for TLSA at the exchanger and, when
 * it is an alias, at the name it expands to; `_25._tcp` names may themselves be aliases.
 */
export type DaneCoverage = { state: 'yes'; tlsa: ZoneRecord[] } | { state: 'no' } | { state: 'unknown' };

/**
 * True when a zone of the run holds a TLSA record. Coverage is `yes` only where a chain ends at
 * TLSA records of the run, so a run without any has no DANE-covered exchanger: the rules that
 * look only for covered ones skip resolving every exchanger and its `_25._tcp` name.
 */
export const tlsaInRun = runFact('TLSA records in the run', (zones: ZoneSet): boolean => zones.zones.some((z) => recordsOfType(z, 'TLSA').length > 0));

const coverage = nameFact('DANE coverage', (zones: ZoneSet, exchanger: string, zone: Zone) => computeCoverage(zones, zone, exchanger));

/** DANE coverage of an exchanger, once per run, linted zone and exchanger. */
export function daneCoverage(zones: ZoneSet, zone: Zone, exchanger: string): DaneCoverage {
  return coverage(zones, exchanger, zone);
}

function computeCoverage(zones: ZoneSet, zone: Zone, exchanger: string): DaneCoverage {
  const hosts = [exchanger];
  const expanded = chase(zones, exchanger, zone);
  if (!expanded.broken && expanded.cnames.length > 0) hosts.unshift(expanded.name);
  let unknown = false;
  for (const host of hosts) {
    const at = tlsaAt(zones, zone, `_25._tcp.${host}`);
    if (at.state === 'yes') return at;
    if (at.state === 'unknown') unknown = true;
  }
  return unknown ? { state: 'unknown' } : { state: 'no' };
}

function tlsaAt(zones: ZoneSet, zone: Zone, name: string): DaneCoverage {
  const chain = chase(zones, name, zone);
  if (chain.broken || !judged(chain.end)) return { state: 'unknown' };
  if (chain.end.kind !== 'found') return { state: 'no' };
  const tlsa = chain.end.records.filter((r) => r.type === 'TLSA');
  return tlsa.length > 0 ? { state: 'yes', tlsa } : { state: 'no' };
}

/**
 * False when the run shows that `exchanger` has no address (it does not exist, or it and the
 * end of its aliases own no A/AAAA): no mail goes there, so it cannot weaken the MX set.
 */
export function hasAddress(zones: ZoneSet, zone: Zone, exchanger: string): boolean {
  const chain = chase(zones, exchanger, zone);
  return chain.broken || !judged(chain.end) || (chain.end.kind === 'found' && chain.end.addresses.length > 0);
}

/** The run can answer for the name: it is not outside every zone, below a zone cut or a DNAME. */
export function judged(resolution: Resolution): resolution is Extract<Resolution, { kind: 'missing' | 'found' }> {
  return resolution.kind === 'missing' || resolution.kind === 'found';
}
