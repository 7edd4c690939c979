/**
 * Provider exports: every export in fixtures/ describes the zone of fixtures/example.com.zone.
 * Each must yield the same records (owner, type, TTL, rdata wire) and the same rule verdicts,
 * with diagnostics positioned inside the JSON or YAML.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rdataOf, txtOf } from '../../src/engine/records.ts';
import type { ZoneRecord } from '../../src/model/record.ts';
import { SourceText } from '../../src/model/source.ts';
import { locate, spanText } from '../../src/model/span.ts';
import type { Zone, ZoneFormat } from '../../src/model/zone.ts';
import { readExport, readExportText } from '../../src/providers/index.ts';
import { nameKey } from '../../src/zone/names.ts';
import { parseRdata, rdataToWire } from '../../src/zone/rdata/index.ts';
import { readZone } from '../../src/zone/reader.ts';
import { rules } from '../../rules/index.ts';

const dir = fileURLToPath(new URL('./fixtures/', import.meta.url));

interface Case {
  format: ZoneFormat;
  file: string;
  /** What the format cannot say, left out of the comparison. */
  lacks: { soa?: boolean; apexNs?: boolean; txtChunks?: boolean };
  /** Line and column of the mx-dangling-target finding (the `backup` exchange) in the file. */
  dangling: [number, number];
}

const CASES: Case[] = [
  { format: 'route53', file: 'route53/example.com.json', lacks: {}, dangling: [12, 34] },
  { format: 'cloudflare', file: 'cloudflare/example.com.json', lacks: { soa: true, apexNs: true }, dangling: [27, 18] },
  { format: 'google', file: 'google/example.com.json', lacks: {}, dangling: [7, 11] },
  { format: 'azure', file: 'azure/example.com.json', lacks: {}, dangling: [13, 21] },
  { format: 'digitalocean', file: 'digitalocean/example.com.json', lacks: { soa: true, txtChunks: true }, dangling: [55, 15] },
  { format: 'powerdns', file: 'powerdns/example.com.json', lacks: {}, dangling: [53, 26] },
  { format: 'octodns', file: 'octodns/example.com.yaml', lacks: { soa: true, txtChunks: true }, dangling: [14, 19] },
];

const bindZone = (): Zone => readZone(join(dir, 'example.com.zone'), { root: dir });
const exportZone = (c: Case): Zone => readExport(join(dir, c.file), c.file.endsWith('.yaml') ? 'yaml' : 'json', { origin: 'example.com.' });

function hex(bytes: Uint8Array | null): string {
  return bytes ? Buffer.from(bytes).toString('hex') : 'raw';
}

/** One comparable line per record; TXT by its joined text where the format keeps no string boundaries. */
function recordKeys(zone: Zone, lacks: Case['lacks']): string[] {
  const keep = (r: ZoneRecord) =>
    r.type !== 'ALIAS' && !(lacks.soa && r.type === 'SOA') && !(lacks.apexNs && r.type === 'NS' && nameKey(r.owner) === nameKey(zone.origin));
  return zone.records
    .filter(keep)
    .map((r) => {
      const parsed = parseRdata(r.type, r.fields, r.origin);
      if (!parsed.ok) return `${nameKey(r.owner)} ${r.type} BROKEN ${parsed.error.message}`;
      const rdata = lacks.txtChunks && r.type === 'TXT' ? `text:${txtOf(r)?.text}` : hex(rdataToWire(parsed.rdata));
      return `${nameKey(r.owner)} ${r.ttl} ${r.type} ${rdata}`;
    })
    .sort();
}

