/**
 * What a change does to each mail domain: two postures (base and head) compared aspect by aspect,
 * in sentences a reviewer reads in ten seconds. Each change says whether it weakens protection
 * and, when a change rule judges it, which one (`kind`), with the head record it stands on.
 * `mxlint diff`, the action's "Mail impact" section and the change rules all read this one list.
 */
import type { ZoneRecord } from '../model/record.ts';
import type { DkimSelector, DomainPosture, Exchanger, MailPosture, Senders } from './posture.ts';
import { sortNames } from './posture.ts';
import { nameKey } from '../zone/names.ts';
import { inNetwork } from '../engine/mx.ts';
import { type IpNetwork, parseNetwork } from '../model/ip.ts';

/** The change rules, without their `change-` prefix. */
export type ChangeKind = 'dmarc-weakened' | 'spf-widened' | 'inbound-moved' | 'mta-sts-not-updated' | 'dane-broken' | 'dkim-selector-removed' | 'ttl-raised';

export type Aspect = 'inbound' | 'senders' | 'DMARC' | 'DKIM' | 'MTA-STS' | 'TLS-RPT' | 'DANE' | 'BIMI' | 'TTL' | 'domain';

export interface Change {
  aspect: Aspect;
  text: string;
  weakens: boolean;
  kind?: ChangeKind;
  /** The head record the change stands on, when the head has one. */
  record?: ZoneRecord;
  /** Exchanger names that appear in the head but not at the base (inbound-moved's allowed set checks them). */
  added?: string[];
  /** An exchanger added beside the others: not a move, judged only against an allowed set. */
  backup?: boolean;
}

export interface DomainDiff {
  domain: string;
  status: 'added' | 'removed' | 'changed';
  changes: Change[];
  /** The two postures compared (absent on the side where the domain is not a mail domain). */
  base?: MailPosture;
  head?: MailPosture;
}

export type Impact = 'none' | 'changed' | 'weakened';

export function impactOf(diffs: readonly DomainDiff[]): Impact {
  if (diffs.some((d) => d.changes.some((c) => c.weakens))) return 'weakened';
  return diffs.length ? 'changed' : 'none';
}

/** Every mail domain whose posture differs between base and head, in DNS order. */
export function diffPostures(base: ReadonlyMap<string, DomainPosture>, head: ReadonlyMap<string, DomainPosture>): DomainDiff[] {
  const keys = sortNames(new Set([...base.keys(), ...head.keys()]));
  const out: DomainDiff[] = [];
  for (const key of keys) {
    const b = base.get(key);
    const h = head.get(key);
    const changes = diffDomain(b, h);
    if (changes.length === 0) continue;
    out.push({ domain: (h ?? b)!.posture.domain, status: !b ? 'added' : !h ? 'removed' : 'changed', changes, base: b?.posture, head: h?.posture });
  }
  return out;
}

export function diffDomain(base: DomainPosture | undefined, head: DomainPosture | undefined): Change[] {
  if (!base && !head) return [];
  if (!base) return [{ aspect: 'domain', text: `new mail domain: ${describe(head!.posture)}`, weakens: false }];
  if (!head) {
    const b = base.posture;
    // Without SPF and DMARC anyone may send as the domain again.
    const protectedBefore = b.dmarc !== undefined || b.senders !== undefined || b.inbound.kind === 'null-mx';
    return [{ aspect: 'domain', text: `no longer a mail domain in the zones (was: ${describe(b)})`, weakens: protectedBefore }];
  }
  return [...inbound(base, head), ...senders(base, head), ...dmarc(base, head), ...dkim(base, head), ...policies(base, head), ...ttls(base, head)];
}

/** One line that says what a domain's posture is, for an added or removed domain. */
function describe(p: MailPosture): string {
  const parts = [inboundText(p)];
  if (p.senders) parts.push(`senders ${[...p.senders.authorised.map((s) => s.term), p.senders.all === 'none' ? '' : p.senders.all].filter(Boolean).join(' ')}`);
  if (p.dmarc) parts.push(`DMARC ${dmarcText(p.dmarc)}${p.dmarc.inherited ? ` (from ${p.dmarc.from})` : ''}`);
  if (p.dkim.length) parts.push(`DKIM ${p.dkim.map((d) => d.selector).join(', ')}`);
  return parts.join('; ');
}

