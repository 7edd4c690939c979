/**
 * The run's resolver answers each name once per run: alike from every zone, except from a zone
 * whose origin another file of the run has too (two views, an old copy), which answers from its
 * own file. These tests hold the answers to that rule and check that the sharing is real.
 */
import { describe, expect, it } from 'vitest';
import { chase, resolveName, resolverFor } from '../../src/engine/resolver.ts';
import { ZoneSet } from '../../src/model/zoneset.ts';
import type { Zone } from '../../src/model/zone.ts';
import { readZone } from '../../src/zone/reader.ts';

/** A zone read from text, as the run reads a file (the text stands for the file `path`). */
function zone(path: string, text: string): Zone {
  const bytes = Buffer.from(text, 'latin1');
  return readZone(`/repo/${path}`, { root: '/repo', readFile: (p) => (p === `/repo/${path}` ? bytes : undefined) });
}

const soa = (origin: string) => `$ORIGIN ${origin}\n@ 3600 IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n@ 3600 IN NS ns1.elsewhere.test.\n`;
const internal = zone('internal/example.com.zone', `${soa('example.com.')}mx 3600 IN A 10.0.0.25\nmail 3600 IN CNAME mx\n`);
const external = zone('external/example.com.zone', `${soa('example.com.')}mx 3600 IN A 192.0.2.25\nmail 3600 IN CNAME mx\n`);
const other = zone('other.test.zone', `${soa('other.test.')}@ 3600 IN MX 10 mail.example.com.\n`);
const third = zone('third.test.zone', `${soa('third.test.')}@ 3600 IN MX 10 mail.example.com.\n`);
const address = (z: Zone, name: string, from: Zone) => {
  const end = resolveName(new ZoneSet([z]), name, from);
  return end.kind === 'found' ? end.addresses.map((r) => r.rdataText) : end.kind;
};

describe('the run resolver', () => {
  const zones = new ZoneSet([internal, external, other, third]);

  it('answers from its own file for a zone whose origin another file has', () => {
    const fromInternal = resolveName(zones, 'mx.example.com.', internal);
    const fromExternal = resolveName(zones, 'MX.Example.COM.', external);
    expect(fromInternal.kind === 'found' && fromInternal.addresses.map((r) => r.rdataText)).toEqual(['10.0.0.25']);
    expect(fromExternal.kind === 'found' && fromExternal.addresses.map((r) => r.rdataText)).toEqual(['192.0.2.25']);
    expect(chase(zones, 'mail.example.com.', external).end).toBe(fromExternal);
  });

  it('answers every other zone from the first file of the origin, once per run', () => {
    const fromOther = resolveName(zones, 'mx.example.com.', other);
    expect(fromOther.kind === 'found' && fromOther.zone).toBe(internal);
    // One answer object, whoever asks, in whatever letter case.
    expect(resolveName(zones, 'MX.example.COM.', third)).toBe(fromOther);
    expect(resolveName(zones, 'mx.example.com.')).toBe(fromOther);
    expect(chase(zones, 'mail.example.com.', third)).toBe(chase(zones, 'mail.example.com.', other));
    expect(chase(zones, 'mail.example.com.', other).end).toBe(fromOther);
    expect(chase(zones, 'mail.example.com.', internal)).not.toBe(chase(zones, 'mail.example.com.', other));
  });

  it('gives the zones that answer alike one resolver, and a zone of a shared origin its own', () => {
    expect(resolverFor(zones, other)).toBe(resolverFor(zones, third));
    expect(resolverFor(zones, internal)).not.toBe(resolverFor(zones, other));
    expect(resolverFor(zones, internal)).not.toBe(resolverFor(zones, external));
    expect(resolverFor(zones, external).answer('mx.example.com', 'A').records.map((r) => r.rdataText)).toEqual(['192.0.2.25']);
    expect(resolverFor(zones, third).answer('mx.example.com', 'A').records.map((r) => r.rdataText)).toEqual(['10.0.0.25']);
  });

  it('answers alike from a zone alone in its set and from the same zone beside others', () => {
    expect(address(external, 'mx.example.com.', external)).toEqual(['192.0.2.25']);
    expect(address(other, 'mx.example.com.', other)).toBe('outside');
  });
});

describe('names the zone does not own', () => {
  // Owners of one parent follow each other (a.b.c and x.b.c): the empty non-terminals above them
  // are found once; d.e.c meets c, known already; deep.f has a parent no owner before had.
  const text =
    `${soa('example.org.')}a.b.c 3600 IN A 192.0.2.1\nx.b.c 3600 IN A 192.0.2.2\nd.e.c 3600 IN A 192.0.2.3\n` +
    `deep.f 3600 IN A 192.0.2.4\n*.w 3600 IN A 192.0.2.5\nz.y.w 3600 IN A 192.0.2.6\n\\042.v 3600 IN A 192.0.2.7\n` +
    `sub 3600 IN NS ns.sub\nns.sub 3600 IN A 192.0.2.8\nold 3600 IN DNAME example.net.\n`;
  const z = zone('example.org.zone', text);
  const zones = new ZoneSet([z]);
  const kind = (name: string) => {
    const end = resolveName(zones, name, z);
    return end.kind === 'found' ? `found${end.wildcard ? ' by wildcard' : ''} (${end.records.length})` : end.kind;
  };

  it('finds empty non-terminals, and no other name', () => {
    expect(['b.c.example.org.', 'c.example.org.', 'e.c.example.org.', 'f.example.org.', 'y.w.example.org.'].map(kind)).toEqual(Array(5).fill('found (0)'));
    expect(['q.b.c.example.org.', 'q.c.example.org.', 'g.example.org.', 'eep.f.example.org.'].map(kind)).toEqual(Array(4).fill('missing'));
  });

  it('answers from a wildcard at the closest encloser only', () => {
    expect(kind('any.w.example.org.')).toBe('found by wildcard (1)');
    expect(kind('q.any.w.example.org.')).toBe('found by wildcard (1)');
    // y.w exists (above z.y.w): it is the closest encloser, and has no wildcard child.
    expect(kind('q.y.w.example.org.')).toBe('missing');
    expect(kind('any.v.example.org.')).toBe('found by wildcard (1)');
  });

  it('takes an escaped asterisk for the asterisk label it is on the wire (RFC 4592 §2.1.1)', () => {
    const only = zone('example.net.zone', `${soa('example.net.')}\\042.v 3600 IN A 192.0.2.7\n\\*.u 3600 IN A 192.0.2.8\n`);
    const set = new ZoneSet([only]);
    const found = (name: string) => {
      const end = resolveName(set, name, only);
      return end.kind === 'found' && end.wildcard;
    };
    expect([found('any.v.example.net.'), found('any.u.example.net.'), found('any.w.example.net.')]).toEqual([true, true, false]);
  });

  it('delegates at a zone cut and rewrites below a DNAME', () => {
    expect(kind('ns.sub.example.org.')).toBe('delegated');
    expect(kind('www.sub.example.org.')).toBe('delegated');
    expect(kind('www.old.example.org.')).toBe('dname');
    expect(kind('old.example.org.')).toBe('found (1)');
  });
});
