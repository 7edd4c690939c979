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