function inboundText(p: MailPosture): string {
  const i = p.inbound;
  switch (i.kind) {
    case 'mx':
      return `inbound ${i.exchangers.map((e) => `${e.name} (${e.preference})`).join(', ')}`;
    case 'null-mx':
      return 'accepts no mail (null MX)';
    case 'implicit':
      return `inbound to its own address (no MX: ${i.addresses.join(', ')})`;
    case 'none':
      return 'no inbound mail';
  }
}

// ───────────────────────────── inbound, DANE, MTA-STS ─────────────────────────────

function primaries(list: readonly Exchanger[]): string[] {
  const best = Math.min(...list.map((e) => e.preference));
  return list.filter((e) => e.preference === best).map((e) => e.name);
}

function inbound(base: DomainPosture, head: DomainPosture): Change[] {
  const b = base.posture.inbound;
  const h = head.posture.inbound;
  const mxRecord = head.records.mx[0];
  if (b.kind !== 'mx' || h.kind !== 'mx') {
    if (b.kind === h.kind && (b.kind !== 'implicit' || same(b.addresses, (h as typeof b).addresses))) return [];
    return [{ aspect: 'inbound', text: `${inboundText(base.posture)} → ${inboundText(head.posture)}`, weakens: false, kind: 'inbound-moved', record: mxRecord }];
  }
  const out: Change[] = [];
  const baseNames = new Set(b.exchangers.map((e) => e.name.toLowerCase()));
  const headNames = new Set(h.exchangers.map((e) => e.name.toLowerCase()));
  const added = h.exchangers.filter((e) => !baseNames.has(e.name.toLowerCase()));
  const removed = b.exchangers.filter((e) => !headNames.has(e.name.toLowerCase()));
  const recordOf = (name: string) => head.records.exchangers.get(keyOf(name)) ?? mxRecord;
  const addedNames = added.map((e) => e.name);
  if (removed.length === b.exchangers.length && added.length > 0) {
    out.push({ aspect: 'inbound', text: `all exchangers replaced: ${list(b.exchangers)} → ${list(h.exchangers)}`, weakens: false, kind: 'inbound-moved', record: recordOf(h.exchangers[0].name), added: addedNames });
  } else {
    const bp = primaries(b.exchangers);
    const hp = primaries(h.exchangers);
    if (!same(bp, hp)) {
      out.push({ aspect: 'inbound', text: `primary exchanger ${bp.join(', ')} → ${hp.join(', ')}`, weakens: false, kind: 'inbound-moved', record: recordOf(hp[0]), added: addedNames });
    }
    const primaryMoved = out.length > 0;
    for (const e of added) if (!primaryMoved || !hp.includes(e.name)) out.push({ aspect: 'inbound', text: `+${e.name} (preference ${e.preference})`, weakens: false, kind: 'inbound-moved', backup: true, record: recordOf(e.name), added: [e.name] });
    for (const e of removed) out.push({ aspect: 'inbound', text: `-${e.name}`, weakens: false });
    for (const e of h.exchangers) {
      const was = b.exchangers.find((x) => x.name.toLowerCase() === e.name.toLowerCase());
      if (was && was.preference !== e.preference && !(primaryMoved && hp.includes(e.name))) out.push({ aspect: 'inbound', text: `${e.name} preference ${was.preference} → ${e.preference}`, weakens: false });
      if (was && !same(was.addresses.map((a) => a.address), e.addresses.map((a) => a.address))) {
        out.push({ aspect: 'inbound', text: `${e.name} addresses ${addressList(was)} → ${addressList(e)}`, weakens: false, record: head.records.addresses.get(keyOf(e.name))?.[0] });
      }
    }
  }
  out.push(...dane(b.exchangers, h.exchangers, recordOf));
  // MTA-STS: senders cache the policy until the id changes; new exchangers may not match its mx: patterns.
  const sts = head.posture.mtaSts;
  if ((added.length || removed.length) && sts?.id !== undefined && base.posture.mtaSts?.id === sts.id) {
    out.push({
      aspect: 'MTA-STS',
      text: `exchangers changed but id=${sts.id} did not: senders keep the cached policy and may defer mail to ${added.length ? list(added) : 'the new set'}`,
      weakens: true,
      kind: 'mta-sts-not-updated',
      record: head.records.mtaSts?.record,
    });
  }
  return out;
}

