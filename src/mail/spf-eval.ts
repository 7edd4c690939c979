/**
 * RFC 7208 check_host() over a synchronous resolver: §4 (record lookup and selection, limits),
 * §5 (mechanisms), §6 (redirect, exp) and §7 (macro expansion).
 */
import { type IpAddress, formatIp, parseClientIp, parseIPv4, parseIPv6, prefixMatch, reverseLabels, reverseName } from '../model/ip.ts';
import { type SpfMacroString, type SpfMechanism, isSpfRecord, parseExplanation, parseSpf } from './spf.ts';

export type SpfResult = 'pass' | 'fail' | 'softfail' | 'neutral' | 'none' | 'permerror' | 'temperror';

/**
 * A response code. UNKNOWN means "this resolver cannot know" (an offline resolver asked about a
 * name outside every zone it holds); check_host() then stops with temperror and lists the name
 * in `unresolved`, so a caller can tell "DNS broke" from "not knowable offline".
 */
export type DnsRcode = 'NOERROR' | 'NXDOMAIN' | 'SERVFAIL' | 'TIMEOUT' | 'UNKNOWN';

export interface MxAnswer {
  preference: number;
  /** The exchange host name; "" or "." for a null MX (RFC 7505). */
  exchange: string;
}

/** RFC 7208 only queries TXT for records (§3.1: type SPF is gone), plus address, MX and PTR data. */
export type SpfQueryType = 'TXT' | 'A' | 'AAAA' | 'MX' | 'PTR';

/**
 * Answer shapes per type: TXT answers are one string per record with its character-strings
 * already concatenated (§3.3); A/AAAA are address text; PTR are host names.
 */
export interface SpfAnswerTypes {
  TXT: string;
  A: string;
  AAAA: string;
  MX: MxAnswer;
  PTR: string;
}

export interface DnsResponse<T> {
  rcode: DnsRcode;
  /** Empty unless rcode is NOERROR. CNAMEs are the resolver's business: answer for the target. */
  answers: T[];
}

/** Synchronous DNS: check_host() asks for names without a trailing dot, in any letter case. */
export interface SpfResolver {
  query<T extends SpfQueryType>(name: string, type: T): DnsResponse<SpfAnswerTypes[T]>;
}

export interface SpfCheckOptions {
  /** HELO/EHLO name for the %{h} macro; defaults to the domain of <sender>. */
  helo?: string;
  /** Receiving host for the %{r} macro in explanations; defaults to "unknown" (§7.3). */
  receiver?: string;
  /** Seconds since the epoch for %{t}; defaults to now. */
  now?: number;
  /** DNS-querying terms allowed per check (§4.6.4); default 10. */
  maxLookups?: number;
  /** Void lookups allowed per check (§4.6.4); default 2. */
  maxVoidLookups?: number;
}

export interface SpfCheckResult {
  result: SpfResult;
  /** The expanded exp= text, only for "fail" and only when exp= produced one (§6.2). */
  explanation?: string;
  /** DNS-querying terms evaluated (include, a, mx, ptr, exists, redirect). */
  lookups: number;
  voidLookups: number;
  /** Why the result is permerror or temperror. */
  reason?: { code: string; message: string; domain: string };
  /** Names the resolver answered UNKNOWN for, in first-asked order. */
  unresolved: string[];
}

/** Internal: aborts evaluation with permerror or temperror. */
class SpfAbort {
  constructor(
    readonly result: 'permerror' | 'temperror',
    readonly code: string,
    readonly message: string,
    readonly domain: string,
  ) {}
}

interface Context {
  ip: IpAddress;
  sender: string;
  localPart: string;
  senderDomain: string;
  helo: string;
  resolver: SpfResolver;
  receiver: string;
  now: number;
  maxLookups: number;
  maxVoids: number;
  lookups: number;
  voids: number;
  unresolved: string[];
}

