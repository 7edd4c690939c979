/**
 * Zone-structure helpers shared by the `ttl-`, `soa-` and `zone-` rules: RRsets, the SOA of a
 * zone, the MX targets of a run, canonical rdata for exact comparison, the SOA timer check and
 * the per-type TTL threshold check. Everything is computed once per zone (or per run) and cached.
 */
import { byRoutingSet, type ZoneRecord } from '../model/record.ts';
import { spanText, type Span } from '../model/span.ts';
import type { Zone } from '../model/zone.ts';
import type { ZoneSet } from '../model/zoneset.ts';
import type { OwnerIndex } from '../model/owner-index.ts';
import { nameKey, parseName } from '../zone/names.ts';
import { name as nameCodec } from '../zone/rdata/codecs.ts';
import { parseRdata, rdataToWire, typeName, typeNumber, type Rdata, type RdataOf } from '../zone/rdata/index.ts';
import { typeSpec } from '../zone/rdata/schema.ts';
import { fitted } from '../mail/common.ts';
import { isSpfRecord } from '../mail/spf.ts';
import { rdataOf, recordsOfType, txtOf } from './records.ts';
import type { JsonSchema, RuleContext } from './rule.ts';
import { runFact, zoneFact } from './facts.ts';

// ---------------------------------------------------------------------------------------------
// RRsets

/** The records of one owner and type, in file order. RRSIGs form one set per covered type. */
export interface RRset {
  /** `nameKey` of the owner. */
  key: string;
  /** The RR type, or `RRSIG` for signatures (see `covered`). */
  type: string;
  /** For RRSIG sets: the type the signatures cover. */
  covered?: string;
  records: ZoneRecord[];
}

/** RRsets of two or more records per zone of the run (built from the run's owner index). */
const rrsetsOfRun = runFact('RRsets', () => new Map<Zone, RRset[]>());

/**
 * The zone's RRsets of two or more records, grouped by owner key and type (RRSIG by covered type),
 * built once per zone. What the rules compare (TTLs, duplicates, aliases) needs a second record;
 * most owners hold one record of a type, and no set is made for those.
 */
export function multiRecordRRsets(zone: Zone, zones: ZoneSet): RRset[] {
  const byZone = rrsetsOfRun(zones);
  let sets = byZone.get(zone);
  if (sets) return sets;
  const found: RRset[] = [];
  const index = zones.index(zone);
  index.forEach((key, owner) => {
    if (!repeatsType(index, owner)) return;
    const byType = new Map<string, RRset>();
    for (const r of index.recordsOf(owner)) {
      const covered = r.type === 'RRSIG' ? coveredType(r) : undefined;
      const id = covered === undefined ? r.type : `RRSIG/${covered}`;
      const set = byType.get(id);
      if (set) set.records.push(r);
      else byType.set(id, covered === undefined ? { key, type: r.type, records: [r] } : { key, type: r.type, covered, records: [r] });
    }
    for (const set of byType.values()) {
      if (set.records.length < 2) continue;
      // Record sets of a provider's routing policy are alternative answers, not one RRset.
      for (const records of byRoutingSet(set.records, (r) => r)) if (records.length > 1) found.push({ ...set, records: fitted(records) });
    }
  });
  byZone.set(zone, (sets = found));
  return sets;
}

/**
 * Whether two records of an owner may share an RRset: two of one type (RRSIGs are then told
 * apart by what they cover). Most owners hold one record of each type, so they are passed over
 * without grouping; an owner of many records is grouped anyway.
 */
function repeatsType(index: OwnerIndex, owner: number): boolean {
  const count = index.count(owner);
  if (count < 2) return false;
  if (count > 16) return true;
  for (let i = 1; i < count; i++) {
    const type = index.record(owner, i).type;
    for (let j = 0; j < i; j++) if (index.record(owner, j).type === type) return true;
  }
  return false;
}

/** The type an RRSIG covers (its first field), as an upper-case mnemonic or `TYPEnnn`. */
export function coveredType(record: ZoneRecord): string {
  const first = record.fields[0];
  if (first && first.text !== '\\#') {
    const n = typeNumber(first.text);
    return n === undefined ? first.text.toUpperCase() : typeName(n);
  }
  const rdata = rdataOf(record, 'RRSIG');
  return rdata ? typeName(rdata.typeCovered) : '?';
}