describe('provider exports describe the same zone as the BIND file', () => {
  const bind = bindZone();

  it('the BIND zone reads cleanly', () => {
    expect(bind.diagnostics).toEqual([]);
    expect(bind.records.length).toBe(14);
  });

  for (const c of CASES) {
    describe(c.format, () => {
      const zone = exportZone(c);

      it('is recognised by its content and reads without diagnostics', () => {
        expect(zone.format).toBe(c.format);
        expect(zone.origin).toBe('example.com.');
        expect(zone.diagnostics.map((d) => `${d.ruleId} ${d.message}`)).toEqual([]);
        // Content, not the file name, decides: the same text under another name reads the same.
        const text = readFileSync(join(dir, c.file), 'utf8');
        const renamed = readExportText(new SourceText('export.data', text, 'utf8'), c.file.endsWith('.yaml') ? 'yaml' : 'json', { origin: 'example.com.' });
        expect(renamed.format).toBe(c.format);
      });

      it('yields the same records (owner, type, TTL, rdata wire form)', () => {
        expect(recordKeys(zone, c.lacks)).toEqual(recordKeys(bind, c.lacks));
      });

      it('points each rdata field at its value in the file', () => {
        for (const r of zone.records) {
          for (const f of r.fields) {
            expect(f.span.source).toBe(zone.source);
            expect(f.span.end).toBeGreaterThanOrEqual(f.span.start);
          }
        }
        // `+all` of the SPF record is underlined where it is written, whatever the escaping.
        const spf = zone.records.map(txtOf).find((t) => t?.text.startsWith('v=spf1'));
        expect(spf).toBeDefined();
        const at = spf!.text.indexOf('+all');
        const span = spf!.span(at, at + 4);
        expect(spanText(span)).toBe('+all');
        // The MX preference is the priority value and the exchange the target value.
        const mx = zone.records.find((r) => r.type === 'MX' && r.rdataText.includes('backup'))!;
        expect(spanText(mx.fields[0].span)).toBe('20');
        expect(spanText(mx.fields[1].span).replace(/^"|"$/g, '')).toMatch(/^backup\.example\.com\.?$/);
      });
    });
  }
});

describe('rule verdicts are the same for every format', () => {
  /** Rules only a provider's flags can trigger. */
  const PROVIDER_ONLY = new Set(['mx-target-proxied']);

  /** (rule, fingerprint) with content hashes removed: one finding per RRset or per record is the same verdict. */
  function verdicts(results: { diagnostics: { ruleId: string; fingerprint?: string }[] }[], lacks: Case['lacks']): string[] {
    const out = new Set<string>();
    for (const file of results) {
      for (const d of file.diagnostics) {
        if (PROVIDER_ONLY.has(d.ruleId)) continue;
        if (lacks.soa && d.ruleId.startsWith('soa-')) continue;
        if (lacks.apexNs && d.ruleId.startsWith('zone-apex-ns')) continue;
        const fingerprint = (d.fingerprint ?? '').split('|').filter((part) => !/^[0-9a-f]{8}$/.test(part)).join('|');
        out.add(`${d.ruleId} ${fingerprint}`);
      }
    }
    return [...out].sort();
  }

  for (const c of CASES) {
    it(`${c.format}: same (rule, owner/field) set as the BIND zone, positioned in the export`, async () => {
      // Imported here: the rule registry is being filled concurrently; the record tests above do not need it.
      const { run } = await import('../../src/engine/run.ts');
      const bind = await run({ rules, paths: [join(dir, 'example.com.zone')] });
      const outcome = await run({ rules, paths: [join(dir, c.file)] });
      expect(outcome.internalError).toBe(false);
      const expected = verdicts(bind.results, c.lacks);
      expect(expected.some((v) => v.startsWith('mx-dangling-target '))).toBe(true);
      expect(verdicts(outcome.results, c.lacks)).toEqual(expected);
      const all = outcome.results.flatMap((f) => f.diagnostics);
      expect(all.filter((d) => d.ruleId.startsWith('syntax/'))).toEqual([]);
      const dangling = all.find((d) => d.ruleId === 'mx-dangling-target');
      expect(dangling).toBeDefined();
      const at = locate(dangling!.span);
      expect(relative(dir, at.file)).toBe(c.file);
      expect([at.line, at.column]).toEqual(c.dangling);
    });
  }

  it('Cloudflare automatic TTL (ttl: 1) is 300 s and never a TTL finding', async () => {
    const c = CASES.find((x) => x.format === 'cloudflare')!;
    const zone = exportZone(c);
    const auto = zone.records.filter((r) => r.automaticTtl);
    expect(auto.map((r) => `${r.owner} ${r.type}`).sort()).toEqual(['mail.example.com. A', 'mail.example.com. AAAA', 'www.example.com. A']);
    expect(auto.every((r) => r.ttl === 300)).toBe(true);
    const { run } = await import('../../src/engine/run.ts');
    const outcome = await run({ rules, paths: [join(dir, c.file)] });
    const ttlFindings = outcome.results.flatMap((f) => f.diagnostics).filter((d) => d.ruleId.startsWith('ttl-'));
    const autoLines = new Set(auto.map((r) => locate(r.ttlSpan).line));
    expect(ttlFindings.filter((d) => autoLines.has(locate(d.span).line))).toEqual([]);
  });
});

