import { describe, expect, it } from 'vitest';
import { type DnsResponse, type SpfAnswerTypes, type SpfQueryType, type SpfResolver, checkHost, checkMailFrom } from '../../src/mail/spf-eval.ts';

type Zone = Record<string, Partial<{ [K in SpfQueryType]: SpfAnswerTypes[K][] }>>;

/** A resolver over a literal zone; names outside `known` suffixes answer UNKNOWN, like the offline resolver will. */
function resolver(zone: Zone, known: string[] = ['example.com', 'arpa'], log: string[] = []): SpfResolver {
  return {
    query<T extends SpfQueryType>(name: string, type: T): DnsResponse<SpfAnswerTypes[T]> {
      log.push(`${type} ${name}`);
      const key = name.toLowerCase();
      if (!known.some((k) => key === k || key.endsWith(`.${k}`))) return { rcode: 'UNKNOWN', answers: [] };
      const node = zone[key];
      if (!node) return { rcode: 'NXDOMAIN', answers: [] };
      // Each entry holds answers of its own type; the index can't carry that to TypeScript.
      return { rcode: 'NOERROR', answers: (node[type] ?? []) as SpfAnswerTypes[T][] };
    },
  };
}

describe('checkHost', () => {
  const zone: Zone = {
    'example.com': { TXT: ['v=spf1 mx a:web.example.com include:_spf.example.com -all exp=why.example.com'], MX: [{ preference: 10, exchange: 'mx1.example.com.' }] },
    'mx1.example.com': { A: ['192.0.2.10'] },
    'web.example.com': { AAAA: ['2001:db8::80'] },
    '_spf.example.com': { TXT: ['v=spf1 ip4:198.51.100.0/24 ip6:2001:db8:1::/48'] },
    'why.example.com': { TXT: ['%{i} may not send for %{d} (%{ir}.%{v}.arpa)'] },
  };

  it('passes an MX host and counts lookups', () => {
    expect(checkHost('192.0.2.10', 'example.com', 'a@example.com', resolver(zone))).toEqual({ result: 'pass', lookups: 1, voidLookups: 0, unresolved: [] });
  });

  it('passes through include and counts every DNS-querying term', () => {
    const r = checkHost('2001:db8:1::5', 'example.com', 'a@example.com', resolver(zone));
    expect(r).toMatchObject({ result: 'pass', lookups: 3, voidLookups: 0 });
  });

  it('fails with the expanded exp= explanation', () => {
    const r = checkHost('203.0.113.7', 'example.com', 'a@example.com', resolver(zone));
    expect(r.result).toBe('fail');
    expect(r.explanation).toBe('203.0.113.7 may not send for example.com (7.113.0.203.in-addr.arpa)');
  });

  it('treats IPv4-mapped IPv6 clients as IPv4', () => {
    expect(checkHost('::ffff:192.0.2.10', 'example.com', 'a@example.com', resolver(zone)).result).toBe('pass');
  });

  it('stops with temperror and names the name a resolver cannot know', () => {
    const z: Zone = { 'example.com': { TXT: ['v=spf1 include:spf.protection.outlook.com -all'] } };
    const r = checkHost('192.0.2.1', 'example.com', 'a@example.com', resolver(z));
    expect(r).toMatchObject({ result: 'temperror', unresolved: ['spf.protection.outlook.com'], reason: { code: 'unresolved-name' } });
  });

  it('enforces the 10-lookup limit with a reason', () => {
    const z: Zone = { 'example.com': { TXT: ['v=spf1 a a a a a a a a a a a -all'], A: ['192.0.2.1'] } };
    const r = checkHost('198.51.100.1', 'example.com', 'a@example.com', resolver(z));
    expect(r).toMatchObject({ result: 'permerror', lookups: 11, reason: { code: 'too-many-lookups', domain: 'example.com' } });
  });

  it('enforces the void lookup limit', () => {
    const z: Zone = { 'example.com': { TXT: ['v=spf1 a:x1.example.com a:x2.example.com a:x3.example.com -all'] } };
    expect(checkHost('192.0.2.1', 'example.com', 'a@example.com', resolver(z))).toMatchObject({ result: 'permerror', voidLookups: 3, reason: { code: 'too-many-void-lookups' } });
  });

  it('returns permerror for syntax errors with the parser message', () => {
    const z: Zone = { 'example.com': { TXT: ['v=spf1 ip4:192.0.2.300 -all'] } };
    const r = checkHost('192.0.2.1', 'example.com', 'a@example.com', resolver(z));
    expect(r.result).toBe('permerror');
    expect(r.reason?.code).toBe('invalid-ip4');
  });

  it('never throws, even when the resolver does', () => {
    const broken: SpfResolver = {
      query() {
        throw new Error('boom');
      },
    };
    expect(checkHost('192.0.2.1', 'example.com', 'a@example.com', broken).result).toBe('temperror');
    expect(checkHost('not an ip', 'example.com', 'a@example.com', broken)).toMatchObject({ result: 'permerror', reason: { code: 'invalid-ip' } });
  });

  it('uses the HELO identity when MAIL FROM is empty', () => {
    const log: string[] = [];
    const z: Zone = { 'mail.example.com': { TXT: ['v=spf1 a -all'], A: ['192.0.2.5'] } };
    expect(checkMailFrom('192.0.2.5', '', 'mail.example.com', resolver(z, undefined, log)).result).toBe('pass');
    expect(log).toEqual(['TXT mail.example.com', 'A mail.example.com']);
  });
});