/** How an RRset is named in messages: `MX`, or `RRSIG (covering MX)`. */
export function rrsetLabel(set: RRset): string {
  return set.covered === undefined ? set.type : `${set.type} (covering ${set.covered})`;
}

// ---------------------------------------------------------------------------------------------
// Canonical rdata

/**
 * A string equal for two records exactly when their rdata is the same record in DNS: the wire
 * form (so `1h` equals `3600` and `\# 4 c0000201` equals `192.0.2.1`) with every embedded
 * domain name lower-cased, since names compare case-insensitively (RFC 4343). Undefined when
 * the rdata cannot be typed.
 */
export function canonicalRdata(record: ZoneRecord): string | undefined {
  // Not rdataOf: it has no view of RFC 3597 generic rdata, which must compare equal too.
  const parsed = parseRdata(record.type, record.fields, record.origin);
  if (!parsed.ok) return undefined;
  const rdata = parsed.rdata;
  let typed: Rdata = rdata;
  const spec = rdata.type === 'unknown' ? undefined : typeSpec(rdata.type);
  if (spec?.fields.some((f) => f.codec === nameCodec)) {
    const copy: Record<string, unknown> = { ...rdata };
    for (const f of spec.fields) if (f.codec === nameCodec) copy[f.key] = nameKey(copy[f.key] as string);
    // Same keys and value types as the original rdata, only the names are case-folded.
    typed = copy as unknown as Rdata;
  }
  const wire = rdataToWire(typed);
  // A type without a field table written in its own presentation form has no octets: compare its text.
  return wire ? Buffer.from(wire.buffer, wire.byteOffset, wire.byteLength).toString('latin1') : `text:${record.rdataText}`;
}

/** A short, stable hash (FNV-1a, 32 bits, hex) for fingerprints of long values. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

// ---------------------------------------------------------------------------------------------
// SOA

export type Soa = RdataOf<'SOA'>;

/** The zone's SOA records in file order. */
export const soaRecords = zoneFact('SOA records', (zone: Zone): ZoneRecord[] => zone.records.filter((r) => r.type === 'SOA'));

/** The first SOA at the zone apex with readable rdata. */
export function apexSoa(zone: Zone, zones: ZoneSet): { record: ZoneRecord; soa: Soa } | undefined {
  for (const record of zones.recordsAt(zone, zone.origin)) {
    if (record.type !== 'SOA') continue;
    const soa = rdataOf(record, 'SOA');
    if (soa) return { record, soa };
  }
  return undefined;
}

export const SOA_TIMERS = { refresh: 3, retry: 4, expire: 5, minimum: 6 } as const;
export type SoaTimer = keyof typeof SOA_TIMERS;

/** What a SOA timer rule says about its field: a message and its data, or nothing when fine. */
export interface TimerFinding {
  messageId: string;
  data?: Record<string, string | number>;
  /** Another timer of the same SOA the finding compares against (shown as related). */
  against?: SoaTimer;
  /** Part of the fingerprint when a rule has several findings on one field. */
  aspect: string;
}

/**
 * The SOA timer check written once for soa-refresh, soa-retry, soa-expire and soa-minimum:
 * finds the apex SOA, lets `judge` look at its values, and reports each finding on the timer's
 * own field (with `value` = the field as written, `seconds` = its value and, for a comparison,
 * `against` = the other timer as written filled in).
 */
export function checkSoaTimer(context: RuleContext<unknown>, timer: SoaTimer, judge: (soa: Soa) => TimerFinding[]): void {
  const found = apexSoa(context.zone, context.zones);
  if (!found || isProviderSoa(found.soa)) return;
  const { record, soa } = found;
  const fields = record.fields;
  const field = fields[SOA_TIMERS[timer]];
  if (!field) return;
  for (const finding of judge(soa)) {
    const other = finding.against ? fields[SOA_TIMERS[finding.against]] : undefined;
    context.report({
      messageId: finding.messageId,
      data: { value: spanText(field.span), seconds: soa[timer], duration: duration(soa[timer]), ...(other ? { against: spanText(other.span) } : {}), ...finding.data },
      span: field.span,
      related: other ? [{ span: other.span, message: `the SOA ${finding.against} is ${spanText(other.span)}` }] : undefined,
      fingerprint: `${nameKey(record.owner)}|SOA|${timer}|${finding.aspect}`,
    });
  }
}