function dane(base: readonly Exchanger[], head: readonly Exchanger[], recordOf: (name: string) => ZoneRecord | undefined): Change[] {
  const out: Change[] = [];
  const others = head.filter((e) => e.dane.state === 'yes');
  for (const e of head) {
    const was = base.find((x) => x.name.toLowerCase() === e.name.toLowerCase());
    if (!was && e.dane.state === 'no' && others.length > 0) {
      out.push({ aspect: 'DANE', text: `${e.name} added without TLSA while ${list(others)} ${others.length === 1 ? 'has' : 'have'} it`, weakens: true, kind: 'dane-broken', record: recordOf(e.name) });
    } else if (was?.dane.state === 'yes' && e.dane.state === 'no') {
      out.push({ aspect: 'DANE', text: `${e.name} lost its TLSA records`, weakens: true, kind: 'dane-broken', record: recordOf(e.name) });
    } else if (was?.dane.state === 'yes' && e.dane.state === 'yes' && !same(was.dane.tlsa, e.dane.tlsa)) {
      out.push({ aspect: 'DANE', text: `${e.name} TLSA ${was.dane.tlsa.join(', ')} → ${e.dane.tlsa.join(', ')}`, weakens: false });
    } else if (was && was.dane.state !== 'yes' && e.dane.state === 'yes') {
      out.push({ aspect: 'DANE', text: `${e.name} now has TLSA`, weakens: false });
    }
  }
  return out;
}

// ───────────────────────────── senders (SPF) ─────────────────────────────

/** How strictly an `all` ends the policy: a lower rank lets more mail pass. */
const ALL_RANK: Record<string, number> = { '-all': 3, '~all': 2, '?all': 1, none: 1, '+all': 0 };

function senders(base: DomainPosture, head: DomainPosture): Change[] {
  const b = base.posture.senders;
  const h = head.posture.senders;
  const record = head.records.spf?.record;
  if (base.posture.sendersProblem !== head.posture.sendersProblem && head.posture.sendersProblem) {
    return [{ aspect: 'senders', text: head.posture.sendersProblem, weakens: false }];
  }
  if (!b && !h) return [];
  if (!h) return [{ aspect: 'senders', text: `SPF record removed (was ${spfSummary(b!)})`, weakens: true, kind: 'spf-widened' }];
  if (!b) return [{ aspect: 'senders', text: `SPF added: ${spfSummary(h)}`, weakens: false, record }];
  const out: Change[] = [];
  const baseTerms = new Set(b.authorised.map((s) => s.term));
  const headTerms = new Set(h.authorised.map((s) => s.term));
  const limit = `${h.lookupsAtLeast ? 'at least ' : ''}${h.lookups} of 10 used`;
  const baseNetworks = b.authorised.map((s) => network(s.term)).filter((n): n is IpNetwork & { qualifier: string } => n !== undefined);
  for (const s of h.authorised) {
    if (baseTerms.has(s.term) || withinBase(s.term, baseNetworks)) continue;
    const notes: string[] = [];
    if (s.lookups) notes.push(`adds ${s.lookups} lookup${s.lookups === 1 ? '' : 's'}, ${limit}`);
    if (s.via.length) notes.push(`via ${s.via.join(' → ')}`);
    const open = s.term === 'all';
    out.push({ aspect: 'senders', text: `+${s.term}${notes.length ? ` (${notes.join('; ')})` : ''}`, weakens: open, kind: 'spf-widened', record: head.records.senders.get(s.term) ?? record });
  }
  for (const s of b.authorised) if (!headTerms.has(s.term)) out.push({ aspect: 'senders', text: `-${s.term}${s.via.length ? ` (via ${s.via.join(' → ')})` : ''}`, weakens: false });
  if (b.all !== h.all) {
    const softer = (ALL_RANK[h.all] ?? 1) < (ALL_RANK[b.all] ?? 1);
    out.push({ aspect: 'senders', text: `${b.all} → ${h.all}${h.all === '+all' ? ' (anyone may send)' : ''}`, weakens: softer, kind: softer ? 'spf-widened' : undefined, record });
  }
  if (out.length && b.lookups !== h.lookups && h.lookups > 10) out.push({ aspect: 'senders', text: `lookups ${b.lookups} → ${h.lookups}: over the limit of 10, receivers return permerror`, weakens: true, record });
  return out;
}

