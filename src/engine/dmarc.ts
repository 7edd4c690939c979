/**
 * What the DMARC and BIMI rules share: the DMARC and BIMI records of a zone, parsed once (cached
 * per record and per zone), where each one stands (a policy record at `_dmarc.<domain>`, a report
 * authorization at `<domain>._report._dmarc.<destination>`, or somewhere no receiver looks), the
 * organizational domain heuristics, and policy discovery through the zones of the run (RFC 9989
 * tree walk, bounded by the organizational domain). Pure: no files, no output.
 */
import type { ZoneRecord } from '../model/record.ts';
import type { Span } from '../model/span.ts';
import type { Zone } from '../model/zone.ts';
import type { ZoneSet } from '../model/zoneset.ts';
import { type MailProblem, sharedParse } from '../mail/common.ts';
import { type BimiRecord, isBimiRecord, parseBimi } from '../mail/bimi.ts';
import { type DmarcRecord, type DmarcUri, isDmarcRecord, parseDmarc } from '../mail/dmarc.ts';
import { nameKey } from '../zone/names.ts';
import { parentKey, resolveName } from './resolver.ts';
import { dropLabels } from './mail-records.ts';
import { type TxtView, recordsOfType, textSpan, txtOf } from './records.ts';
import type { Report } from './rule.ts';
import { recordFacts, zoneFact } from './facts.ts';

// ───────────────────────────── names ─────────────────────────────

/**
 * Second-level labels under which country-code registries sell names (`example.co.uk`). Not a
 * public suffix list: a heuristic that errs towards a shorter organizational domain, which makes
 * the rules that use it judge less, never more.
 */
const CC_SECOND_LEVEL = new Set([
  'ac', 'co', 'com', 'edu', 'gen', 'go', 'gob', 'gov', 'govt', 'gv', 'ltd', 'me', 'mil', 'ne', 'net', 'nic', 'nom', 'or', 'org', 'plc', 'sch',
]);

/**
 * The organizational domain of a name (RFC 9989 §3.2.8 in spirit): the registered domain,
 * guessed as the last two labels, or three under a country code's second level (`co.uk`).
 * Returns a name key; a top-level name or the root is its own organizational domain.
 */
export function organizationalDomain(name: string): string {
  // Found by the key's last dots (keys hold no escaped dot): asked for every record, it makes no arrays.
  const key = nameKey(name);
  if (key === '.') return key;
  const last = key.length - 1;
  const d1 = key.lastIndexOf('.', last - 1);
  if (d1 < 0) return key;
  const d2 = key.lastIndexOf('.', d1 - 1);
  if (d2 < 0) return key;
  if (last - d1 - 1 !== 2 || !CC_SECOND_LEVEL.has(key.slice(d2 + 1, d1))) return key.slice(d2 + 1);
  const d3 = key.lastIndexOf('.', d2 - 1);
  return d3 < 0 ? key : key.slice(d3 + 1);
}

/** True when `key` is `ancestor` or below it (both name keys). */
function keyAtOrBelow(key: string, ancestor: string): boolean {
  return ancestor === '.' || key === ancestor || key.endsWith('.' + ancestor);
}

// ───────────────────────────── DMARC records ─────────────────────────────

/** Where a DMARC record stands, which decides whether any receiver reads it. */
export type DmarcPlace =
  /** `_dmarc.<domain>`: a policy record. */
  | 'policy'
  /** `<domain>._report._dmarc.<destination>`: a destination's consent to receive another domain's reports. */
  | 'authorization'
  /** Anywhere else: no receiver looks there. */
  | 'elsewhere';

/**
 * A DMARC record of a zone (one per record, kept as long as the zone): the parse is shared by
 * every record with the same text, and the domain's names are made when asked.
 */
export class DmarcEntry {
  constructor(
    readonly record: ZoneRecord,
    readonly view: TxtView,
    readonly dmarc: DmarcRecord,
    /** The text starts with `v=DMARC1` (RFC 9989 discovery); false for a near miss at a `_dmarc` name. */
    readonly valid: boolean,
    readonly place: DmarcPlace,
    readonly ownerKey: string,
  ) {}

