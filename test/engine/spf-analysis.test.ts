/**
 * The SPF analysis keeps per record only its totals; the parts (what each lookup term costs) are
 * made again when a rule asks. These tests hold the parts made on demand to the totals the walk
 * kept, through deep include chains (cut at the nesting limit), loops and void lookups. Work the
 * records share (targets, policies) is held to what each record asks.
 */
import { describe, expect, it } from 'vitest';
import { resolverFor } from '../../src/engine/resolver.ts';
import { type Analysis, type LookupPart, analyze, partsOf, policyAt, spfRecords, targetOf, voidsOf, voidsOfPart } from '../../src/engine/spf.ts';
import type { SpfMechanism } from '../../src/mail/spf.ts';
import { ZoneSet } from '../../src/model/zoneset.ts';
import type { Zone } from '../../src/model/zone.ts';
import { readZone } from '../../src/zone/reader.ts';

function zone(text: string): Zone {
  const bytes = Buffer.from(text, 'latin1');
  return readZone('/repo/example.com.zone', { root: '/repo', readFile: (p) => (p === '/repo/example.com.zone' ? bytes : undefined) });
}

const DEPTH = 30;
const chain = Array.from({ length: DEPTH }, (_, i) => `c${i} 3600 IN TXT "v=spf1 ${i % 3 === 0 ? 'a:void' + i + ' ' : ''}include:c${i + 1}.example.com -all"`);
const text = [
  '$ORIGIN example.com.',
  '@ 3600 IN SOA ns1 hostmaster 1 7200 3600 1209600 300',
  '@ 3600 IN NS ns1.elsewhere.test.',
  '@ 3600 IN TXT "v=spf1 mx include:c0.example.com include:l1.example.com include:_spf.elsewhere.test redirect=r.example.com"',
  ...chain,
  `c${DEPTH} 3600 IN TXT "v=spf1 a:gone1 mx:gone2 exists:gone3 -all"`,
  'l1 3600 IN TXT "v=spf1 include:l2.example.com -all"',
  'l2 3600 IN TXT "v=spf1 ip4:192.0.2.1 include:l1.example.com -all"',
  'r 3600 IN TXT "v=spf1 a -all"',
  '',
].join('\n');

/** What the parts add up to, as the walk added them; void lookups resolved per part. */
function sum(zones: ZoneSet, z: Zone, a: Analysis, parts: readonly LookupPart[]) {
  const voids = parts.map((p) => voidsOfPart(zones, z, a, p));
  return {
    lookups: parts.reduce((n, p) => n + p.count, 0),
    atLeast: parts.some((p) => p.atLeast),
    voidable: parts.reduce((n, p) => n + p.voidable, 0),
    voids4: voids.flatMap((v) => v.voids4.map((h) => `${h.name} ${h.type}`)),
    voids6: voids.flatMap((v) => v.voids6.map((h) => `${h.name} ${h.type}`)),
    loops: parts.flatMap((p) => p.loops.map((l) => l.path.join(' '))),
  };
}
/** The totals the walk kept; void lookups resolved for the whole policy. */
function totals(zones: ZoneSet, z: Zone, a: Analysis) {
  const voids = voidsOf(zones, z, a);
  return {
    lookups: a.lookups,
    atLeast: a.atLeast,
    voidable: a.voidable,
    voids4: voids.voids4.map((h) => `${h.name} ${h.type}`),
    voids6: voids.voids6.map((h) => `${h.name} ${h.type}`),
    loops: a.loops.map((l) => l.path.join(' ')),
  };
}

describe('SPF analysis parts made on demand', () => {
  // In file order (the apex walks the whole chain first) and in reverse (each link analysed on its own first).
  for (const order of ['file', 'reverse'] as const) {
    it(`add up to the totals of every analysis, nested ones included (${order} order)`, () => {
      const z = zone(text);
      const zones = new ZoneSet([z]);
      const entries = spfRecords(z);
      expect(entries.length).toBe(DEPTH + 5);
      const seen = new Set<Analysis>();
      const check = (a: Analysis): void => {
        if (seen.has(a)) return;
        seen.add(a);
        const parts = partsOf(zones, z, a);
        expect(sum(zones, z, a, parts), a.entry.ownerKey).toEqual(totals(zones, z, a));
        for (const p of parts) if (p.nested) check(p.nested);
      };
      for (const entry of order === 'file' ? entries : [...entries].reverse()) check(analyze(zones, z, entry));
      const apex = analyze(zones, z, entries[0]);
      // The apex: mx 1, the chain, the loop, one include outside the run, the redirect (a: 1 more).
      expect(apex.atLeast).toBe(true);
      expect(apex.loops.length).toBeGreaterThan(0);
      expect(partsOf(zones, z, apex).map((p) => p.term.type === 'mechanism' ? p.term.kind : 'redirect')).toEqual(['mx', 'include', 'include', 'include', 'redirect']);
      expect(seen.size).toBeGreaterThan(DEPTH);
    });
  }
});

