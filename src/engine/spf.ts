/**
 * What the SPF rules share: the SPF records of a zone with their parsed ASTs and TXT views
 * (parsed once per record), how a record is evaluated (which terms are reached, the effective
 * redirect), the targets of its terms, the policy a receiver finds at a name of the run, and a
 * static walk through in-run includes and redirects that counts DNS lookups and void lookups
 * and finds loops. Pure: no files, no output.
 */
import type { ZoneRecord } from '../model/record.ts';
import type { Span } from '../model/span.ts';
import type { Zone } from '../model/zone.ts';
import type { ZoneSet } from '../model/zoneset.ts';
import { type TextSpan, fitted, sharedParse } from '../mail/common.ts';
import { type SpfMacroPart, type SpfMechanism, type SpfModifier, type SpfRecord, type SpfTerm, isSpfRecord, parseSpf } from '../mail/spf.ts';
import { nameKey } from '../zone/names.ts';
import { type TxtView, recordsOfType, txtOf } from './records.ts';
import { type ZoneSetResolver, resolverFor } from './resolver.ts';
import { recordFacts, runFact, zoneFact } from './facts.ts';

/** Hosts of a zone often share one SPF record: parsed once per text. */
const spfOfText = sharedParse(parseSpf);

// ───────────────────────────── SPF records ─────────────────────────────

/** One TXT record whose joined text is an SPF record (`v=spf1` then a space or the end). */
export interface SpfEntry {
  record: ZoneRecord;
  view: TxtView;
  spf: SpfRecord;
  ownerKey: string;
}

/** The SPF view of a TXT record, or undefined when it is not an SPF record (parsed once per record). */
export function spfEntryOf(record: ZoneRecord): SpfEntry | undefined {
  if (record.type !== 'TXT') return undefined;
  const facts = recordFacts(record);
  if (facts.spf === undefined) {
    const view = txtOf(record);
    facts.spf = view && isSpfRecord(view.text) ? { record, view, spf: spfOfText(view.text), ownerKey: nameKey(record.owner) } : null;
  }
  return facts.spf ?? undefined;
}

/**
 * The first SPF record of `records` that lets someone send: a `+` mechanism (`a`, `include:`,
 * `ip4:`…) or a `redirect=`. Such a name is a mail domain (DMARC and implicit-MX rules ask this).
 */
export function authorisingSpf(records: readonly ZoneRecord[]): SpfEntry | undefined {
  for (const record of records) {
    const entry = spfEntryOf(record);
    if (entry && (entry.spf.redirect !== undefined || entry.spf.terms.some((t) => t.type === 'mechanism' && t.qualifier === '+'))) return entry;
  }
  return undefined;
}

/** The SPF records of a zone, in file order. */
export const spfRecords = zoneFact('SPF records', (zone: Zone): SpfEntry[] => {
  const list: SpfEntry[] = [];
  // Records of type SPF are rare: only then is the whole zone walked, to keep TXT and SPF in file order.
  const candidates = recordsOfType(zone, 'SPF').length ? zone.records : recordsOfType(zone, 'TXT');
  for (const record of candidates) {
    const entry = spfEntryOf(record);
    if (entry) list.push(entry);
  }
  return list;
});

/**
 * The SPF records among `records` (the records of one owner, as the owner index holds them), in
 * their order. Asked per owner rather than kept as a map: most owners have one record or none.
 */
export function spfEntriesOf(records: readonly ZoneRecord[]): SpfEntry[] {
  const out: SpfEntry[] = [];
  for (const record of records) {
    const entry = spfEntryOf(record);
    if (entry) out.push(entry);
  }
  return out;
}

/** The file span of a range of the record text (a term, a name, a value). */
export function spanOf(entry: SpfEntry, range: TextSpan): Span {
  return entry.view.span(range.start, range.end);
}

/** The file span of the whole SPF text, across its strings and lines. */
export function recordTextSpan(entry: SpfEntry): Span {
  return entry.view.span(0, entry.view.text.length);
}

/** The text of a term (or any range) as written in the joined record text. */
export function textOf(entry: SpfEntry, range: TextSpan): string {
  return entry.view.text.slice(range.start, range.end);
}