  /** For a policy record: the domain it is for (name key), e.g. `example.com.` for `_dmarc.example.com.`; for an authorization, the domain whose reports it accepts. */
  get domainKey(): string {
    return domainKeyOf(this.ownerKey, this.place);
  }

  /** The domain as written (case kept), for messages. */
  get domain(): string {
    return this.place === 'policy' ? dropLabels(this.record.owner, 1) : this.record.owner;
  }
}

const dmarcOfText = sharedParse(parseDmarc);
const bimiOfText = sharedParse(parseBimi);

/** `v=DMARC1` somewhere among the tags, in any case: someone meant a DMARC record. */
const LOOKS_LIKE_DMARC = /(?:^|;)[ \t]*v[ \t]*=[ \t]*dmarc1[ \t]*(?:;|$)/i;

function placeOf(key: string): DmarcPlace {
  if (key.startsWith('_dmarc.')) return 'policy';
  return reportLabel(key) > 0 ? 'authorization' : 'elsewhere';
}

/**
 * Where `._report._dmarc.` starts in a name key when its first `_report` label, not the first
 * label, is followed by `_dmarc`; else -1. (Name keys hold no escaped dot.)
 */
function reportLabel(key: string): number {
  if (key.startsWith('_report.')) return -1;
  const at = key.indexOf('._report.');
  return at > 0 && key.startsWith('_dmarc.', at + '._report.'.length) ? at : -1;
}

/** The domain a DMARC record at owner `key` speaks for (a name key): see DmarcEntry.domainKey. */
function domainKeyOf(key: string, place: DmarcPlace): string {
  if (place === 'policy') return key.slice('_dmarc.'.length) || '.';
  if (place === 'authorization') return key.slice(0, reportLabel(key) + 1);
  return key;
}

/** The DMARC view of a TXT record, or undefined when it is not (and does not try to be) a DMARC record. */
export function dmarcEntry(record: ZoneRecord): DmarcEntry | undefined {
  const facts = recordFacts(record);
  let entry = facts.dmarc;
  if (entry === undefined) {
    entry = null;
    const view = record.type === 'TXT' ? txtOf(record) : undefined;
    const text = view?.text;
    if (view && text !== undefined) {
      const valid = isDmarcRecord(text);
      const ownerKey = nameKey(record.owner);
      const place = placeOf(ownerKey);
      // A near miss (`V=dmarc1`, v= not first) only counts where a receiver would look: the text
      // of every other TXT record (SPF, keys) is not searched for one.
      if (valid || (place !== 'elsewhere' && LOOKS_LIKE_DMARC.test(text))) entry = new DmarcEntry(record, view, dmarcOfText(text), valid, place, ownerKey);
    }
    facts.dmarc = entry;
  }
  return entry ?? undefined;
}

/** Every DMARC record (and near miss at a `_dmarc` name) of a zone, in file order; derived once per zone. */
export const dmarcEntries = zoneFact('DMARC records', (zone: Zone): DmarcEntry[] => {
  const list: DmarcEntry[] = [];
  for (const record of recordsOfType(zone, 'TXT')) {
    const entry = dmarcEntry(record);
    if (entry) list.push(entry);
  }
  return list;
});

const policiesOf = zoneFact('DMARC policies', (zone: Zone): { list: DmarcEntry[]; domains: Set<string> } => {
  const list = dmarcEntries(zone).filter((e) => e.valid && e.place === 'policy');
  return { list, domains: new Set(list.map((e) => e.domainKey)) };
});

/** Valid policy records of a zone, those that receivers read. */
export function policyRecords(zone: Zone): DmarcEntry[] {
  return policiesOf(zone).list;
}

/**
 * A cheap first answer to discovery: true when `zone` itself holds a policy record at `domain`
 * or at a parent up to the organizational domain. False means "ask `discoverPolicy`".
 */
export function coveredInZone(zone: Zone, domain: string): boolean {
  // By the domains the records are for: no `_dmarc.<name>` is made per name asked.
  const { domains } = policiesOf(zone);
  if (domains.size === 0) return false;
  const org = organizationalDomain(domain);
  for (let key = domain; ; key = parentKey(key)) {
    if (domains.has(key)) return true;
    if (key === org || key === '.' || !keyAtOrBelow(key, org)) return false;
  }
}