/** An `ip4:`/`ip6:` term as a network with its qualifier. */
function network(term: string): (IpNetwork & { qualifier: string }) | undefined {
  const m = /^([+?~-]?)ip[46]:(.+)$/.exec(term);
  const parsed = m ? parseNetwork(m[2]) : undefined;
  return parsed && m ? { ...parsed, qualifier: m[1] } : undefined;
}

/** A network inside one the base already authorised with the same qualifier (a narrowed range) widens nothing. */
function withinBase(term: string, base: readonly (IpNetwork & { qualifier: string })[]): boolean {
  const n = network(term);
  return n !== undefined && base.some((b) => b.qualifier === n.qualifier && b.bytes.length === n.bytes.length && b.prefix <= n.prefix && inNetwork(n.bytes, b));
}

function spfSummary(s: Senders): string {
  return [...s.authorised.map((a) => a.term), s.all === 'none' ? '' : s.all].filter(Boolean).join(' ');
}

// ───────────────────────────── DMARC ─────────────────────────────

const POLICY_RANK: Record<string, number> = { none: 0, quarantine: 1, reject: 2 };

function dmarcText(d: NonNullable<MailPosture['dmarc']>): string {
  const tags = [`p=${d.p ?? '?'}`];
  if (d.sp) tags.push(`sp=${d.sp}`);
  if (d.np) tags.push(`np=${d.np}`);
  if (d.t) tags.push(`t=${d.t}`);
  return tags.join(' ');
}