/**
 * Primary name servers of DNS providers that write the SOA themselves (Route 53, Cloudflare,
 * Google Cloud DNS, Azure DNS, DigitalOcean): their timers are the provider's, not the zone
 * team's to change, so the timer rules leave them alone.
 */
const PROVIDER_MNAMES = [
  /\.awsdns-\d+\.(?:com|net|org|co\.uk)\.$/,
  /(?:^|\.)ns\.cloudflare\.com\.$/,
  /^ns-cloud-[a-z]\d+\.googledomains\.com\.$/,
  /\.azure-dns\.(?:com|net|org|info)\.$/,
  /^ns\d\.digitalocean\.com\.$/,
];

function isProviderSoa(soa: Soa): boolean {
  const mname = nameKey(soa.mname);
  return PROVIDER_MNAMES.some((re) => re.test(mname));
}

/** Seconds in words: `7200` → `2 hours`, `90` → `90 seconds`. */
export function duration(seconds: number): string {
  const units: [number, string][] = [[604800, 'week'], [86400, 'day'], [3600, 'hour'], [60, 'minute']];
  for (const [size, unit] of units) {
    if (seconds >= size && seconds % size === 0) {
      const n = seconds / size;
      return `${n} ${unit}${n === 1 ? '' : 's'}`;
    }
  }
  return `${seconds} second${seconds === 1 ? '' : 's'}`;
}

/** JSON Schema of one number-of-seconds option. */
export function secondsOption(defaultValue: number, description: string): JsonSchema {
  return { type: 'integer', minimum: 0, maximum: 4294967295, default: defaultValue, description };
}

// ---------------------------------------------------------------------------------------------
// Runs

/** Name keys of every MX exchange named in the run (the null MX `.` excluded), built once per run. */
export const mxTargets = runFact('MX targets', (zones: ZoneSet): Set<string> => {
  const targets = new Set<string>();
  for (const zone of zones.zones) {
    for (const record of recordsOfType(zone, 'MX')) {
      const exchange = mxExchange(record);
      if (exchange !== undefined && exchange !== '.') targets.add(nameKey(exchange));
    }
  }
  return targets;
});

/** The exchange of an MX record: read from its second field (cheap), or from typed rdata for the generic form. */
function mxExchange(record: ZoneRecord): string | undefined {
  const fields = record.fields;
  if (fields.length === 2 && fields[0].text !== '\\#' && !fields[1].quoted) {
    const parsed = parseName(fields[1].text, record.origin);
    if (parsed.ok) return parsed.name;
  }
  return rdataOf(record, 'MX')?.exchange;
}

const includedFiles = runFact('included files', (zones: ZoneSet): Set<string> => {
  const included = new Set<string>();
  for (const z of zones.zones) for (const file of z.files) if (file !== z.source) included.add(file.path);
  return included;
});

/** True when the zone's file is `$INCLUDE`d by another zone of the run (a fragment, not a zone). */
export function isIncludedElsewhere(zone: Zone, zones: ZoneSet): boolean {
  return includedFiles(zones).has(zone.source.path);
}

// ---------------------------------------------------------------------------------------------
// TTL thresholds

/** Options of ttl-too-short and ttl-too-long: seconds per RR type, for MX targets' addresses, and for all other types. */
export type TtlLimits = { [type: string]: number | null | undefined } & { exchangerAddress?: number | null; default?: number | null };

/** Types whose TTL the signer derives from other records: judged only when named explicitly. */
const SIGNER_SET = new Set(['RRSIG', 'NSEC', 'NSEC3', 'NSEC3PARAM']);