interface Outcome {
  result: SpfResult;
  explanation?: string;
}

/** RFC 1035 name shape: 1–63 octet labels, ≤ 253 in all. Used for <domain> and target names. */
function isQueryableName(name: string): boolean {
  if (name.length === 0 || name.length > 253) return false;
  return name.split('.').every((l) => l.length > 0 && l.length <= 63);
}

function stripDot(name: string): string {
  return name.endsWith('.') ? name.slice(0, -1) : name;
}

function query<T extends SpfQueryType>(ctx: Context, name: string, type: T): DnsResponse<SpfAnswerTypes[T]> {
  let res: DnsResponse<SpfAnswerTypes[T]>;
  try {
    res = ctx.resolver.query(name, type);
  } catch {
    // A throwing resolver is a broken resolver: a temporary condition, not a policy fact.
    res = { rcode: 'SERVFAIL', answers: [] };
  }
  if (res.rcode === 'UNKNOWN' && !ctx.unresolved.includes(name.toLowerCase())) ctx.unresolved.push(name.toLowerCase());
  return res;
}

function dnsAbort(ctx: Context, name: string, type: string, rcode: DnsRcode): SpfAbort {
  if (rcode === 'UNKNOWN') return new SpfAbort('temperror', 'unresolved-name', `The ${type} records of ${name} are not known to this resolver.`, name);
  return new SpfAbort('temperror', 'dns-error', `The ${type} lookup for ${name} failed (${rcode}).`, name);
}

/** Counts a DNS-querying term against the §4.6.4 limit. */
function countLookup(ctx: Context, domain: string, what: string): void {
  ctx.lookups++;
  if (ctx.lookups > ctx.maxLookups) {
    throw new SpfAbort(
      'permerror',
      'too-many-lookups',
      `Evaluating ${what} needs DNS lookup number ${ctx.lookups}; SPF allows at most ${ctx.maxLookups} (RFC 7208 §4.6.4).`,
      domain,
    );
  }
}

/** A response that answered nothing (NXDOMAIN or empty NOERROR) counts as a void lookup. */
function countVoid(ctx: Context, domain: string, name: string, res: DnsResponse<unknown>): void {
  if (res.rcode === 'NXDOMAIN' || (res.rcode === 'NOERROR' && res.answers.length === 0)) {
    ctx.voids++;
    if (ctx.voids > ctx.maxVoids) {
      throw new SpfAbort(
        'permerror',
        'too-many-void-lookups',
        `The lookup for ${name} is void lookup number ${ctx.voids}; SPF allows at most ${ctx.maxVoids} (RFC 7208 §4.6.4).`,
        domain,
      );
    }
  }
}

/** Addresses of `name` in the client's family; null when the name doesn't exist or has none. */
function addresses(ctx: Context, domain: string, name: string, countVoids: boolean): Uint8Array[] {
  const type = ctx.ip.family === 4 ? 'A' : 'AAAA';
  const res = query(ctx, name, type);
  if (res.rcode !== 'NOERROR' && res.rcode !== 'NXDOMAIN') throw dnsAbort(ctx, name, type, res.rcode);
  if (countVoids) countVoid(ctx, domain, name, res);
  const out: Uint8Array[] = [];
  for (const a of res.answers) {
    const bytes = ctx.ip.family === 4 ? parseIPv4(a) : parseIPv6(a);
    if (bytes) out.push(bytes);
  }
  return out;
}

/**
 * Names from the PTR records of the client address that resolve back to it (§5.5), at most
 * 10 PTR names examined. DNS errors here skip names rather than abort.
 */