function dmarc(base: DomainPosture, head: DomainPosture): Change[] {
  const b = base.posture.dmarc;
  const h = head.posture.dmarc;
  const record = head.records.dmarc?.record;
  if (!b && !h) return [];
  if (!h) return [{ aspect: 'DMARC', text: `no policy any more (was ${dmarcText(b!)}${b!.inherited ? ` from ${b!.from}` : ''})`, weakens: true, kind: 'dmarc-weakened' }];
  if (!b) return [{ aspect: 'DMARC', text: `added ${dmarcText(h)}${h.inherited ? ` (from ${h.from})` : ''}`, weakens: false, record }];
  // A policy inherited from the same place on both sides changed there: said once, at that domain.
  if (b.inherited && h.inherited && b.from === h.from) return [];
  const out: Change[] = [];
  if (b.from !== h.from) out.push({ aspect: 'DMARC', text: `policy now from ${h.from}${h.inherited ? ' (inherited)' : ''}, was ${b.from}`, weakens: false, record });
  // Effective policies: sp defaults to p, np to sp (RFC 9989).
  const eff = (d: typeof b) => ({ p: d.p ?? 'none', sp: d.sp ?? d.p ?? 'none', np: d.np ?? d.sp ?? d.p ?? 'none' });
  const be = eff(b);
  const he = eff(h);
  for (const tag of ['p', 'sp', 'np'] as const) {
    // sp and np are news only where written: their defaults follow p, which is reported already.
    if (be[tag] === he[tag] || (tag !== 'p' && b[tag] === undefined && h[tag] === undefined)) continue;
    const lowered = POLICY_RANK[he[tag]] < POLICY_RANK[be[tag]];
    out.push({ aspect: 'DMARC', text: `${tag}=${be[tag]} → ${tag}=${he[tag]}`, weakens: lowered, kind: lowered ? 'dmarc-weakened' : undefined, record });
  }
  if (b.t !== h.t) {
    const testing = h.t === 'y';
    out.push({ aspect: 'DMARC', text: `t=${b.t ?? 'n'} → t=${h.t ?? 'n'}${testing ? ' (testing: receivers apply one policy level lower)' : ''}`, weakens: testing, kind: testing ? 'dmarc-weakened' : undefined, record });
  }
  for (const tag of ['adkim', 'aspf'] as const) {
    if (b[tag] === h[tag]) continue;
    const relaxed = h[tag] === 'r';
    out.push({ aspect: 'DMARC', text: `${tag}=${b[tag]} → ${tag}=${h[tag]}`, weakens: relaxed, kind: relaxed ? 'dmarc-weakened' : undefined, record });
  }
  for (const tag of ['rua', 'ruf'] as const) {
    if (same(b[tag], h[tag])) continue;
    const stopped = b[tag].length > 0 && h[tag].length === 0;
    out.push({
      aspect: 'DMARC',
      text: stopped ? `${tag} removed (no more ${tag === 'rua' ? 'aggregate' : 'failure'} reports; was ${b[tag].join(', ')})` : `${tag} ${b[tag].join(', ') || '(none)'} → ${h[tag].join(', ')}`,
      weakens: stopped,
      kind: stopped ? 'dmarc-weakened' : undefined,
      record,
    });
  }
  return out;
}

// ───────────────────────────── DKIM ─────────────────────────────

function keyText(d: DkimSelector): string {
  if (d.delegatedTo !== undefined) return `CNAME to ${d.delegatedTo}`;
  return d.fingerprint === 'revoked' ? 'revoked' : `${d.keyType}${d.bits ? ` ${d.bits}` : ''}, ${d.fingerprint}`;
}

function dkim(base: DomainPosture, head: DomainPosture): Change[] {
  const out: Change[] = [];
  for (const h of head.posture.dkim) {
    const b = base.posture.dkim.find((x) => x.selector === h.selector);
    const record = head.records.dkim.get(h.selector)?.record;
    if (!b) out.push({ aspect: 'DKIM', text: `+selector ${h.selector} (${keyText(h)})`, weakens: false, record });
    else if (b.fingerprint !== h.fingerprint) {
      const revoked = h.fingerprint === 'revoked';
      out.push({ aspect: 'DKIM', text: `selector ${h.selector} ${revoked ? 'revoked' : 'key replaced'} (${keyText(b)} → ${keyText(h)})`, weakens: false, kind: revoked ? 'dkim-selector-removed' : undefined, record });
    }
  }
  for (const b of base.posture.dkim) {
    if (head.posture.dkim.some((x) => x.selector === b.selector)) continue;
    out.push({ aspect: 'DKIM', text: `-selector ${b.selector} (${keyText(b)}): mail in flight signed with it fails DKIM`, weakens: false, kind: 'dkim-selector-removed' });
  }
  return out;
}

// ───────────────────────────── MTA-STS, TLS-RPT, BIMI ─────────────────────────────

