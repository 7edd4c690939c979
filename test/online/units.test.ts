/** The pure parts of the online checks: server addresses, the MTA-STS policy file, the live- pages. */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseServer } from '../../src/online/dns-client.ts';
import { LIVE_RULES } from '../../src/online/findings.ts';
import { parseStsPolicy, stsMxMatches } from '../../src/mail/mta-sts-policy.ts';

describe('parseServer', () => {
  it('reads IPv4 and IPv6 addresses with and without a port', () => {
    expect(parseServer('192.0.2.53')).toEqual({ address: '192.0.2.53', port: 53, label: '192.0.2.53' });
    expect(parseServer('127.0.0.1:5300')).toEqual({ address: '127.0.0.1', port: 5300, label: '127.0.0.1:5300' });
    expect(parseServer('2001:db8::53')).toEqual({ address: '2001:db8::53', port: 53, label: '2001:db8::53' });
    expect(parseServer('[2001:db8::53]:5300')).toEqual({ address: '2001:db8::53', port: 5300, label: '[2001:db8::53]:5300' });
  });

  it('refuses names and bad ports', () => {
    expect(parseServer('ns1.example.com')).toBeUndefined();
    expect(parseServer('127.0.0.1:70000')).toBeUndefined();
    expect(parseServer('[::1]:0')).toBeUndefined();
  });
});

describe('parseStsPolicy', () => {
  it('reads a policy with CRLF lines and several mx patterns', () => {
    const policy = parseStsPolicy('version: STSv1\r\nmode: enforce\r\nmx: mx1.example.com\r\nmx: *.example.net\r\nmax_age: 604800\r\n');
    expect(policy).toEqual({ mode: 'enforce', maxAge: 604800, mx: ['mx1.example.com', '*.example.net'], problems: [] });
  });

  it('names what is missing or wrong', () => {
    expect(parseStsPolicy('mode: enforcing\nmax_age: 99999999999\n').problems).toEqual([
      'mode "enforcing" is none of enforce, testing, none',
      'max_age "99999999999" is not a number of seconds up to 31557600',
      'the version: STSv1 line is missing',
      'no mx line names the exchangers',
    ]);
    expect(parseStsPolicy('<html>').problems[0]).toBe('the line "<html>" is not "key: value"');
  });
});

describe('stsMxMatches', () => {
  it('lets * stand for exactly one label', () => {
    expect(stsMxMatches('*.example.net', 'mx1.example.net.')).toBe(true);
    expect(stsMxMatches('*.example.net', 'a.b.example.net.')).toBe(false);
    expect(stsMxMatches('*.example.net', 'example.net.')).toBe(false);
    expect(stsMxMatches('MX1.example.com', 'mx1.EXAMPLE.com.')).toBe(true);
  });
});

describe('live- rule pages', () => {
  it('has one page per rule and no page without a rule', () => {
    const pages = readdirSync(fileURLToPath(new URL('../../docs/live', import.meta.url))).map((f) => f.replace(/\.md$/, ''));
    expect(pages.sort()).toEqual(Object.keys(LIVE_RULES).sort());
  });
});