/** Stable identity of a finding on an SPF record: owner, type, then whatever the rule adds. */
export function spfFingerprint(entry: SpfEntry, ...rest: (string | number)[]): string {
  return [entry.ownerKey, 'TXT', 'spf', ...rest].join('|');
}

// ───────────────────────────── evaluation order ─────────────────────────────

/** How a record is evaluated; made when asked (one pass over a few terms), not kept per record. */
export interface Flow {
  /** Mechanisms a receiver may evaluate, in order, up to and including the first `all`. */
  readonly reached: readonly SpfMechanism[];
  /** The first `all` mechanism. */
  all?: SpfMechanism;
  /** Mechanisms after the first `all`: never evaluated. */
  readonly after: readonly SpfMechanism[];
  /** The redirect= that applies: the first one, and only when the record has no `all` (RFC 7208 §6.1). */
  redirect?: SpfModifier;
}

export function flowOf(spf: SpfRecord): Flow {
  const reached: SpfMechanism[] = [];
  const after: SpfMechanism[] = [];
  let all: SpfMechanism | undefined;
  for (const term of spf.terms) {
    if (term.type !== 'mechanism') continue;
    if (all) after.push(term);
    else {
      reached.push(term);
      if (term.kind === 'all') all = term;
    }
  }
  return all ? { reached, after, all } : spf.redirect ? { reached, after, redirect: spf.redirect } : { reached, after };
}

/** The first `all` mechanism, where the evaluation of a record ends (the `all` of flowOf, without the lists). */
export function firstAll(spf: SpfRecord): SpfMechanism | undefined {
  for (const term of spf.terms) if (term.type === 'mechanism' && term.kind === 'all') return term;
  return undefined;
}

/** Terms that make a DNS query (RFC 7208 §4.6.4): include, a, mx, ptr, exists and redirect. */
export function isLookupTerm(term: SpfTerm): term is SpfMechanism | SpfModifier {
  if (term.type === 'mechanism') return term.kind === 'include' || term.kind === 'a' || term.kind === 'mx' || term.kind === 'ptr' || term.kind === 'exists';
  return term.type === 'modifier' && term.kind === 'redirect';
}

/** The DNS-querying terms a receiver may evaluate, in order: reached mechanisms, then the effective redirect. */
export function lookupTerms(spf: SpfRecord): (SpfMechanism | SpfModifier)[] {
  const out: (SpfMechanism | SpfModifier)[] = [];
  for (const term of spf.terms) {
    if (term.type !== 'mechanism') continue;
    if (isLookupTerm(term)) out.push(term);
    if (term.kind === 'all') return out;
  }
  if (spf.redirect) out.push(spf.redirect);
  return out;
}

// ───────────────────────────── targets ─────────────────────────────

type SpfMacro = Extract<SpfMacroPart, { type: 'macro' }>;

/**
 * The macros written in the domain-spec of a mechanism or of redirect=/exp= (none for most
 * records: the text is scanned for "%" before it is parsed).
 */
export function macrosOf(entry: SpfEntry, term: SpfTerm): SpfMacro[] {
  const text = entry.spf.text;
  if (term.type === 'invalid' || (term.type === 'modifier' && term.kind === 'unknown') || !writesMacro(text, term)) return [];
  const spec = term.type === 'mechanism' ? term.domainSpec(text) : term.macro(text);
  return spec ? spec.parts.filter((p): p is SpfMacro => p.type === 'macro') : [];
}

function writesMacro(text: string, term: SpfMechanism | SpfModifier): boolean {
  const start = term.specStart;
  if (start < 0) return false;
  // Within the spec only: indexOf would read on to the end of a record that has no "%" at all.
  const end = term.specEnd;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 0x25) return true;
  return false;
}

/**
 * The absolute name a term queries when `domain` (absolute) is the domain being evaluated:
 * its domain-spec, or `domain` itself for `a`, `mx` and `ptr` without one. `%{d}` is expanded;
 * undefined when the name depends on the sender or client (other macros) or is not a name.
 */