describe('provider specifics', () => {
  it('Cloudflare keeps proxied flags for the rules', () => {
    const zone = exportZone(CASES[1]);
    expect(zone.records.filter((r) => r.proxied).map((r) => r.owner)).toEqual(['www.example.com.']);
  });

  it('Route 53: octal escapes, alias records, change batches', () => {
    const zone = exportZone(CASES[0]);
    expect(zone.records.some((r) => r.owner === '*.dev.example.com.')).toBe(true);
    const aliases = zone.records.filter((r) => r.type === 'ALIAS');
    // The A and the AAAA alias to the same target are one ALIAS record.
    expect(aliases.map((r) => `${r.owner} ${r.rdataText}`)).toEqual(['static.example.com. d111111abcdef8.cloudfront.net.']);
    expect(aliases[0].automaticTtl).toBe(true);

    const batch = JSON.stringify(
      {
        Comment: 'mail move',
        Changes: [
          { Action: 'UPSERT', ResourceRecordSet: { Name: 'example.com.', Type: 'MX', TTL: 3600, ResourceRecords: [{ Value: '10 mx1.example.net.' }] } },
          { Action: 'DELETE', ResourceRecordSet: { Name: 'old.example.com.', Type: 'A', TTL: 300, ResourceRecords: [{ Value: '192.0.2.1' }] } },
          { Action: 'CREATE', ResourceRecordSet: { Name: 'Weird\\100name.example.com.', Type: 'TXT', TTL: 300, ResourceRecords: [{ Value: '"a\\073b"' }] } },
        ],
      },
      null,
      2,
    );
    const z = readExportText(new SourceText('batch.json', batch, 'utf8'), 'json', { origin: 'example.com.' });
    expect(z.format).toBe('route53');
    expect(z.diagnostics).toEqual([]);
    expect(z.records.map((r) => `${r.owner} ${r.type} ${r.rdataText}`)).toEqual(['example.com. MX 10 mx1.example.net.', 'Weird\\064name.example.com. TXT "a\\059b"']);
  });

  it("Route 53: names in values are fully qualified, final dot or not; a routing policy's record sets are alternatives", async () => {
    const set = (Name: string, Type: string, values: string[], extra: object = {}) => ({ Name, Type, TTL: 300, ...extra, ResourceRecords: values.map((Value) => ({ Value })) });
    const json = JSON.stringify({
      ResourceRecordSets: [
        set('example.com.', 'SOA', ['ns-1.awsdns-01.org. awsdns-hostmaster.amazon.com. 1 7200 900 1209600 86400']),
        set('example.com.', 'NS', ['ns-1.awsdns-01.org.']),
        set('example.com.', 'MX', ['10 inbound-smtp.us-east-1.amazonaws.com']),
        set('example.com.', 'TXT', ['"v=spf1 include:amazonses.com -all"']),
        set('_dmarc.example.com.', 'TXT', ['"v=DMARC1; p=reject"']),
        // Failover MX and weighted SPF: one record set answers at a time.
        set('eu.example.com.', 'MX', ['10 mx1.example.net'], { SetIdentifier: 'primary', Failover: 'PRIMARY' }),
        set('eu.example.com.', 'MX', ['10 mx2.example.net'], { SetIdentifier: 'secondary', Failover: 'SECONDARY' }),
        set('eu.example.com.', 'TXT', ['"v=spf1 include:a.example.net -all"'], { SetIdentifier: 'a', Weight: 1 }),
        set('eu.example.com.', 'TXT', ['"v=spf1 include:b.example.net -all"'], { SetIdentifier: 'b', Weight: 1 }),
        set('geo.example.com.', 'CNAME', ['eu.example.com'], { SetIdentifier: 'eu', GeoLocation: { ContinentCode: 'EU' } }),
        set('geo.example.com.', 'CNAME', ['us.example.com'], { SetIdentifier: 'default', GeoLocation: { CountryCode: '*' } }),
        // Two SPF records in one record set are still two.
        set('us.example.com.', 'TXT', ['"v=spf1 -all"', '"v=spf1 mx -all"'], { SetIdentifier: 'us', Region: 'us-east-1' }),
        set('us.example.com.', 'A', ['192.0.2.10']),
      ],
    });
    const dir = mkdtempSync(join(tmpdir(), 'mxlint-route53-'));
    try {
      writeFileSync(join(dir, 'example.com.json'), json);
      const zone = readExport(join(dir, 'example.com.json'), 'json');
      expect(zone.records.filter((r) => r.type === 'CNAME').map((r) => `${r.routingSet} ${rdataOf(r, 'CNAME')?.target}`)).toEqual(['5 eu.example.com.', '6 us.example.com.']);
      const { run } = await import('../../src/engine/run.ts');
      const outcome = await run({ rules, paths: [dir] });
      expect(outcome.results.flatMap((f) => f.diagnostics.map((d) => `${locate(d.span).line} ${d.ruleId}`))).toEqual([`1 spf-multiple-records`]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("cli53's BIND export: aliases are ALIAS records, routing comments routing sets", async () => {
    const zone = [
      '$ORIGIN example.com.',
      '$TTL 300',
      '@ 900 IN SOA ns-1.awsdns-01.org. awsdns-hostmaster.amazon.com. 1 7200 900 1209600 86400',
      '@ 172800 IN NS ns-1.awsdns-01.org.',
      '@ 86400 AWS ALIAS A d111111abcdef8.cloudfront.net. Z2FDTNDATAQYW2 false',
      '@ 300 IN MX 10 inbound-smtp.us-east-1.amazonaws.com.',
      '@ 300 IN TXT "v=spf1 include:amazonses.com -all"',
      '_dmarc 300 IN TXT "v=DMARC1; p=reject"',
      'geo 60 IN CNAME eu.example.net. ; AWS routing="GEOLOCATION" continentCode="EU" identifier="eu"',
      'geo 60 IN CNAME us.example.net. ; AWS routing="GEOLOCATION" countryCode="*" identifier="default"',
      'mail 300 IN TXT "v=spf1 -all" ; AWS routing="WEIGHTED" weight=1 identifier="a"',
      'mail 300 IN TXT "v=spf1 mx -all" ; AWS routing="WEIGHTED" weight=1 identifier="a"',
      '',
    ].join('\n');
    const dir = mkdtempSync(join(tmpdir(), 'mxlint-cli53-'));
    try {
      writeFileSync(join(dir, 'example.com.zone'), zone);
      const { run } = await import('../../src/engine/run.ts');
      const outcome = await run({ rules, paths: [dir] });
      // The geolocation CNAMEs are alternatives; the two SPF records of one routing set are still two.
      expect(outcome.results.flatMap((f) => f.diagnostics.map((d) => `${locate(d.span).line} ${d.ruleId} ${d.severity}`))).toEqual(['5 syntax/cli53-alias info', '12 spf-multiple-records error']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("Google Cloud DNS: each item of a routing policy is read, as an alternative of the others", async () => {
    const json = JSON.stringify([
      { kind: 'dns#resourceRecordSet', name: 'example.com.', type: 'SOA', ttl: 21600, rrdatas: ['ns-cloud-a1.googledomains.com. cloud-dns-hostmaster.google.com. 1 21600 3600 259200 300'] },
      { kind: 'dns#resourceRecordSet', name: 'example.com.', type: 'NS', ttl: 21600, rrdatas: ['ns-cloud-a1.googledomains.com.'] },
      { kind: 'dns#resourceRecordSet', name: 'example.com.', type: 'MX', ttl: 300, rrdatas: ['1 smtp.google.com.'] },
      { kind: 'dns#resourceRecordSet', name: '_dmarc.example.com.', type: 'TXT', ttl: 300, rrdatas: ['"v=DMARC1; p=reject"'] },
      { kind: 'dns#resourceRecordSet', name: 'example.com.', type: 'TXT', ttl: 300, routingPolicy: { wrr: { items: [{ weight: 1, rrdatas: ['"v=spf1 include:_spf.google.com -all"'] }, { weight: 1, rrdatas: ['"v=spf1 +all"'] }] } } },
      { kind: 'dns#resourceRecordSet', name: 'www.example.com.', type: 'A', ttl: 300, routingPolicy: { geo: { items: [{ location: 'us-east1', rrdatas: ['192.0.2.1'] }, { location: 'europe-west1', healthCheckedTargets: { internalLoadBalancers: [] } }] } } },
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'mxlint-google-'));
    try {
      writeFileSync(join(dir, 'example.com.json'), json);
      const zone = readExport(join(dir, 'example.com.json'), 'json');
      expect(zone.records.filter((r) => r.routingSet > 0).map((r) => `${r.owner} ${r.type} ${r.routingSet} ${r.rdataText}`)).toEqual([
        'example.com. TXT 1 "v=spf1 include:_spf.google.com -all"',
        'example.com. TXT 2 "v=spf1 +all"',
        'www.example.com. A 3 192.0.2.1',
      ]);
      const { run } = await import('../../src/engine/run.ts');
      const outcome = await run({ rules, paths: [dir] });
      expect(outcome.results.flatMap((f) => f.diagnostics.map((d) => d.ruleId))).toEqual(['spf-permissive-all']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('PowerDNS: disabled records and non-REPLACE changes are not zone content', () => {
    const zone = exportZone(CASES[5]);
    expect(zone.records.filter((r) => r.type === 'A' && r.owner === 'mail.example.com.').map((r) => r.rdataText)).toEqual(['192.0.2.25']);
    const patch = JSON.stringify({
      rrsets: [
        { name: 'example.com.', type: 'MX', ttl: 300, changetype: 'REPLACE', records: [{ content: '10 mail.example.com.', disabled: false }] },
        { name: 'old.example.com.', type: 'A', changetype: 'DELETE' },
      ],
    });
    const z = readExportText(new SourceText('patch.json', patch, 'utf8'), 'json', {});
    expect(z.format).toBe('powerdns');
    expect(z.origin).toBe('example.com.');
    expect(z.records.map((r) => `${r.owner} ${r.type}`)).toEqual(['example.com. MX']);
  });

  it('octoDNS: legacy MX keys, TXT escapes, long TXT split in 255-octet strings', () => {
    const long = 'v=DKIM1; k=rsa; p=' + 'A'.repeat(300);
    const yaml = `'':\n  type: MX\n  values:\n    - priority: 10\n      value: mail.example.com.\nsel._domainkey:\n  type: TXT\n  value: ${long.replace(/;/g, '\\;')}\n`;
    const z = readExportText(new SourceText('example.com.yaml', yaml, 'utf8'), 'yaml', { origin: 'example.com.' });
    expect(z.diagnostics).toEqual([]);
    expect(z.records[0].rdataText).toBe('10 mail.example.com.');
    const txt = txtOf(z.records[1])!;
    expect(txt.text).toBe(long);
    expect(txt.stringLengths).toEqual([255, long.length - 255]);
    expect(z.records[1].ttl).toBe(3600);
  });

  it('non-ASCII text becomes UTF-8 octets, positions stay on the character', () => {
    const json = JSON.stringify([{ name: 'example.com.', type: 'TXT', ttl: 300, rrdatas: ['"café ok"'] }]);
    const z = readExportText(new SourceText('g.json', json, 'utf8'), 'json', {});
    const txt = txtOf(z.records[0])!;
    expect(Buffer.from(txt.text, 'latin1').toString('utf8')).toBe('café ok');
    const at = txt.text.indexOf('ok');
    expect(spanText(txt.span(at, at + 2))).toBe('ok');
  });
});

describe('malformed exports', () => {
  const read = (text: string, kind: 'json' | 'yaml' = 'json', origin?: string) => readExportText(new SourceText('bad.' + kind, text, 'utf8'), kind, { origin });
  const where = (z: Zone) => z.diagnostics.map((d) => `${locate(d.span).line}:${locate(d.span).column} ${d.ruleId}`);

  it('invalid JSON: one syntax diagnostic at the position', () => {
    const line = '    { "name": "example.com", "type": "A" "content": "192.0.2.1" }';
    const z = read(`{\n  "result": [\n${line}\n  ]\n}\n`);
    expect(where(z)).toEqual([`3:${line.indexOf('"content"') + 1} syntax/bad-json`]);
    expect(z.diagnostics[0].message).toMatch(/','/);
    expect(z.records).toEqual([]);
  });

  it('invalid YAML: one syntax diagnostic at the position', () => {
    const z = read("'':\n  type: A\n  value: [192.0.2.1\n", 'yaml', 'example.com.');
    expect(z.diagnostics).toHaveLength(1);
    expect(z.diagnostics[0].ruleId).toBe('syntax/bad-yaml');
  });

  it('a wrong-typed field of a known format: precise diagnostic, the other records still read', () => {
    const text = [
      '{',
      '  "result": [',
      '    { "name": "example.com", "type": "MX", "content": "mail.example.com", "priority": "10", "ttl": 300 },',
      '    { "name": "mail.example.com", "type": "A", "content": "192.0.2.25", "ttl": 300 }',
      '  ]',
      '}',
    ].join('\n');
    const z = read(text);
    expect(z.format).toBe('cloudflare');
    expect(where(z)).toEqual([`3:${text.split('\n')[2].indexOf('"10"') + 1} syntax/export-schema`]);
    expect(spanText(z.diagnostics[0].span)).toBe('"10"');
    expect(z.diagnostics[0].message).toBe('Cloudflare: result[0].priority must be an integer, found "10"');
    expect(z.records.map((r) => r.type)).toEqual(['A']);
  });

  it('a missing key: reported at the record', () => {
    const z = read('{"ResourceRecordSets": [\n  {"Name": "example.com.", "TTL": 300, "ResourceRecords": [{"Value": "192.0.2.1"}]}\n]}');
    expect(where(z)).toEqual(['2:3 syntax/export-schema']);
    expect(z.diagnostics[0].message).toMatch(/has no 'Type'/);
  });

  it('bad rdata: the rdata problem at the value', () => {
    const lines = ['[', '  {"name": "example.com.", "type": "MX", "ttl": 300, "rrdatas": ["70000 mail.example.com."]},', '  {"name": "example.com.", "type": "A", "ttl": 300, "rrdatas": ["192.0.2.300"]}', ']'];
    const z = read(lines.join('\n'));
    expect(where(z)).toEqual([`2:${lines[1].indexOf('70000') + 1} syntax/number-too-large`, `3:${lines[2].indexOf('192.0.2.300') + 1} ${z.diagnostics[1]?.ruleId}`]);
    expect(z.diagnostics[1].ruleId).toMatch(/^syntax\//);
    expect(spanText(z.diagnostics[0].span)).toBe('70000');
    expect(spanText(z.diagnostics[1].span)).toBe('192.0.2.300');
  });

  it('an unknown JSON shape: exactly one diagnostic naming the formats tried', () => {
    for (const text of ['{"name": "my-app", "type": "module"}', '[1, 2, 3]', '{"records": {}}', '"just a string"']) {
      const z = read(text);
      expect(z.diagnostics).toHaveLength(1);
      expect(z.diagnostics[0].ruleId).toBe('syntax/unknown-export');
      for (const name of ['AWS Route 53', 'Cloudflare', 'Google Cloud DNS', 'Azure DNS', 'DigitalOcean', 'PowerDNS']) expect(z.diagnostics[0].message).toContain(name);
    }
  });

  it('an export without a zone name and no origin says so', () => {
    const z = read('{"domain_records": [{"id": 1, "type": "A", "name": "@", "data": "192.0.2.1", "ttl": 300}]}');
    expect(where(z)).toEqual(['1:1 syntax/no-origin']);
  });
});