/*
 * Work done once and shared: include targets read in place from a small table of recent specs,
 * and a policy found once per resolver and name. What is shared must never stand for something else.
 */
describe('SPF work shared between records', () => {
  it('reads each include target as written, whatever the table of recent targets holds', () => {
    // Twelve names of one length at one offset (more than the table keeps), asked twice in turn,
    // then names the table could confuse: a prefix, a trailing dot, upper case.
    const names = Array.from({ length: 12 }, (_, i) => `t${String.fromCharCode(97 + i)}.example.com`);
    const lines = [...names, ...names].map((n, i) => `h${i} 3600 IN TXT "v=spf1 include:${n} -all"`);
    lines.push('x1 3600 IN TXT "v=spf1 include:ta.example.co -all"', 'x2 3600 IN TXT "v=spf1 include:ta.example.com. -all"', 'x3 3600 IN TXT "v=spf1 include:TA.example.com -all"');
    const z = zone(['$ORIGIN example.com.', '@ 3600 IN SOA ns1 hostmaster 1 7200 3600 1209600 300', '@ 3600 IN NS ns1.elsewhere.test.', ...lines, ''].join('\n'));
    const targets = spfRecords(z).map((e) => targetOf(e, e.record.owner, e.spf.terms[0] as SpfMechanism));
    expect(targets).toEqual([...names, ...names, 'ta.example.co', 'ta.example.com', 'TA.example.com'].map((n) => `${n}.`));
  });

  it('finds a policy once per resolver: two views of one origin answer each from their own file', () => {
    const view = (spf: string) =>
      zone(['$ORIGIN example.com.', '@ 3600 IN SOA ns1 hostmaster 1 7200 3600 1209600 300', '@ 3600 IN NS ns1.elsewhere.test.', `_spf 3600 IN TXT "${spf}"`, ''].join('\n'));
    const inside = view('v=spf1 ip4:192.0.2.1 -all');
    const outside = view('google-site-verification=abc');
    const zones = new ZoneSet([inside, outside]);
    for (let round = 0; round < 2; round++) {
      expect(policyAt(resolverFor(zones, inside), '_spf.example.com.').kind).toBe('found');
      expect(policyAt(resolverFor(zones, outside), '_spf.example.com.')).toMatchObject({ kind: 'none', why: 'no-spf' });
      expect(policyAt(resolverFor(zones, inside), 'nothing.example.com.')).toMatchObject({ kind: 'none', why: 'nxdomain' });
    }
  });
});

describe('SPF void lookups resolved when asked', () => {
  const z = zone(
    [
      '$ORIGIN example.com.',
      '@ 3600 IN SOA ns1 hostmaster 1 7200 3600 1209600 300',
      '@ 3600 IN NS ns1.elsewhere.test.',
      '@ 3600 IN TXT "v=spf1 a:gone1.example.com include:i1.example.com mx:host.example.com ip4:192.0.2.9 -all"',
      'i1 3600 IN TXT "v=spf1 exists:gone2.example.com a:host.example.com -all"',
      'two 3600 IN TXT "v=spf1 a:gone3.example.com mx:gone4.example.com -all"',
      'host 3600 IN A 192.0.2.1',
      '',
    ].join('\n'),
  );
  const zones = new ZoneSet([z]);
  const names = (hits: readonly { name: string; type: string; why: string }[]) => hits.map((h) => `${h.name} ${h.type} ${h.why}`);

  it('counts the lookups that may be void, through includes, and resolves them in evaluation order', () => {
    const [apex, , two] = spfRecords(z).map((e) => analyze(zones, z, e));
    expect(apex.voidable).toBe(4);
    const voids = voidsOf(zones, z, apex);
    expect(names(voids.voids4)).toEqual(['gone1.example.com. A nxdomain', 'gone2.example.com. A nxdomain', 'host.example.com. MX nodata']);
    expect(names(voids.voids6)).toEqual(['gone1.example.com. AAAA nxdomain', 'gone2.example.com. A nxdomain', 'host.example.com. AAAA nodata', 'host.example.com. MX nodata']);
    // Two that may be void, and are: at most two per family, below the limit spf-void-lookups reports.
    expect(two.voidable).toBe(2);
    expect(names(voidsOf(zones, z, two).voids4)).toEqual(['gone3.example.com. A nxdomain', 'gone4.example.com. MX nxdomain']);
  });
});