export function targetOf(entry: SpfEntry, domain: string, term: SpfMechanism | SpfModifier): string | undefined {
  if (term.specStart < 0) return term.type === 'mechanism' && (term.kind === 'a' || term.kind === 'mx' || term.kind === 'ptr') && term.valid ? domain : undefined;
  if (!term.valid) return undefined;
  // Nearly every domain-spec is a plain name: read as written, without parsing it into parts.
  const text = entry.spf.text;
  return writesMacro(text, term) ? absoluteTarget(expandDomain(text, domain, term)) : plainTarget(text, term.specStart, term.specEnd);
}

function absoluteTarget(out: string | undefined): string | undefined {
  if (out === undefined || out === '' || out.startsWith('.') || out.includes('..')) return undefined;
  return out.endsWith('.') ? out : out + '.';
}

/**
 * The targets of the last few plain domain-specs read, by their text: the records of a zone
 * include the same few names, and a target found here is compared in place (no slice) and is the
 * same string each time, which keeps its hash for the tables it is looked up in.
 */
const recentSpecs: string[] = [];
const recentTargets: (string | undefined)[] = [];
let recentNext = 0;
const RECENT = 8;

function plainTarget(text: string, start: number, end: number): string | undefined {
  for (let i = 0; i < recentSpecs.length; i++) {
    const spec = recentSpecs[i];
    if (spec.length === end - start && text.startsWith(spec, start)) return recentTargets[i];
  }
  const spec = text.slice(start, end);
  const target = absoluteTarget(spec);
  recentSpecs[recentNext] = spec;
  recentTargets[recentNext] = target;
  recentNext = (recentNext + 1) % RECENT;
  return target;
}

/** A domain-spec with `%{d}` macros expanded; undefined when it has other macros or escapes. */
function expandDomain(text: string, domain: string, term: SpfMechanism | SpfModifier): string | undefined {
  const spec = term.type === 'modifier' ? term.macro(text) : term.domainSpec(text);
  let out = '';
  for (const part of spec?.parts ?? []) {
    if (part.type === 'literal') out += part.text;
    else if (part.type === 'macro' && part.letter === 'd' && !part.urlEscape) {
      let labels = stripDot(domain).split(new RegExp(`[${part.delimiters.replace(/[-\\\]^/]/g, '\\$&')}]`));
      if (part.reverse) labels.reverse();
      if (part.keep !== undefined && part.keep < labels.length) labels = labels.slice(labels.length - part.keep);
      out += labels.join('.');
    } else return undefined;
  }
  return out;
}

function stripDot(name: string): string {
  return name.endsWith('.') ? name.slice(0, -1) : name;
}

// ───────────────────────────── policies of the run ─────────────────────────────

/** What a receiver finds when it looks up the SPF policy of a name, judged from the zones of the run. */
export type Policy =
  /** The name is outside every zone of the run, delegated away or below a DNAME: not knowable offline. */
  | { kind: 'unknown' }
  /** The lookup fails (a CNAME loop). */
  | { kind: 'error' }
  /** No SPF record: the name does not exist, has no TXT record, or none of its TXT records is SPF. */
  | { kind: 'none'; why: 'nxdomain' | 'no-txt' | 'no-spf'; txt: ZoneRecord[] }
  /** More than one SPF record: a permerror (RFC 7208 §4.5). */
  | { kind: 'multiple'; entries: SpfEntry[] }
  | { kind: 'found'; entry: SpfEntry };

export function policyAt(resolver: ZoneSetResolver, name: string): Policy {
  // Most records of a zone include the same few names: each is judged once per resolver.
  const byResolver = policies(resolver.zones);
  let known = byResolver.get(resolver);
  if (!known) byResolver.set(resolver, (known = new Map()));
  let policy = known.get(name);
  if (!policy) known.set(name, (policy = findPolicy(resolver, name)));
  return policy;
}

/** Policies found by policyAt, per resolver and name as asked. */
const policies = runFact('SPF policies', () => new Map<ZoneSetResolver, Map<string, Policy>>());

