/**
 * The owner index keeps numbers, not a list per owner: these tests hold its answers to what a
 * list per owner would say, for a zone whose owners' records follow each other and for one
 * sorted by type (owners met again later), and the RRsets built from it.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/api.ts';
import { multiRecordRRsets } from '../../src/engine/zone-checks.ts';
import { ZoneSet } from '../../src/model/zoneset.ts';
import type { Zone } from '../../src/model/zone.ts';
import type { ZoneRecord } from '../../src/model/record.ts';
import { nameKey } from '../../src/zone/names.ts';
import { readZone } from '../../src/zone/reader.ts';

function zone(text: string): Zone {
  const bytes = Buffer.from(`$ORIGIN example.com.\n$TTL 3600\n@ SOA ns1 hostmaster 1 7200 3600 1209600 300\n${text}`, 'latin1');
  return readZone('/repo/example.com.zone', { root: '/repo', readFile: (p) => (p === '/repo/example.com.zone' ? bytes : undefined) });
}

/** What the index should say: each owner key with its records in file order, owners by first appearance. */
function grouped(records: readonly ZoneRecord[]): Map<string, ZoneRecord[]> {
  const out = new Map<string, ZoneRecord[]>();
  for (const r of records) {
    const key = nameKey(r.owner);
    const list = out.get(key);
    if (list) list.push(r);
    else out.set(key, [r]);
  }
  return out;
}

function listed(z: Zone): [string, ZoneRecord[]][] {
  const index = new ZoneSet([z]).index(z);
  const out: [string, ZoneRecord[]][] = [];
  index.forEach((key, owner) => {
    expect(index.ownerOf(key)).toBe(owner);
    expect(index.count(owner)).toBe(index.recordsOf(owner).length);
    expect(Array.from({ length: index.count(owner) }, (_, i) => index.record(owner, i))).toEqual(index.recordsOf(owner));
    expect(index.get(key)).toEqual(index.recordsOf(owner));
    out.push([key, index.recordsOf(owner)]);
  });
  return out;
}

describe('the owner index', () => {
  it('lists each owner once with its records in file order, owners adjacent', () => {
    const z = zone('@ NS ns1\n@ MX 10 mx\nmx A 192.0.2.1\nMX AAAA 2001:db8::1\nwww A 192.0.2.2\n');
    const list = listed(z);
    expect(list.map(([key, records]) => [key, records.length])).toEqual([
      ['example.com.', 3],
      ['mx.example.com.', 2],
      ['www.example.com.', 1],
    ]);
    expect(list).toEqual([...grouped(z.records)]);
  });

  it('groups an owner met again later (a zone sorted by type) and keeps file order', () => {
    const z = zone('www A 192.0.2.2\nmx A 192.0.2.1\nmail A 192.0.2.3\n@ MX 10 mx\nwww AAAA 2001:db8::2\nmx AAAA 2001:db8::1\nWWW TXT "x"\n');
    const list = listed(z);
    expect(list.map(([key, records]) => [key, records.map((r) => r.type)])).toEqual([
      ['example.com.', ['SOA', 'MX']],
      ['www.example.com.', ['A', 'AAAA', 'TXT']],
      ['mx.example.com.', ['A', 'AAAA']],
      ['mail.example.com.', ['A']],
    ]);
    expect(list).toEqual([...grouped(z.records)]);
  });

  it('finds every owner of a zone of many, written in any case or with escapes', () => {
    // Enough owners that the key table grows several times and slots collide.
    const lines = Array.from({ length: 600 }, (_, i) => `h${i % 300} ${i < 300 ? 'A 192.0.2.1' : 'AAAA 2001:db8::1'}\n`);
    const z = zone(`${lines.join('')}H7 TXT "upper"\nh\\0457 TXT "escaped"\nh\\.dot TXT "dot"\n`);
    const list = listed(z);
    expect(list).toEqual([...grouped(z.records)]);
    expect(list.length).toBe(303);
    const index = new ZoneSet([z]).index(z);
    expect(index.get('h7.example.com.')?.map((r) => r.type)).toEqual(['A', 'AAAA', 'TXT']);
    expect(index.get('h-7.example.com.')?.map((r) => r.type)).toEqual(['TXT']);
    expect(index.get('h\\046dot.example.com.')?.map((r) => r.type)).toEqual(['TXT']);
    for (let i = 0; i < 300; i++) expect(index.count(index.ownerOf(`h${i}.example.com.`))).toBe(i === 7 ? 3 : 2);
  });

  it('indexes a zone larger than the shared work arrays', () => {
    const lines = Array.from({ length: 20000 }, (_, i) => `n${i % 17000} A 192.0.2.${i % 251}\n`);
    const z = zone(lines.join(''));
    const index = new ZoneSet([z]).index(z);
    let owners = 0;
    index.forEach(() => owners++);
    expect(owners).toBe(17001);
    expect(index.get('n16999.example.com.')?.length).toBe(1);
    expect(index.recordsOf(index.ownerOf('n2999.example.com.')).map((r) => r.rdataText)).toEqual(['192.0.2.238', '192.0.2.170']);
  });

  it('answers for names no record owns', () => {
    const z = zone('www A 192.0.2.2\n');
    const index = new ZoneSet([z]).index(z);
    expect(index.has('nothing.example.com.')).toBe(false);
    expect(index.ownerOf('nothing.example.com.')).toBe(-1);
    expect(index.get('nothing.example.com.')).toBeUndefined();
    expect(index.find(index.ownerOf('www.example.com.'), (r) => r.type === 'A')?.rdataText).toBe('192.0.2.2');
    expect(index.some(index.ownerOf('www.example.com.'), (r) => r.type === 'MX')).toBe(false);
  });
});

