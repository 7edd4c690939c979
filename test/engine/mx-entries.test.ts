/**
 * An MX entry reads the exchange as written from the file only when it could have been written
 * relative (it ends in the origin in force): these tests hold exchangeText and the checks for
 * miswritten exchanges to the file's text, for every way of writing the exchange.
 */
import { describe, expect, it } from 'vitest';
import { exchangeAsIp, exchangeText, missingDotGuess, mxRecords } from '../../src/engine/mx.ts';
import { ZoneSet } from '../../src/model/zoneset.ts';
import { readZone } from '../../src/zone/reader.ts';

const text = [
  '$ORIGIN example.com.',
  '$TTL 3600',
  '@ SOA ns1 hostmaster 1 7200 3600 1209600 300',
  '@ NS ns1.example.net.',
  'a MX 10 mx1.example.com.',
  'b MX 10 mx1',
  'c MX 10 @',
  'd MX 10 mail.example.net.',
  'e MX 10 mail.example.net',
  'f MX 10 MX1.Example.COM',
  'g MX 10 192.0.2.1',
  'h MX 10 192.0.2.1.',
  'i MX 10 mx.example.com',
  '$ORIGIN sub.example.com.',
  'j MX 10 mx2',
  'k MX 10 mx2.sub.example.com.',
  '',
].join('\n');

describe('MX entries', () => {
  const bytes = Buffer.from(text, 'latin1');
  const zone = readZone('/repo/example.com.zone', { root: '/repo', readFile: (p) => (p === '/repo/example.com.zone' ? bytes : undefined) });
  const zones = new ZoneSet([zone]);
  const entries = mxRecords(zone);

  it('give the exchange as written, read from the file or not', () => {
    expect(entries.map((mx) => exchangeText(mx))).toEqual([
      'mx1.example.com.',
      'mx1',
      '@',
      'mail.example.net.',
      'mail.example.net',
      'MX1.Example.COM',
      '192.0.2.1',
      '192.0.2.1.',
      'mx.example.com',
      'mx2',
      'mx2.sub.example.com.',
    ]);
  });

  it('tell the miswritten exchanges from the rest', () => {
    const guesses = entries.map((mx) => missingDotGuess(zones, zone, mx)?.meant ?? null);
    expect(guesses).toEqual([null, null, null, null, 'mail.example.net.', 'MX1.Example.COM.', null, null, 'mx.example.com.', null, null]);
    const ips = entries.map((mx) => {
      const ip = exchangeAsIp(mx);
      return ip ? `${ip.ip} ${ip.relative ? 'relative' : 'absolute'}` : null;
    });
    expect(ips).toEqual([null, null, null, null, null, null, '192.0.2.1 relative', '192.0.2.1 absolute', null, null, null]);
  });
});