function findPolicy(resolver: ZoneSetResolver, name: string): Policy {
  const answer = resolver.answer(name, 'TXT');
  if (answer.rcode === 'UNKNOWN') return { kind: 'unknown' };
  if (answer.rcode === 'NXDOMAIN') return { kind: 'none', why: 'nxdomain', txt: [] };
  if (answer.rcode !== 'NOERROR') return { kind: 'error' };
  const entries: SpfEntry[] = [];
  for (const record of answer.records) {
    const entry = spfEntryOf(record);
    if (entry) entries.push(entry);
  }
  if (entries.length === 0) return { kind: 'none', why: answer.records.length ? 'no-spf' : 'no-txt', txt: answer.records };
  // Identical records collapse into one RR on the wire; only distinct ones make a permerror.
  const distinct = distinctEntries(entries);
  return distinct.length === 1 ? { kind: 'found', entry: distinct[0] } : { kind: 'multiple', entries: distinct };
}

/** SPF records with distinct rdata (the same strings written twice are one RR in DNS). */
export function distinctEntries(entries: SpfEntry[]): SpfEntry[] {
  if (entries.length < 2) return entries;
  const seen = new Set<string>();
  return entries.filter((e) => {
    const key = `${e.view.stringLengths.join(',')}|${e.view.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Names of the run that some SPF record includes (literal include: targets), as keys. */
export const includedNames = runFact('SPF include targets', (zones: ZoneSet): Set<string> => {
  const set = new Set<string>();
  for (const zone of zones.zones) {
    for (const entry of spfRecords(zone)) {
      for (const term of entry.spf.terms) {
        if (term.type !== 'mechanism' || term.kind !== 'include') continue;
        const target = targetOf(entry, entry.record.owner, term);
        if (target) set.add(nameKey(target));
      }
    }
  }
  return set;
});

// ───────────────────────────── static evaluation ─────────────────────────────

/** A lookup that returns nothing (NXDOMAIN or no records of the type), RFC 7208 §4.6.4. */
export interface VoidHit {
  entry: SpfEntry;
  term: SpfMechanism;
  name: string;
  type: 'A' | 'AAAA' | 'MX';
  why: 'nxdomain' | 'nodata';
}

/** Void lookups in evaluation order, by client family. */
export interface Voids {
  voids4: readonly VoidHit[];
  voids6: readonly VoidHit[];
}

/** One DNS-querying term of a record and what it costs. */
export interface LookupPart {
  term: SpfMechanism | SpfModifier;
  /** Lookups of the term itself (1) plus those of the policy it includes or redirects to, when in the run. */
  count: number;
  /** The true count may be higher: the included policy is outside the run or its name depends on macros. */
  atLeast: boolean;
  /** The analysis of the included or redirected-to policy, when it is in the run. */
  nested?: Analysis;
  /**
   * Lookups reached through this term that may be void: `a`, `mx` and `exists` (each at most one
   * per client family). Which are void is resolved when asked (voidsOfPart).
   */
  voidable: number;
  /** Loops met through this term. */
  loops: readonly SpfLoop[];
}

/** A loop of include:/redirect= through the run: `path` of names, closed by `term` of `entry`. */
export interface SpfLoop {
  path: string[];
  entry: SpfEntry;
  term: SpfMechanism | SpfModifier;
}

export interface Analysis {
  domain: string;
  entry: SpfEntry;
  lookups: number;
  atLeast: boolean;
  /**
   * The parts, kept only when they depend on the path the walk came by (a loop met, nesting cut at
   * MAX_DEPTH); otherwise partsOf makes them again when asked, from the memo: a large zone has an
   * analysis per SPF record, and rules read the parts of a few.
   */
  kept?: readonly LookupPart[];
  /** Lookups reached that may be void (see LookupPart.voidable); which are is resolved when asked (voidsOf). */
  voidable: number;
  /** The void lookups, once asked. */
  voids?: Voids;
  /** Loops met below this policy (paths start at the name the loop returns to). */
  loops: readonly SpfLoop[];
}

/** Nesting beyond this is cut (receivers stop at 10 lookups anyway). */
const MAX_DEPTH = 24;

/**
 * Analyses of one resolver (linted zone) by record: for the record's own owner (nearly every
 * analysis: a record judged where it stands), and for other domains (a policy reached through an
 * include: or redirect= target that is an alias of its owner, or that a wildcard record answers).
 */
interface AnalysisMemo {
  own: Map<SpfEntry, Analysis>;
  other: Map<SpfEntry, Map<string, Analysis>>;
}

/** Analyses of the run, per resolver (linted zone), record and domain. */
const analyses = runFact('SPF analyses', () => new Map<ZoneSetResolver, AnalysisMemo>());

function memoOf(zones: ZoneSet, zone: Zone): { resolver: ZoneSetResolver; memo: AnalysisMemo } {
  const resolver = resolverFor(zones, zone);
  const byResolver = analyses(zones);
  let memo = byResolver.get(resolver);
  if (!memo) {
    memo = { own: new Map(), other: new Map() };
    byResolver.set(resolver, memo);
  }
  return { resolver, memo };
}

/**
 * Walks an SPF record the way a receiver evaluates it for a client no mechanism matches (the
 * case the limits are for): every reached DNS-querying term, recursively through include: and
 * redirect= targets in the run. `domain` is the name being evaluated (the owner for a record
 * judged in its own zone).
 */
export function analyze(zones: ZoneSet, zone: Zone, entry: SpfEntry, domain: string = entry.record.owner): Analysis {
  const { resolver, memo } = memoOf(zones, zone);
  return walk(resolver, memo, entry, domain, []);
}

/**
 * The DNS-querying terms of an analysed policy and what each costs, in evaluation order. An
 * analysis without kept parts met no loop and no cut, so its parts do not depend on the path:
 * walked again one level from its own name, each nested policy is the memo's.
 */
export function partsOf(zones: ZoneSet, zone: Zone, analysis: Analysis): readonly LookupPart[] {
  if (analysis.kept) return analysis.kept;
  const { resolver, memo } = memoOf(zones, zone);
  const stack = [nameKey(analysis.domain)];
  return lookupTerms(analysis.entry.spf).map((term) => partOf(resolver, memo, analysis.entry, analysis.domain, term, stack).part);
}

function walk(resolver: ZoneSetResolver, memo: AnalysisMemo, entry: SpfEntry, domain: string, stack: string[]): Analysis {
  // A record judged at its own owner (nearly every analysis) has its key made already.
  const key = domain === entry.record.owner ? entry.ownerKey : nameKey(domain);
  const own = key === entry.ownerKey;
  const cached = own ? memo.own.get(entry) : memo.other.get(entry)?.get(key);
  if (cached) return cached;
  const parts: LookupPart[] = [];
  // Most records meet no loop: their analyses share one empty list.
  let voidable = 0;
  let loops: readonly SpfLoop[] = NONE;
  let lookups = 0;
  let atLeast = false;
  let cut = false;
  stack.push(key);
  for (const term of lookupTerms(entry.spf)) {
    const { part, cut: cutHere } = partOf(resolver, memo, entry, domain, term, stack);
    parts.push(part);
    cut ||= cutHere;
    lookups += part.count;
    atLeast ||= part.atLeast;
    voidable += part.voidable;
    loops = joined(loops, part.loops);
  }
  stack.pop();
  const analysis: Analysis = { domain, entry, lookups, atLeast, voidable, loops };
  // A policy met on a loop depends on where the walk entered it: keep only loop-free results.
  if (analysis.loops.length > 0 || cut) analysis.kept = orNone(parts);
  if (analysis.loops.length === 0) {
    if (own) memo.own.set(entry, analysis);
    else {
      let byDomain = memo.other.get(entry);
      if (!byDomain) memo.other.set(entry, (byDomain = new Map()));
      byDomain.set(key, analysis);
    }
  }
  return analysis;
}

/** One lookup term of `entry` evaluated for `domain`, with `stack` the names being evaluated; `cut` when nesting stopped at MAX_DEPTH. */
function partOf(resolver: ZoneSetResolver, memo: AnalysisMemo, entry: SpfEntry, domain: string, term: SpfMechanism | SpfModifier, stack: string[]): { part: LookupPart; cut: boolean } {
  const part: LookupPart = { term, count: 1, atLeast: false, voidable: 0, loops: NONE };
  let cut = false;
  const target = targetOf(entry, domain, term);
  const includes = term.type === 'modifier' || term.kind === 'include';
  if (includes) {
    const policy = target ? policyAt(resolver, target) : ({ kind: 'unknown' } as const);
    if (policy.kind === 'unknown') part.atLeast = true;
    else if (policy.kind === 'found' && target) {
      const at = stack.indexOf(nameKey(target));
      if (at >= 0) {
        part.loops = [{ path: [...stack.slice(at), nameKey(target)], entry, term }];
      } else if (stack.length < MAX_DEPTH) {
        const nested = walk(resolver, memo, policy.entry, target, stack);
        part.nested = nested;
        part.count += nested.lookups;
        part.atLeast = nested.atLeast;
        part.voidable = nested.voidable;
        part.loops = nested.loops;
      } else cut = true;
    }
    // none, multiple, error: the evaluation ends in permerror or temperror there (other rules say so).
  } else if (target && term.type === 'mechanism' && (term.kind === 'a' || term.kind === 'mx' || term.kind === 'exists')) {
    part.voidable = 1;
  }
  return { part, cut };
}

const NONE: readonly never[] = Object.freeze([]);

/** A list built by push, kept: the shared empty list, or a copy sized to its length (fitted). */
function orNone<T>(list: T[]): readonly T[] {
  return list.length > 0 ? fitted(list) : NONE;
}

/** `list` then `more`; lists are never changed once made, so one that adds nothing is shared as it is. */
function joined<T>(list: readonly T[], more: readonly T[]): readonly T[] {
  return more.length === 0 ? list : list.length === 0 ? more : [...list, ...more];
}

// ───────────────────────────── void lookups ─────────────────────────────

const NO_VOIDS: Voids = { voids4: NONE, voids6: NONE };

/**
 * The void lookups of an analysed policy, nested policies included. Resolved when asked, not by
 * the walk: each voidable lookup is void at most once per family, so only a policy with more than
 * two of them can pass the limit of RFC 7208 §4.6.4, and few have more than one.
 */
export function voidsOf(zones: ZoneSet, zone: Zone, analysis: Analysis): Voids {
  if (analysis.voidable === 0) return NO_VOIDS;
  if (!analysis.voids) {
    let voids4: readonly VoidHit[] = NONE;
    let voids6: readonly VoidHit[] = NONE;
    for (const part of partsOf(zones, zone, analysis)) {
      const found = voidsOfPart(zones, zone, analysis, part);
      voids4 = joined(voids4, found.voids4);
      voids6 = joined(voids6, found.voids6);
    }
    analysis.voids = { voids4, voids6 };
  }
  return analysis.voids;
}

/** The void lookups reached through one part of `analysis` (partsOf). */
export function voidsOfPart(zones: ZoneSet, zone: Zone, analysis: Analysis, part: LookupPart): Voids {
  if (part.voidable === 0) return NO_VOIDS;
  if (part.nested) return voidsOf(zones, zone, part.nested);
  const { entry, domain } = analysis;
  // partOf counts an a, mx or exists mechanism with a target, and nothing else, as voidable.
  const term = part.term as SpfMechanism;
  const target = targetOf(entry, domain, term) as string;
  const resolver = resolverFor(zones, zone);
  const hit = (type: VoidHit['type']): VoidHit | undefined => {
    const answer = resolver.answer(target, type);
    if (answer.rcode === 'NXDOMAIN') return { entry, term, name: target, type, why: 'nxdomain' };
    if (answer.rcode === 'NOERROR' && answer.records.length === 0) return { entry, term, name: target, type, why: 'nodata' };
    return undefined;
  };
  if (term.kind === 'a') {
    const v4 = hit('A');
    const v6 = hit('AAAA');
    return { voids4: v4 ? [v4] : NONE, voids6: v6 ? [v6] : NONE };
  }
  // exists always asks for A records (§5.7); mx asks for MX whatever the client's family.
  const v = hit(term.kind === 'mx' ? 'MX' : 'A');
  return v ? { voids4: [v], voids6: [v] } : NO_VOIDS;
}