describe('RRsets from the owner index', () => {
  const sets = (text: string) => {
    const z = zone(text);
    return multiRecordRRsets(z, new ZoneSet([z])).map((s) => [s.key, s.type, s.covered, s.records.length]);
  };

  it('passes over owners with one record of each type', () => {
    expect(sets('www A 192.0.2.2\nwww AAAA 2001:db8::2\nwww MX 10 mx\nwww TXT "x"\n')).toEqual([]);
  });

  it('finds a repeated type however far apart, also when the owner recurs', () => {
    expect(sets('www A 192.0.2.2\nwww AAAA 2001:db8::2\nwww TXT "x"\nmail A 192.0.2.3\nwww A 192.0.2.4\n')).toEqual([['www.example.com.', 'A', undefined, 2]]);
  });

  it('tells RRSIGs apart by the type they cover', () => {
    const sig = (covered: string) => `www RRSIG ${covered} 13 3 3600 20300101000000 20200101000000 12345 example.com. AAAA\n`;
    expect(sets(`www A 192.0.2.2\n${sig('A')}${sig('AAAA')}`)).toEqual([]);
    expect(sets(`www A 192.0.2.2\n${sig('A')}${sig('A')}`)).toEqual([['www.example.com.', 'RRSIG', 'A', 2]]);
  });

  it('groups an owner of many records', () => {
    const many = Array.from({ length: 20 }, (_, i) => `big TXT "t${i}"\n`).join('');
    expect(sets(`big A 192.0.2.9\n${many}`)).toEqual([['big.example.com.', 'TXT', undefined, 20]]);
  });
});

describe('rules that walk the owner index', () => {
  // Owners met again further down (a zone sorted by type): their records are still one owner's.
  const text = [
    '$ORIGIN example.com.',
    '$TTL 3600',
    '@ SOA ns1 hostmaster 1 7200 3600 1209600 300',
    '@ NS ns1.example.net.',
    'www CNAME a.example.net.',
    'one CNAME one.example.net.',
    'mail CNAME b.example.net.',
    'other A 192.0.2.9',
    'www CNAME c.example.net.',
    'Mail A 192.0.2.10',
    '',
  ].join('\n');

  it('zone-multiple-cname and zone-cname-and-other-data find them, and nothing at owners of one CNAME', async () => {
    const [result] = await lint({ text, filePath: 'example.com.zone' }, { cwd: '/' });
    const found = result.messages
      .filter((m) => m.ruleId === 'zone-multiple-cname' || m.ruleId === 'zone-cname-and-other-data')
      .map((m) => [m.ruleId, m.line]);
    expect(found).toEqual([
      ['zone-multiple-cname', 9],
      ['zone-cname-and-other-data', 10],
    ]);
  });
});