function policies(base: DomainPosture, head: DomainPosture): Change[] {
  const out: Change[] = [];
  const bs = base.posture.mtaSts;
  const hs = head.posture.mtaSts;
  const stsRecord = head.records.mtaSts?.record;
  if (bs && !hs) out.push({ aspect: 'MTA-STS', text: `record removed (was id=${bs.id ?? '?'}): senders stop refreshing the policy`, weakens: true });
  else if (!bs && hs) out.push({ aspect: 'MTA-STS', text: `added id=${hs.id ?? '?'}`, weakens: false, record: stsRecord });
  else if (bs && hs && bs.id !== hs.id) out.push({ aspect: 'MTA-STS', text: `id=${bs.id ?? '?'} → id=${hs.id ?? '?'}`, weakens: false, record: stsRecord });
  const br = base.posture.tlsRpt;
  const hr = head.posture.tlsRpt;
  if (br && !hr) out.push({ aspect: 'TLS-RPT', text: `removed (was ${br.rua.join(', ')}): no more TLS failure reports`, weakens: true });
  else if (!br && hr) out.push({ aspect: 'TLS-RPT', text: `added ${hr.rua.join(', ')}`, weakens: false });
  else if (br && hr && !same(br.rua, hr.rua)) out.push({ aspect: 'TLS-RPT', text: `${br.rua.join(', ')} → ${hr.rua.join(', ')}`, weakens: false });
  const bimi = (p: MailPosture) => p.bimi.map((x) => `${x.selector}: ${x.logo ?? ''}${x.evidence ? ` (${x.evidence})` : ''}`);
  const bb = bimi(base.posture);
  const hb = bimi(head.posture);
  if (!same(bb, hb)) out.push({ aspect: 'BIMI', text: `${bb.join(', ') || 'none'} → ${hb.join(', ') || 'none'}`, weakens: false });
  return out;
}

// ───────────────────────────── TTLs ─────────────────────────────

/**
 * A mail RRset whose content and TTL both change in one go: the new, unproven value is cached
 * longer, so undoing a mistake takes longer (the habit is to lower a TTL before a change).
 */
function ttls(base: DomainPosture, head: DomainPosture): Change[] {
  const out: Change[] = [];
  const raised = (what: string, before: number, after: number, record: ZoneRecord | undefined) => {
    if (after > before) out.push({ aspect: 'TTL', text: `${what} TTL raised ${before} → ${after} in the same change as its content`, weakens: false, kind: 'ttl-raised', record });
  };
  const b = base.posture;
  const h = head.posture;
  if (b.inbound.kind === 'mx' && h.inbound.kind === 'mx') {
    const text = (i: typeof b.inbound) => i.exchangers.map((e) => `${e.preference} ${e.name}`).join(',');
    if (text(b.inbound) !== text(h.inbound)) raised('MX', b.inbound.ttl, h.inbound.ttl, head.records.mx.find((r) => r.ttl === (h.inbound as { ttl: number }).ttl));
  }
  if (b.inbound.kind === 'mx' && h.inbound.kind === 'mx') {
    for (const e of h.inbound.exchangers) {
      const was = b.inbound.exchangers.find((x) => x.name.toLowerCase() === e.name.toLowerCase());
      if (!was || same(was.addresses.map((a) => a.address), e.addresses.map((a) => a.address))) continue;
      const ttl = (x: Exchanger) => Math.max(0, ...x.addresses.map((a) => a.ttl));
      raised(`${e.name} address`, ttl(was), ttl(e), head.records.addresses.get(keyOf(e.name))?.[0]);
    }
  }
  if (b.senders && h.senders && b.senders.record !== h.senders.record) raised('SPF', b.senders.ttl, h.senders.ttl, head.records.spf?.record);
  if (b.dmarc && h.dmarc && !b.dmarc.inherited && !h.dmarc.inherited && dmarcText(b.dmarc) !== dmarcText(h.dmarc)) raised('DMARC', b.dmarc.ttl, h.dmarc.ttl, head.records.dmarc?.record);
  if (b.mtaSts && h.mtaSts && b.mtaSts.id !== h.mtaSts.id) raised('MTA-STS', b.mtaSts.ttl, h.mtaSts.ttl, head.records.mtaSts?.record);
  return out;
}

// ───────────────────────────── helpers ─────────────────────────────

function same(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function list(exchangers: readonly Exchanger[]): string {
  return exchangers.map((e) => e.name).join(', ');
}

function addressList(e: Exchanger): string {
  return e.addresses.map((a) => a.address).join(', ') || '(none in the zones)';
}

function keyOf(name: string): string {
  return nameKey(name + '.');
}
