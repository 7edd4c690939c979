import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import { ConfigError, ConfigLoader } from '../../src/engine/config.ts';
import { configSchema } from '../../src/engine/config-schema.ts';
import { run } from '../../src/engine/run.ts';
import { rules } from '../../rules/index.ts';

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mxlint-config-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

async function loaderFor(dir: string, file: string) {
  const loader = new ConfigLoader(rules);
  loader.find(join(dir, file));
  await loader.validateAll();
  return loader.resolve(join(dir, file));
}

const ZONE = '$TTL 3600\n@ SOA ns hostmaster 1 14400 3600 1209600 300\n@ NS ns\nns A 192.0.2.1\n@ MX 10 mail\n@ TXT "v=spf1 -all"\n_dmarc TXT "v=DMARC1; p=none"\n';

describe('configuration', () => {
  it('has a schema that is valid draft-07 (runs validate against it without checking it again)', () => {
    const ajv = new Ajv({ strict: false });
    expect(ajv.validateSchema(configSchema(rules)), JSON.stringify(ajv.errors)).toBe(true);
  });

  it('judges a configuration naming a few rules as the whole schema does', async () => {
    const whole = new Ajv({ allErrors: true, strict: false }).compile(configSchema(rules));
    const good = { rules: { 'mx-implicit': ['warn', { ignore: ['relay.example.com.'] }] }, overrides: [{ files: ['x/**'], rules: { 'mx-null-mx': 'off' } }] };
    expect(whole(good)).toBe(true);
    await expect(loaderFor(repo({ '.mxlintrc.json': JSON.stringify(good), 'a.zone': '' }), 'a.zone')).resolves.toBeDefined();
    for (const bad of [{ rules: { 'mx-implicit': ['warn', { ignore: [1] }] } }, { overrides: [{ files: 'x', rules: { 'mx-implicitt': 'warn' } }] }, { rules: { 'mx-null-mx': 'loud' } }]) {
      expect(whole(bad)).toBe(false);
      await expect(loaderFor(repo({ '.mxlintrc.json': JSON.stringify(bad), 'a.zone': '' }), 'a.zone')).rejects.toThrow(ConfigError);
    }
  });

  it('defaults to mxlint:recommended and applies rules, options and overrides by glob', async () => {
    const dir = repo({
      'mxlint.config.json': JSON.stringify({
        rules: { 'dmarc-policy-none': 'error', 'ttl-too-short': ['warn', { MX: 600 }] },
        overrides: [{ files: 'legacy/**', rules: { 'dmarc-policy-none': 'off' } }],
      }),
      'zones/example.com.zone': ZONE,
      'legacy/example.org.zone': ZONE,
    });
    const main = await loaderFor(dir, 'zones/example.com.zone');
    expect(main.rules.get('dmarc-policy-none')?.severity).toBe('error');
    expect(main.rules.get('ttl-too-short')).toMatchObject({ severity: 'warning', options: { MX: 600, TXT: 300 } });
    const legacy = await loaderFor(dir, 'legacy/example.org.zone');
    expect(legacy.rules.has('dmarc-policy-none')).toBe(false);

    const outcome = await run({ rules, paths: [dir] });
    const byFile = Object.fromEntries(outcome.results.map((r) => [r.path.split('/').slice(-2).join('/'), r.diagnostics.map((d) => `${d.severity} ${d.ruleId}`)]));
    expect(byFile['zones/example.com.zone']).toContain('error dmarc-policy-none');
    expect(byFile['zones/example.com.zone']).toContain('error mx-dangling-target');
    expect(byFile['legacy/example.org.zone']).not.toContain('error dmarc-policy-none');
  });

  it('reads package.json#mxlint and mxlint:strict', async () => {
    const dir = repo({ 'package.json': JSON.stringify({ name: 'zones', mxlint: { extends: 'mxlint:strict' } }), 'example.com.zone': ZONE });
    const config = await loaderFor(dir, 'example.com.zone');
    expect(config.path).toMatch(/package\.json#mxlint$/);
    expect([...config.rules.values()].every((r) => r.severity === 'error' || r.severity === 'info')).toBe(true);
  });

  it.each([
    [{ rules: { 'mx-no-such-rule': 'error' } }, "unknown rule 'mx-no-such-rule' in rules"],
    [{ rules: { 'ttl-too-short': ['warn', { mx: 60 }] } }, "unknown option 'mx' for rule ttl-too-short"],
    [{ rules: { 'ttl-too-short': 'loud' } }, "'loud' is not a severity (rule ttl-too-short, in rules.ttl-too-short); use off, warn, error or info"],
    [{ rules: { 'ttl-too-short': ['loud'] } }, "'loud' is not a severity (rule ttl-too-short"],
    [{ rules: { 'mx-private-address': ['error', { allowDocs: true }] } }, "unknown option 'allowDocs' for rule mx-private-address (in rules.mx-private-address.1); valid options: allowDocumentationRanges"],
    [{ rules: { 'mx-nul-mx': 'warn' } }, "unknown rule 'mx-nul-mx' in rules; did you mean 'mx-null-mx'?"],
    [{ extends: 'eslint:recommended' }, 'extends'],
    [{ overrides: [{ rules: {} }] }, "must have required property 'files'"],
    [{ colour: true }, "unknown key 'colour' in the configuration; valid keys: $schema, extends, rules, overrides, limits, zones, online, views"],
  ])('rejects %j with a message that names it', async (config, message) => {
    const dir = repo({ 'mxlint.config.json': JSON.stringify(config), 'example.com.zone': ZONE });
    await expect(loaderFor(dir, 'example.com.zone')).rejects.toThrow(ConfigError);
    await expect(loaderFor(dir, 'example.com.zone')).rejects.toThrow(message);
  });

  it('rejects invalid JSON with the file name and the position', async () => {
    const dir = repo({ '.mxlintrc.json': '{ "rules": ', 'example.com.zone': ZONE });
    await expect(loaderFor(dir, 'example.com.zone')).rejects.toThrow(/\.mxlintrc\.json:1:12: invalid JSON: value expected$/);
  });
});

describe('suppression comments', () => {
  it('silences the named rules on the next line, in a range and file-wide, and reports unused ones', async () => {
    const dir = repo({
      'example.com.zone': [
        '$TTL 3600',
        '@ SOA ns hostmaster 1 14400 3600 1209600 300',
        '@ NS ns',
        'ns A 192.0.2.1',
        '; mxlint-disable-next-line mx-dangling-target -- provisioned by terraform',
        '@ MX 10 mail',
        '; mxlint-disable-next-line mx-dangling-target -- nothing to silence here',
        'www A 192.0.2.2',
        '; mxlint-disable ttl-too-short',
        'sub 60 MX 10 ns',
        '; mxlint-enable ttl-too-short',
        'sub2 60 MX 10 ns',
        '; mxlint-disable-next-line no-such-rule',
        'x A 192.0.2.3',
      ].join('\n') + '\n',
      // ttl-too-short is advisory (mxlint:strict): turned on here to have something to silence.
      'mxlint.config.json': JSON.stringify({ rules: { 'ttl-too-short': 'warn' } }),
    });
    const outcome = await run({ rules, paths: [dir] });
    const found = outcome.results.flatMap((r) => r.diagnostics.map((d) => `${d.span.source.positionAt(d.span.start).line} ${d.ruleId}`));
    expect(found).not.toContain('6 mx-dangling-target');
    expect(found).not.toContain('10 ttl-too-short');
    expect(found).toContain('12 ttl-too-short');
    expect(found).toContain('7 mxlint/unused-suppression');
    expect(found).toContain('13 mxlint/bad-suppression');
  });
});

describe('values the provider chooses', () => {
  it('leaves Cloudflare\'s automatic TTL to Cloudflare, and judges a TTL written by hand', async () => {
    const record = (type: string, name: string, content: string, ttl: number) => ({ id: name + type + ttl, type, name, content, ttl, proxied: false, ...(type === 'MX' ? { priority: 10 } : {}) });
    const dir = repo({
      'example.com.json': JSON.stringify({
        result: [
          record('MX', 'example.com', 'mail.example.com', 3600),
          record('MX', 'example.com', 'mail2.example.com', 3600),
          record('A', 'mail.example.com', '192.0.2.25', 1),
          record('A', 'mail2.example.com', '192.0.2.26', 120),
        ],
      }),
      'mxlint.config.json': JSON.stringify({ rules: { 'ttl-too-short': ['warn', { exchangerAddress: 600 }] } }),
    });
    const outcome = await run({ rules, paths: [dir] });
    const found = outcome.results.flatMap((r) => r.diagnostics.filter((d) => d.ruleId.startsWith('ttl-')).map((d) => `${d.ruleId} ${d.message}`));
    expect(found).toEqual([expect.stringMatching(/^ttl-too-short TTL '120' on this A record of mail exchanger mail2\.example\.com\./)]);
  });
});
