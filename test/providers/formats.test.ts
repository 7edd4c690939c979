/**
 * Provider formats as teams keep them: octoDNS comments, `!include` (confined to the repository),
 * ignored records and suppression comments; Google Cloud's multi-document YAML; detection of a
 * format by the document as a whole; YAML errors in mxlint's own words.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { txtOf } from '../../src/engine/records.ts';
import { SourceText } from '../../src/model/source.ts';
import { locate } from '../../src/model/span.ts';
import { readExportFile, readExportText, yamlComments } from '../../src/providers/index.ts';
import { bindEvidence, leadingOrigin, originFromName, withoutComments } from '../../src/engine/discover.ts';

const work = mkdtempSync(join(tmpdir(), 'mxlint-formats-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const yaml = (text: string, origin = 'example.com.') => readExportText(new SourceText('example.com.yaml', text, 'utf8'), 'yaml', { origin });

describe('octoDNS', () => {
  it('reads a file with comments after keys and values', () => {
    const z = yaml("'': # owner: ops\n  type: MX  # primary only\n  value:\n    exchange: mx.example.net.  # relay\n    preference: 10\n");
    expect(z.diagnostics).toEqual([]);
    expect(z.records.map((r) => `${r.owner} ${r.type} ${r.fields.map((f) => f.text).join(' ')}`)).toEqual(['example.com. MX 10 mx.example.net.']);
  });

  it('skips records octoDNS is told to ignore', () => {
    const z = yaml("'':\n  - type: MX\n    octodns:\n      ignored: true\n    value: {exchange: old, preference: 10}\n  - type: TXT\n    value: v=spf1 -all\n");
    expect(z.records.map((r) => r.type)).toEqual(['TXT']);
  });

  it('keeps # comments for suppression comments, not # inside quoted values', () => {
    const source = new SourceText('x.yaml', "a: 'x # y'  # one\n# mxlint-disable-next-line spf-permissive-all -- test\nb: \"#\"\n", 'utf8');
    expect(yamlComments(source).map((c) => c.text)).toEqual([' one', ' mxlint-disable-next-line spf-permissive-all -- test']);
  });

  it('follows !include inside the repository, positioned at the !include', () => {
    const repo = join(work, 'repo');
    mkdirSync(join(repo, 'config', 'common'), { recursive: true });
    writeFileSync(join(repo, 'config', 'common', 'spf.yaml'), 'type: TXT\nvalue: !include value.yaml\n');
    // Nested includes are relative to the file that holds them.
    writeFileSync(join(repo, 'config', 'common', 'value.yaml'), 'v=spf1 mx -all\n');
    writeFileSync(join(work, 'secret.yaml'), 'type: TXT\nvalue: v=spf1 -all\n');
    const file = join(repo, 'config', 'example.com.yaml');
    writeFileSync(file, "'':\n  - !include common/spf.yaml\n  - !include ../../secret.yaml\n");
    const outcome = readExportFile(file, 'yaml', { origin: 'example.com.', root: repo });
    if (!('zone' in outcome)) throw new Error('not read');
    const z = outcome.zone;
    expect(z.records.map((r) => txtOf(r)?.text)).toEqual(['v=spf1 mx -all']);
    expect(locate(z.records[0].span).line).toBe(2);
    expect(z.diagnostics.map((d) => `${locate(d.span).line} ${d.ruleId} ${d.message}`)).toEqual([
      "3 syntax/bad-include octoDNS !include '../../secret.yaml': the file lies outside the repository, so it is not read",
    ]);
  });

  it('an octoDNS main configuration is recognised and left alone', () => {
    const outcome = readExportFile(join(work, 'production.yaml'), 'yaml', { readFile: () => Buffer.from('providers:\n  config: {class: x}\nzones:\n  example.com.: {sources: [config]}\n') });
    expect('skip' in outcome && outcome.skip).toMatch(/octoDNS main configuration/);
  });
});

it('a file that cannot be read says so, not that it is empty', () => {
  const outcome = readExportFile(join(work, 'gone.json'), 'json', { readFile: () => undefined });
  if (!('zone' in outcome)) throw new Error('skipped');
  expect(outcome.zone.diagnostics.map((d) => d.ruleId)).toEqual(['syntax/unreadable']);
  expect(outcome.zone.diagnostics[0].message).toMatch(/^cannot read .*gone\.json$/);
});

describe('Google Cloud', () => {
  it('reads the multi-document YAML of `gcloud dns record-sets export`', () => {
    const text = '---\nkind: dns#resourceRecordSet\nname: example.com.\nrrdatas:\n- 10 mx.example.com.\nttl: 300\ntype: MX\n---\nkind: dns#resourceRecordSet\nname: mx.example.com.\nrrdatas:\n- 192.0.2.25\nttl: 300\ntype: A\n';
    const z = readExportText(new SourceText('zone.yaml', text, 'utf8'), 'yaml', {});
    expect(z.format).toBe('google');
    expect(z.origin).toBe('example.com.');
    expect(z.diagnostics).toEqual([]);
    expect(z.records.map((r) => `${r.owner} ${r.type} ${locate(r.span).line}`)).toEqual(['example.com. MX 5', 'mx.example.com. A 12']);
  });
});

describe('detection by the whole document', () => {
  const json = (text: string) => readExportText(new SourceText('x.json', text, 'utf8'), 'json', {});
  it.each([
    ['{"type": "module", "name": "x"}'],
    ['{"$schema": "http://json-schema.org/draft-07/schema#", "type": "object", "properties": {"records": {"type": "array"}}}'],
    ['[{"name": "a", "type": "b"}, {"name": "c"}]'],
    ['{"result": [{"name": "example.com", "type": "A"}, {"unrelated": true}]}'],
  ])('%s is no export', (text) => {
    expect(json(text).diagnostics.map((d) => d.ruleId)).toEqual(['syntax/unknown-export']);
  });
});

describe('YAML errors in mxlint words', () => {
  it.each([["a: 1\n a: 2\n"], ["'':\n  type: A\n  value: [192.0.2.1\n"], ["a: b: c\n"], ['a: 1\na: 2\n']])('%j', (text) => {
    const z = yaml(text);
    expect(z.diagnostics).toHaveLength(1);
    expect(z.diagnostics[0].message).toMatch(/^invalid YAML: [a-z]/);
    expect(z.diagnostics[0].message).not.toMatch(/YAML\.|parseAllDocuments|at line|\n/);
  });
});

describe('zone files by evidence', () => {
  it.each([
    ['; header\n;; more\n$TTL 3600\n@ IN SOA a. b. 1 2 3 4 5\n', true],
    ['; exported\0 by a tool\n$ORIGIN example.com.\n', true],
    ['example.com\t3600\tIN\tSOA\tns. host. (\n 1 2 3 4 5 )\nwww 300 IN A 192.0.2.1\n', true],
    ['# Zones\n\n## SOA\n\nThe SOA is managed by the provider.\n', false],
    ['package main\n\nimport "fmt"\n', false],
    ['import { x } from "y";\n// $ORIGIN example.com.\n', false],
    ['options { directory "/var/named"; };\n', false],
  ])('%j → %s', (text, zone) => {
    expect(bindEvidence(text.replace(/;[^\n]*/g, '')) !== undefined).toBe(zone);
  });

  it('takes the $ORIGIN a file starts with, past comments and $TTL', () => {
    expect(leadingOrigin(withoutComments('; hdr ; x\n$TTL 1h\n$ORIGIN corp.example. ; internal\n@ IN NS ns\n'))).toBe('corp.example.');
    expect(leadingOrigin('www IN A 192.0.2.1\n$ORIGIN corp.example.\n')).toBeUndefined();
  });

  it.each([
    ['zones/example.com.txt', 'example.com.'],
    ['dns/example.com.route53.json', 'example.com.'],
    ['shop.example.digitalocean.json', 'shop.example.'],
    ['db.example.org', 'example.org.'],
    ['config/split/example.org./www.yaml', 'example.org.'],
    ['config/split/example.org./$example.org.yaml', 'example.org.'],
    ['zones/cloudflare.txt', undefined],
  ])('the file name %s gives %s', (path, origin) => {
    expect(originFromName(join(work, path), {}, work)?.origin).toBe(origin);
  });
});