/** Span of the `v=DMARC1` (or `v=BIMI1`) tag, where findings about the record as a whole go. */
export function versionSpan(entry: { view: TxtView; dmarc?: DmarcRecord; bimi?: BimiRecord }): Span {
  const tags = entry.dmarc?.tags ?? entry.bimi?.tags ?? [];
  const first = tags[0];
  return first ? entry.view.span(first.start, first.end) : entry.view.span(0, Math.max(1, entry.view.length));
}

/** Stable identity of a finding about a DMARC record: owner, type, and what is at fault. */
export function dmarcFingerprint(entry: DmarcEntry, ...rest: (string | number)[]): string {
  return [entry.ownerKey, 'TXT', 'dmarc', ...rest].join('|');
}

/**
 * One report per grammar problem of a tag-list record (DMARC or BIMI), at its span. When the
 * grammar found two problems at the same characters (a bad character is both a bad value and a
 * bad URI), only the first is kept.
 */
export function problemReports(entry: { view: TxtView; ownerKey: string }, family: string, problems: readonly MailProblem[]): Report[] {
  const out: Report[] = [];
  const seen = new Set<string>();
  for (const problem of problems) {
    const where = `${problem.start}:${problem.end}`;
    if (seen.has(where)) continue;
    seen.add(where);
    out.push({
      messageId: 'problem',
      data: { message: problem.message },
      span: textSpan(entry, problem),
      fingerprint: [entry.ownerKey, 'TXT', family, problem.code, entry.view.text.slice(problem.start, problem.end)].join('|'),
    });
  }
  return out;
}

/** A `mailto:` report destination of a DMARC record: its tag and URI, its mail domain and that domain's organizational domain (name keys). */
interface MailtoTarget {
  tag: 'rua' | 'ruf';
  uri: DmarcUri;
  domain: string;
  org: string;
}

const NO_TARGETS: readonly MailtoTarget[] = Object.freeze([]);

/**
 * The `mailto:` destinations of a parse, rua then ruf, made once per parse: the parse of a DMARC
 * text is shared by every record with that text (a zone repeats its policy), so a record asks one
 * table, not one per URI, and most records find the shared empty list or targets of their own
 * organization.
 */
const mailtoTargets = new WeakMap<DmarcRecord, readonly MailtoTarget[]>();

function mailtoTargetsOf(dmarc: DmarcRecord): readonly MailtoTarget[] {
  let targets = mailtoTargets.get(dmarc);
  if (targets === undefined) {
    const found: MailtoTarget[] = [];
    for (const tag of REPORT_TAGS) {
      for (const uri of dmarc[tag] ?? NO_URIS) {
        const domain = mailtoDomain(uri);
        if (domain !== undefined) found.push({ tag, uri, domain, org: organizationalDomain(domain) });
      }
    }
    targets = found.length > 0 ? found : NO_TARGETS;
    mailtoTargets.set(dmarc, targets);
  }
  return targets;
}

const REPORT_TAGS = ['rua', 'ruf'] as const;
const NO_URIS: readonly DmarcUri[] = Object.freeze([]);

/** The domain of a `mailto:` report URI (name key), when it has one. */
function mailtoDomain(uri: DmarcUri): string | undefined {
  if (uri.scheme !== 'mailto' || !uri.valid) return undefined;
  const address = uri.uri.text.slice('mailto:'.length).split('?')[0];
  const host = address.slice(address.lastIndexOf('@') + 1).replace(/\.$/, '');
  if (host === '' || !/^[A-Za-z0-9_.-]+$/.test(host) || host.includes('..')) return undefined;
  return nameKey(host + '.');
}

/** A report destination outside the policy domain's organization, and the name whose record must accept its reports. */
export interface ExternalDestination {
  tag: 'rua' | 'ruf';
  uri: DmarcUri;
  /** Name key of the destination's domain. */
  destination: string;
  /** `<domain>._report._dmarc.<destination>` (RFC 9989 external destination verification). */
  name: string;
}

