import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RuleMeta } from '../../src/engine/rule.ts';
import { FINGERPRINT_KEY, formatSarif, toSarif } from '../../src/report/sarif.ts';
import { DOCS, diag, sampleResults, zoneSource } from './fixture.ts';
import { sarifValidator } from './sarif-schema.ts';

const RULES: RuleMeta[] = [
  { id: 'mx-target-ip', description: 'An MX target must be a host name, not an address.', severity: 'error', messages: {} },
  { id: 'spf-softfail', description: 'SPF policy ends in ~all.', severity: 'warning', messages: {} },
  { id: 'mx-no-reverse', description: 'A mail host has no reverse record.', severity: 'info', messages: {} },
  { id: 'dmarc-missing', description: 'No DMARC record.', severity: 'error', messages: {} },
];

const validate = sarifValidator();

describe('formatSarif', () => {
  it('is valid against the SARIF 2.1.0 schema', () => {
    const log: unknown = JSON.parse(formatSarif(sampleResults(), RULES, { toolVersion: '0.1.0', baseDir: '/repo', cwd: '/repo' }));
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the schema check does catch a broken log', () => {
    const log = toSarif(sampleResults(), RULES, { toolVersion: '0.1.0' });
    const broken = JSON.parse(JSON.stringify(log)) as { runs: { results: { level: string }[] }[] };
    broken.runs[0].results[0].level = 'fatal';
    expect(validate(broken)).toBe(false);
  });

  it('describes the rules that have results, syntax codes included', () => {
    const log = toSarif(sampleResults(), RULES, { toolVersion: '1.2.3', baseDir: '/repo', cwd: '/repo' });
    const run = log.runs[0];
    expect(log.version).toBe('2.1.0');
    expect(run.tool.driver).toMatchObject({ name: 'mxlint', version: '1.2.3', informationUri: DOCS.replace(/\/blob\/.*$/, '') });
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(['mx-target-ip', 'spf-softfail', 'mx-no-reverse', 'syntax/bad-ttl']);
    expect(run.tool.driver.rules[0]).toEqual({
      id: 'mx-target-ip',
      name: 'MxTargetIp',
      shortDescription: { text: 'An MX target must be a host name, not an address.' },
      fullDescription: { text: 'An MX target must be a host name, not an address.' },
      helpUri: `${DOCS}rules/mx-target-ip/README.md`,
      help: { text: readFileSync('rules/mx-target-ip/README.md', 'utf8'), markdown: readFileSync('rules/mx-target-ip/README.md', 'utf8') },
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['dns', 'mx'], precision: 'high' },
    });
    expect(run.tool.driver.rules[2].defaultConfiguration.level).toBe('note');
    expect(run.tool.driver.rules[3]).toMatchObject({
      id: 'syntax/bad-ttl',
      helpUri: `${DOCS}docs/syntax.md#bad-ttl`,
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['dns', 'syntax'], precision: 'very-high' },
    });
    // A syntax code's help is its own section of docs/syntax.md.
    expect(run.tool.driver.rules[3].help?.markdown).toMatch(/^# syntax\/bad-ttl\n\nA TTL that is not a number of seconds/);
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///repo/' } });
  });

  it('writes results with levels, regions, relative URIs and fingerprints', () => {
    const log = toSarif(sampleResults(), RULES, { toolVersion: '0.1.0', baseDir: '/repo', cwd: '/repo' });
    const results = log.runs[0].results;
    expect(results.map((r) => [r.ruleId, r.ruleIndex, r.level])).toEqual([
      ['mx-target-ip', 0, 'error'],
      ['spf-softfail', 1, 'warning'],
      ['mx-no-reverse', 2, 'note'],
      ['syntax/bad-ttl', 3, 'error'],
    ]);
    expect(results[0].message.text).toBe('MX target "192.0.2.1" is an IP address, not a host name.');
    expect(results[0].locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'zones/example.com.zone', uriBaseId: '%SRCROOT%' },
          region: { startLine: 3, startColumn: 12, endLine: 3, endColumn: 21 },
        },
      },
    ]);
    const sha = (s: string) => createHash('sha256').update(s).digest('hex');
    expect(results[0].partialFingerprints).toEqual({
      [FINGERPRINT_KEY]: sha('mx-target-ip\0zones/example.com.zone\0fingerprint\0mx-target-ip|@|MX|target'),
    });
    // Without a fingerprint, the message stands in for it.
    expect(results[2].partialFingerprints[FINGERPRINT_KEY]).toBe(
      sha('mx-no-reverse\0zones/example.com.zone\0message\0mail.example.com. has no PTR record in the zones read.'),
    );
  });

  it('keeps a fingerprint when the finding moves to another line', () => {
    const before = zoneSource('z.zone', 'a IN MX 10 192.0.2.1\n');
    const after = zoneSource('z.zone', '; comment\n\na IN MX 10 192.0.2.1\n');
    const fp = (source: typeof before) =>
      toSarif([{ path: 'z.zone', source, diagnostics: [diag(source, '192.0.2.1', 'mx-target-ip', 'error', 'm', { fingerprint: 'a|MX|target' })] }], RULES, {
        toolVersion: '0',
      }).runs[0].results[0];
    expect(fp(before).partialFingerprints).toEqual(fp(after).partialFingerprints);
    expect(fp(before).locations[0].physicalLocation.region.startLine).toBe(1);
    expect(fp(after).locations[0].physicalLocation.region.startLine).toBe(3);
  });

  it('writes related locations, and paths outside the base as file URIs', () => {
    const source = zoneSource('zones/a b#1.zone', 'a IN MX 10 mx\nmx IN CNAME host\n');
    const other = zoneSource('/elsewhere/other.zone', 'host IN A 192.0.2.1\n');
    const d = diag(source, 'mx\nmx', 'mx-cname', 'error', 'MX target is a CNAME.', {
      related: [
        { span: { source, start: 14, end: 16 }, message: 'the CNAME' },
        { span: { source: other, start: 0, end: 4 }, message: 'its target' },
      ],
    });
    const log = toSarif([{ path: source.path, source, diagnostics: [d] }], RULES, { toolVersion: '0.1.0', baseDir: '/repo', cwd: '/repo' });
    expect(validate(JSON.parse(JSON.stringify(log)))).toBe(true);
    const result = log.runs[0].results[0];
    expect(result.locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'zones/a%20b%231.zone', uriBaseId: '%SRCROOT%' });
    expect(result.locations[0].physicalLocation.region).toEqual({ startLine: 1, startColumn: 12, endLine: 2, endColumn: 3 });
    expect(result.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: {
          artifactLocation: { uri: 'zones/a%20b%231.zone', uriBaseId: '%SRCROOT%' },
          region: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 3 },
        },
        message: { text: 'the CNAME' },
      },
      {
        id: 2,
        physicalLocation: {
          artifactLocation: { uri: 'file:///elsewhere/other.zone' },
          region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 5 },
        },
        message: { text: 'its target' },
      },
    ]);
    // An unknown rule id still gets a descriptor, so ruleIndex is always valid.
    expect(log.runs[0].tool.driver.rules).toHaveLength(1);
    expect(log.runs[0].tool.driver.rules[0].id).toBe('mx-cname');
  });

  it('takes the engine rule objects as well as their metadata', () => {
    const rules = RULES.map((meta) => ({ meta, check: () => undefined }));
    expect(toSarif(sampleResults(), rules, { toolVersion: '0' }).runs[0].tool.driver.rules[0].shortDescription.text).toBe(RULES[0].description);
  });

  it('is valid with no results at all', () => {
    const log: unknown = JSON.parse(formatSarif([], RULES, { toolVersion: '0.1.0' }));
    expect(validate(log)).toBe(true);
  });

  it('marks the spoofing rules as security findings with a severity score', () => {
    const source = zoneSource('zones/a.zone', '@ IN TXT "v=spf1 +all"\n');
    const results = [{ path: 'zones/a.zone', diagnostics: [diag(source, '+all', 'spf-permissive-all', 'error', 'permissive'), diag(source, 'IN', 'mx-target-ip', 'error', 'not an MX')] }];
    const [spf, mx] = toSarif(results, [], { toolVersion: '0' }).runs[0].tool.driver.rules;
    expect(spf.properties).toEqual({ tags: ['dns', 'spf', 'security'], precision: 'high', 'security-severity': '8.1' });
    expect(mx.properties).toEqual({ tags: ['dns', 'mx'], precision: 'high' });
  });

  it('caps the results, errors first, and says what it left out', () => {
    const text = Array.from({ length: 6 }, (_, i) => `h${i} IN A 192.0.2.${i}`).join('\n');
    const source = zoneSource('zones/many.zone', text);
    const severities = ['warning', 'error', 'info', 'error', 'warning', 'error'] as const;
    const results = [{ path: 'zones/many.zone', diagnostics: severities.map((s, i) => diag(source, `h${i} `, `rule-${s}`, s, `h${i}`)) }];
    const log = toSarif(results, [], { toolVersion: '0', maxResults: 4 });
    const run = log.runs[0];
    // The three errors and the first warning, in file order.
    expect(run.results.map((r) => r.message.text)).toEqual(['h0', 'h1', 'h3', 'h5']);
    expect(run.invocations?.[0].toolExecutionNotifications[0].message.text).toMatch(/^2 results left out \(0 errors, 1 warning, 1 note\): this log holds 4 of 6, errors first/);
    expect(validate(JSON.parse(JSON.stringify(log)))).toBe(true);
    expect(toSarif(results, [], { toolVersion: '0' }).runs[0].invocations).toBeUndefined();
  });
});