function validatedNames(ctx: Context, domain: string, countVoids: boolean): string[] {
  const rev = reverseName(ctx.ip);
  const res = query(ctx, rev, 'PTR');
  if (countVoids) countVoid(ctx, domain, rev, res);
  if (res.rcode !== 'NOERROR') return [];
  const out: string[] = [];
  for (const raw of res.answers.slice(0, 10)) {
    const name = stripDot(raw);
    if (!isQueryableName(name)) continue;
    const type = ctx.ip.family === 4 ? 'A' : 'AAAA';
    const a = query(ctx, name, type);
    if (a.rcode !== 'NOERROR') continue;
    const hit = a.answers.some((t) => {
      const bytes = ctx.ip.family === 4 ? parseIPv4(t) : parseIPv6(t);
      return bytes !== null && prefixMatch(bytes, ctx.ip.bytes, bytes.length * 8);
    });
    if (hit) out.push(name);
  }
  return out;
}

function isSubdomainOrSame(name: string, target: string): boolean {
  const n = name.toLowerCase();
  const t = target.toLowerCase();
  return n === t || n.endsWith(`.${t}`);
}

/** RFC 3986 unreserved characters stay; everything else becomes %XX (§7.3). */
function urlEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    out += /[A-Za-z0-9\-._~]/.test(ch) ? ch : `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function macroValue(ctx: Context, domain: string, letter: string): string {
  switch (letter) {
    case 's':
      return ctx.sender;
    case 'l':
      return ctx.localPart;
    case 'o':
      return ctx.senderDomain;
    case 'd':
      return domain;
    case 'i':
      // Dotted quad for IPv4; dot-separated nibbles for IPv6 (§7.3).
      return ctx.ip.family === 4 ? formatIp(ctx.ip) : reverseLabels(ctx.ip).reverse().join('.');
    case 'p': {
      const names = validatedNames(ctx, domain, false);
      const exact = names.find((n) => n.toLowerCase() === domain.toLowerCase());
      return exact ?? names.find((n) => isSubdomainOrSame(n, domain)) ?? names[0] ?? 'unknown';
    }
    case 'v':
      return ctx.ip.family === 4 ? 'in-addr' : 'ip6';
    case 'h':
      return ctx.helo;
    case 'c':
      return formatIp(ctx.ip);
    case 'r':
      return ctx.receiver;
    case 't':
      return String(ctx.now);
    default:
      return '';
  }
}

function expand(ctx: Context, domain: string, macro: SpfMacroString): string {
  let out = '';
  for (const part of macro.parts) {
    if (part.type === 'literal') out += part.text;
    else if (part.type === 'escape') out += part.char === '%' ? '%' : part.char === '_' ? ' ' : '%20';
    else {
      const value = macroValue(ctx, domain, part.letter);
      let pieces = value.split(new RegExp(`[${part.delimiters.replace(/[-\\\]^/]/g, '\\$&')}]`));
      if (part.reverse) pieces.reverse();
      if (part.keep !== undefined && part.keep < pieces.length) pieces = pieces.slice(pieces.length - part.keep);
      const joined = pieces.join('.');
      out += part.urlEscape ? urlEscape(joined) : joined;
    }
  }
  return out;
}

/** Expands a domain-spec into a target name (§7.3: trailing dot dropped, left labels trimmed to 253). */
function targetName(ctx: Context, domain: string, macro: SpfMacroString): string {
  let name = stripDot(expand(ctx, domain, macro));
  while (name.length > 253 && name.includes('.')) name = name.slice(name.indexOf('.') + 1);
  return name;
}

function qualifierResult(q: SpfMechanism['qualifier']): SpfResult {
  return q === '+' ? 'pass' : q === '-' ? 'fail' : q === '~' ? 'softfail' : 'neutral';
}

/** Whether `mech`, a mechanism of the record `text`, matches the client. */
function matches(ctx: Context, domain: string, text: string, mech: SpfMechanism): boolean {
  const target = (): string => {
    const spec = mech.domainSpec(text);
    return spec ? targetName(ctx, domain, spec) : domain;
  };
  switch (mech.kind) {
    case 'all':
      return true;
    case 'ip4':
    case 'ip6': {
      const family = mech.kind === 'ip4' ? 4 : 6;
      const address = ctx.ip.family === family ? mech.address(text) : undefined;
      if (!address) return false;
      return prefixMatch(address, ctx.ip.bytes, mech.prefixLength(family));
    }
    case 'include': {
      countLookup(ctx, domain, `include:${mech.value(text)?.text ?? ''}`);
      const name = target();
      const sub = evaluate(ctx, name);
      if (sub.result === 'pass') return true;
      if (sub.result === 'none') {
        throw new SpfAbort('permerror', 'include-none', `include:${name} found no SPF record; an included domain must publish one (RFC 7208 §5.2).`, domain);
      }
      return false;
    }
    case 'a':
    case 'mx':
    case 'ptr':
    case 'exists': {
      countLookup(ctx, domain, text.slice(mech.nameStart, mech.end));
      const name = target();
      // A target that can't be a DNS name (empty or over-long label) matches nothing (§4.3 by analogy).
      if (!isQueryableName(name)) return false;
      const len = mech.prefixLength(ctx.ip.family);
      const inPrefix = (list: Uint8Array[]): boolean => list.some((b) => prefixMatch(b, ctx.ip.bytes, len));
      if (mech.kind === 'a') return inPrefix(addresses(ctx, domain, name, true));
      if (mech.kind === 'exists') {
        // exists always asks for A records, whatever the client's family (§5.7).
        const res = query(ctx, name, 'A');
        if (res.rcode !== 'NOERROR' && res.rcode !== 'NXDOMAIN') throw dnsAbort(ctx, name, 'A', res.rcode);
        countVoid(ctx, domain, name, res);
        return res.answers.length > 0;
      }
      if (mech.kind === 'ptr') return validatedNames(ctx, domain, true).some((n) => isSubdomainOrSame(n, name));
      const res = query(ctx, name, 'MX');
      if (res.rcode !== 'NOERROR' && res.rcode !== 'NXDOMAIN') throw dnsAbort(ctx, name, 'MX', res.rcode);
      countVoid(ctx, domain, name, res);
      if (res.answers.length > 10) {
        throw new SpfAbort('permerror', 'too-many-mx', `${name} has ${res.answers.length} MX records; the mx mechanism allows at most 10 (RFC 7208 §4.6.4).`, domain);
      }
      for (const mx of res.answers) {
        const host = stripDot(mx.exchange);
        if (!isQueryableName(host)) continue;
        if (inPrefix(addresses(ctx, domain, host, false))) return true;
      }
      return false;
    }
  }
}

/** §6.2: any problem fetching or parsing the explanation means "no explanation". */
function explain(ctx: Context, domain: string, spec: SpfMacroString): string | undefined {
  try {
    const name = targetName(ctx, domain, spec);
    if (!isQueryableName(name)) return undefined;
    const res = query(ctx, name, 'TXT');
    if (res.rcode !== 'NOERROR' || res.answers.length !== 1) return undefined;
    const parsed = parseExplanation(res.answers[0]);
    if (parsed.problems.length > 0) return undefined;
    return expand(ctx, domain, parsed.macro);
  } catch {
    return undefined;
  }
}

/** check_host() for one domain (the first one, or an include or redirect target). */
function evaluate(ctx: Context, rawDomain: string): Outcome {
  const domain = stripDot(rawDomain);
  if (!isQueryableName(domain) || !domain.includes('.') || domain.startsWith('[')) return { result: 'none' };
  const res = query(ctx, domain, 'TXT');
  if (res.rcode === 'NXDOMAIN') return { result: 'none' };
  if (res.rcode !== 'NOERROR') throw dnsAbort(ctx, domain, 'TXT', res.rcode);
  const records = res.answers.filter(isSpfRecord);
  if (records.length === 0) return { result: 'none' };
  if (records.length > 1) {
    throw new SpfAbort('permerror', 'multiple-records', `${domain} publishes ${records.length} SPF records; it must publish exactly one (RFC 7208 §4.5).`, domain);
  }
  const record = parseSpf(records[0]);
  if (record.problems.length > 0) {
    const p = record.problems[0];
    throw new SpfAbort('permerror', p.code, p.message, domain);
  }
  for (const term of record.terms) {
    if (term.type !== 'mechanism') continue;
    if (matches(ctx, domain, record.text, term)) {
      const result = qualifierResult(term.qualifier);
      if (result === 'fail' && record.exp) {
        const explanation = explain(ctx, domain, record.exp.macro(record.text));
        if (explanation !== undefined) return { result, explanation };
      }
      return { result };
    }
  }
  if (record.redirect) {
    countLookup(ctx, domain, `redirect=${record.redirect.value(record.text).text}`);
    const name = targetName(ctx, domain, record.redirect.macro(record.text));
    // The redirect target's own exp= applies, never this record's (§6.2).
    const sub = evaluate(ctx, name);
    if (sub.result === 'none') {
      throw new SpfAbort('permerror', 'redirect-none', `redirect=${name} found no SPF record; the target of a redirect must publish one (RFC 7208 §6.1).`, domain);
    }
    return sub;
  }
  return { result: 'neutral' };
}

/**
 * RFC 7208 check_host(ip, domain, sender). `sender` is the MAIL FROM address, or
 * "postmaster@" + the HELO name when MAIL FROM is empty (see checkMailFrom). Never throws.
 */
export function checkHost(ip: string, domain: string, sender: string, resolver: SpfResolver, options: SpfCheckOptions = {}): SpfCheckResult {
  const at = sender.lastIndexOf('@');
  const localPart = at > 0 ? sender.slice(0, at) : 'postmaster';
  const senderDomain = at >= 0 ? sender.slice(at + 1) : sender;
  const ctx: Context = {
    ip: { family: 4, bytes: new Uint8Array(4) },
    sender: `${localPart}@${senderDomain}`,
    localPart,
    senderDomain,
    helo: options.helo ?? senderDomain,
    resolver,
    receiver: options.receiver ?? 'unknown',
    now: options.now ?? Math.floor(Date.now() / 1000),
    maxLookups: options.maxLookups ?? 10,
    maxVoids: options.maxVoidLookups ?? 2,
    lookups: 0,
    voids: 0,
    unresolved: [],
  };
  const done = (o: Outcome, reason?: SpfCheckResult['reason']): SpfCheckResult => ({
    result: o.result,
    ...(o.explanation !== undefined ? { explanation: o.explanation } : {}),
    lookups: ctx.lookups,
    voidLookups: ctx.voids,
    ...(reason ? { reason } : {}),
    unresolved: ctx.unresolved,
  });
  const client = parseClientIp(ip);
  if (!client) return done({ result: 'permerror' }, { code: 'invalid-ip', message: `${JSON.stringify(ip)} is not an IP address.`, domain });
  ctx.ip = client;
  try {
    return done(evaluate(ctx, domain));
  } catch (e) {
    if (e instanceof SpfAbort) return done({ result: e.result }, { code: e.code, message: e.message, domain: e.domain });
    // Defensive: a bug here must not take down a lint run.
    return done({ result: 'temperror' }, { code: 'internal-error', message: String(e), domain });
  }
}

/**
 * Chooses the identity as RFC 7208 §2.3/§2.4 describe: the MAIL FROM domain, or the HELO name
 * when MAIL FROM is empty ("<>"), then runs check_host().
 */
export function checkMailFrom(ip: string, mailFrom: string, helo: string, resolver: SpfResolver, options: SpfCheckOptions = {}): SpfCheckResult {
  const sender = mailFrom === '' ? `postmaster@${helo}` : mailFrom;
  const domain = sender.slice(sender.lastIndexOf('@') + 1);
  return checkHost(ip, domain, sender, resolver, { ...options, helo });
}