/** The external report destinations of a policy record, in rua then ruf order (a destination may repeat). */
export function externalDestinations(entry: DmarcEntry): readonly ExternalDestination[] {
  const targets = mailtoTargetsOf(entry.dmarc);
  // Nearly every record sends its reports to its own organization: no list is made for it.
  if (targets.length === 0) return NO_DESTINATIONS;
  const org = organizationalDomain(entry.domainKey);
  let out: ExternalDestination[] | undefined;
  for (const target of targets) {
    if (target.org === org) continue;
    (out ??= []).push({ tag: target.tag, uri: target.uri, destination: target.domain, name: `${entry.domainKey === '.' ? '' : entry.domainKey}_report._dmarc.${target.domain}` });
  }
  return out ?? NO_DESTINATIONS;
}

const NO_DESTINATIONS: readonly ExternalDestination[] = Object.freeze([]);

// ───────────────────────────── policy discovery ─────────────────────────────

export type Discovery =
  /** A DMARC record set was found at `_dmarc.<at>`; `entries` may hold several (then none applies). */
  | { kind: 'found'; at: string; entries: DmarcEntry[]; self: boolean }
  /** Every name the walk had to ask lies in the run, and none holds a DMARC record. */
  | { kind: 'missing'; org: string }
  /** The walk reached a name the run cannot answer for (another zone, a delegation, an alias). */
  | { kind: 'unknown' };

/**
 * DMARC policy discovery for `domain` (a name key) through the zones of the run: `_dmarc.<domain>`,
 * then each parent up to the organizational domain (RFC 9989 tree walk). `preferred` is the zone
 * being linted, for runs that hold two files with the same origin.
 */
export function discoverPolicy(zones: ZoneSet, domain: string, preferred?: Zone): Discovery {
  const org = organizationalDomain(domain);
  for (let key = domain; ; key = parentKey(key)) {
    const at = resolveName(zones, `_dmarc.${key === '.' ? '' : key}`, preferred);
    if (at.kind === 'outside' || at.kind === 'delegated' || at.kind === 'dname') return { kind: 'unknown' };
    if (at.kind === 'found') {
      if (at.cname) return { kind: 'unknown' };
      const entries: DmarcEntry[] = [];
      for (const record of at.records) {
        const entry = dmarcEntry(record);
        if (entry?.valid) entries.push(entry);
      }
      if (entries.length > 0) return { kind: 'found', at: key, entries, self: key === domain };
    }
    if (key === org || key === '.' || !keyAtOrBelow(key, org)) return { kind: 'missing', org };
  }
}

// ───────────────────────────── evidence of mail use ─────────────────────────────

// ───────────────────────────── BIMI records ─────────────────────────────

/** A BIMI assertion record (or near miss) at `<selector>._bimi.<domain>`; its names are made when asked. */
export class BimiEntry {
  constructor(
    readonly record: ZoneRecord,
    readonly view: TxtView,
    readonly bimi: BimiRecord,
    readonly valid: boolean,
    readonly ownerKey: string,
  ) {}

  /** The selector (its label in the owner key). */
  get selector(): string {
    return this.ownerKey.slice(0, this.ownerKey.indexOf('.'));
  }

  /** The domain the assertion is for (name key): the owner below `<selector>._bimi.`. */
  get domainKey(): string {
    return this.ownerKey.slice(this.ownerKey.indexOf('.') + '._bimi.'.length) || '.';
  }

  get domain(): string {
    return dropLabels(this.record.owner, 2);
  }
}

const LOOKS_LIKE_BIMI = /(?:^|;)[ \t]*v[ \t]*=[ \t]*bimi1[ \t]*(?:;|$)/i;

/** BIMI assertion records (and near misses) at `<selector>._bimi.<domain>` names of a zone, once per zone. */
export const bimiEntries = zoneFact('BIMI records', (zone: Zone): BimiEntry[] => {
  const list: BimiEntry[] = [];
  for (const record of recordsOfType(zone, 'TXT')) {
    const ownerKey = nameKey(record.owner);
    // The second label is `_bimi` (name keys hold no escaped dot).
    if (!ownerKey.startsWith('_bimi.', ownerKey.indexOf('.') + 1)) continue;
    const view = txtOf(record);
    if (!view) continue;
    const text = view.text;
    const valid = isBimiRecord(text);
    if (!valid && !LOOKS_LIKE_BIMI.test(text)) continue;
    list.push(new BimiEntry(record, view, bimiOfText(text), valid, ownerKey));
  }
  return list;
});
