/**
 * DANE coverage is a fact of the run: the TLSA records of an exchanger usually sit in the zone of
 * the exchanger, not in the zone of the domain that sends its mail there. The rules that look for
 * covered exchangers skip resolving when no zone of the run holds a TLSA record (tlsaInRun); these
 * tests hold that a zone without TLSA records of its own is still judged when a sibling has them.
 */
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.ts';
import type { ResolvedConfig } from '../../src/engine/config.ts';
import { lintZones } from '../../src/engine/lint.ts';
import { daneCoverage, tlsaInRun } from '../../src/engine/mail-records.ts';
import { ZoneSet } from '../../src/model/zoneset.ts';
import type { Zone } from '../../src/model/zone.ts';
import { readZone } from '../../src/zone/reader.ts';

function zone(path: string, text: string): Zone {
  const bytes = Buffer.from(text, 'latin1');
  return readZone(`/repo/${path}`, { root: '/repo', readFile: (p) => (p === `/repo/${path}` ? bytes : undefined) });
}

const soa = (origin: string) => `$ORIGIN ${origin}\n@ 3600 IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n@ 3600 IN NS ns1.elsewhere.test.\n`;
const TLSA = '3 1 1 d831bd0678a9f1521627b4126d9a709e71fd6929217b6eb02f91f836edd597b8';
// The sending domain: no TLSA record of its own, one exchanger covered in the provider's zone, one not.
const domain = () => zone('example.com.zone', `${soa('example.com.')}@ 3600 IN MX 10 mx1.provider.test.\n@ 3600 IN MX 20 mx2.provider.test.\n`);
const provider = (tlsa: boolean) =>
  zone('provider.test.zone', `${soa('provider.test.')}mx1 3600 IN A 192.0.2.1\nmx2 3600 IN A 192.0.2.2\n${tlsa ? `_25._tcp.mx1 3600 IN TLSA ${TLSA}\n` : ''}`);

const config: ResolvedConfig = {
  rules: new Map([
    ['dane-partial-coverage', { severity: 'error', options: {} }],
    ['tls-rpt-missing', { severity: 'error', options: {} }],
  ]),
  path: undefined,
  zones: { include: [], exclude: [], origins: {} },
  online: { nameservers: [] },
  views: {},
};

function findings(zones: Zone[]): string[] {
  const outcome = lintZones(zones, rules, () => config);
  return outcome.results.flatMap((r) => r.diagnostics.map((d) => `${d.ruleId} ${d.span.source.path.split('/').pop()}: ${/`[^`]+`/.exec(d.message)?.[0]}`)).sort();
}

describe('DANE coverage across the zones of a run', () => {
  it('judges a zone without TLSA records by the TLSA records of its sibling', () => {
    const zones = [domain(), provider(true)];
    expect(tlsaInRun(new ZoneSet(zones))).toBe(true);
    expect(findings(zones)).toEqual([
      'dane-partial-coverage example.com.zone: `mx2.provider.test.`',
      'tls-rpt-missing example.com.zone: `example.com.`',
      // The provider's own apex has no MX: nothing to report there.
    ]);
  });

  it('reports nothing in a run without TLSA records, where coverage is still answered', () => {
    const zones = [domain(), provider(false)];
    const set = new ZoneSet(zones);
    expect(tlsaInRun(set)).toBe(false);
    expect(findings(zones)).toEqual([]);
    // The skip is the rules': the coverage itself still tells "no" from "unknown".
    expect(daneCoverage(set, zones[0], 'mx1.provider.test.').state).toBe('no');
    expect(daneCoverage(set, zones[0], 'mx.outside.test.').state).toBe('unknown');
  });
});