/** JSON Schema of per-type TTL limits with the given defaults. */
export function ttlLimitsSchema(defaults: Record<string, number | null>, bound: 'minimum' | 'maximum'): JsonSchema {
  const seconds = { type: ['integer', 'null'], minimum: 0, maximum: 4294967295 };
  const properties: Record<string, JsonSchema> = {};
  for (const [key, value] of Object.entries(defaults)) {
    const what =
      key === 'exchangerAddress'
        ? 'A and AAAA records of names that are MX targets in the run (takes precedence over A and AAAA)'
        : key === 'default'
          ? 'every type not named in these options (except RRSIG, NSEC, NSEC3 and NSEC3PARAM, whose TTL the signer sets)'
          : key === 'TXT'
            ? 'mail TXT records (SPF, and TXT at _dmarc, _domainkey, _mta-sts and _smtp._tls names; other TXT records fall under `default`)'
            : `${key} records`;
    properties[key] = { ...seconds, default: value, description: `The ${bound} TTL in seconds of ${what}; null to not judge them.` };
  }
  return {
    type: 'object',
    additionalProperties: false,
    properties,
    patternProperties: { '^(?:[A-Z][A-Z0-9-]*|TYPE[0-9]+)$': { ...seconds, description: `The ${bound} TTL in seconds of records of this type (upper-case mnemonic); null to not judge them.` } },
  };
}

export interface TtlLimitHit {
  record: ZoneRecord;
  limit: number;
  /** `MX record`, `address record of mail exchanger mx1.example.com.` */
  what: string;
  /** The option the limit came from. */
  option: string;
}

/**
 * Records whose TTL is past their limit. `past(ttl, limit)` says whether a TTL breaks it. The
 * limit of a record: `exchangerAddress` for A/AAAA of MX targets, else its type's, else `default`.
 */
export function ttlLimitHits(context: RuleContext<TtlLimits>, past: (ttl: number, limit: number) => boolean): TtlLimitHit[] {
  const options = context.options;
  const exchanger = typeof options.exchangerAddress === 'number' ? options.exchangerAddress : undefined;
  const fallback = typeof options.default === 'number' ? options.default : undefined;
  const targets = exchanger === undefined ? undefined : mxTargets(context.zones);
  const hits: TtlLimitHit[] = [];
  const index = context.zones.index(context.zone);
  index.forEach((key, owner) => {
    const isTarget = targets !== undefined && targets.has(key);
    for (let i = 0, count = index.count(owner); i < count; i++) {
      const record = index.record(owner, i);
      // Cloudflare's "automatic" TTL: the provider chooses it, there is nothing for the author to change.
      if (record.automaticTtl) continue;
      let hit: TtlLimitHit | undefined;
      if (isTarget && exchanger !== undefined && (record.type === 'A' || record.type === 'AAAA')) {
        hit = { record, limit: exchanger, option: 'exchangerAddress', what: `${record.type} record of mail exchanger ${record.owner}` };
      } else {
        // Site verification, ACME challenges and status TXT records are not mail's business: only mail TXT gets the TXT limit.
        const typed = Object.prototype.hasOwnProperty.call(options, record.type) && (record.type !== 'TXT' || isMailTxt(key, record));
        const own = typed ? options[record.type] : undefined;
        if (typeof own === 'number') hit = { record, limit: own, option: record.type, what: `${record.type} record` };
        else if (own === undefined && fallback !== undefined && !SIGNER_SET.has(record.type)) {
          hit = { record, limit: fallback, option: 'default', what: `${record.type} record` };
        }
      }
      if (hit && past(record.ttl, hit.limit)) hits.push(hit);
    }
  });
  return hits;
}

/** A TXT record mail depends on: an SPF record, or any TXT at a DMARC, DKIM, MTA-STS or TLS-RPT name. */
function isMailTxt(key: string, record: ZoneRecord): boolean {
  if (key.startsWith('_dmarc.') || key.includes('._domainkey.') || key.startsWith('_mta-sts.') || key.startsWith('_smtp._tls.')) return true;
  const view = txtOf(record);
  return view !== undefined && isSpfRecord(view.text);
}

/** Reports TTL limit hits on the TTL field, or on the type when the TTL is inherited. */
export function reportTtlHits(context: RuleContext<TtlLimits>, hits: TtlLimitHit[], explicitId: string, inheritedId: string): void {
  for (const { record, limit, what, option } of hits) {
    const explicit = record.ttlStart >= 0;
    const span: Span = record.ttlSpan;
    context.report({
      messageId: explicit ? explicitId : inheritedId,
      data: { ttl: explicit ? spanText(span) : String(record.ttl), seconds: record.ttl, duration: duration(record.ttl), limit, limitDuration: duration(limit), what, option },
      span,
      fingerprint: `${nameKey(record.owner)}|${record.type}|ttl|${shortHash(record.rdataText)}`,
    });
  }
}
