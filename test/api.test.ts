/**
 * The library entry as a package user gets it: `import { lint } from 'mxlint'` resolved through
 * package.json `exports` to the bundled dist/api.js, with dist/api.d.ts as its types, and the
 * npm tarball's contents.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type * as Api from '../dist/api.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const api = (await import(pathToFileURL(join(root, 'dist', 'api.js')).href)) as typeof Api;
const ZONE = '$ORIGIN example.com.\n$TTL 3600\n@ IN SOA ns1 h 1 14400 3600 1209600 300\n@ IN NS ns1\nns1 IN A 192.0.2.1\n@ IN MX 10 mail\nmail IN A 192.0.2.2\n@ IN TXT "v=spf1 +all"\n';

describe('programmatic API', () => {
  it('lints text standing for a file, with positions, severities and counts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mxlint-api-'));
    const [result] = await api.lint({ text: ZONE, filePath: 'example.com.zone' }, { cwd: dir });
    expect(result.filePath).toBe(join(dir, 'example.com.zone'));
    const spf = result.messages.find((m) => m.ruleId === 'spf-permissive-all');
    expect(spf).toMatchObject({ severity: 'error', line: 8, column: 18, endLine: 8, endColumn: 22 });
    expect(spf?.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(result.errorCount).toBe(result.messages.filter((m) => m.severity === 'error').length);
    expect(result.errorCount).toBeGreaterThan(0);
  });

  it('lints paths relative to cwd, and throws for a missing one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mxlint-api-'));
    writeFileSync(join(dir, 'example.com.zone'), ZONE);
    writeFileSync(join(dir, 'mxlint.config.json'), '{ "rules": { "spf-permissive-all": "off", } }');
    const results = await api.lint(['.'], { cwd: dir });
    expect(results.map((r) => r.filePath)).toEqual([join(dir, 'example.com.zone')]);
    expect(results[0].messages.map((m) => m.ruleId)).not.toContain('spf-permissive-all');
    await expect(api.lint('nope.zone', { cwd: dir })).rejects.toThrow(api.MissingPathError);
  });

  it('lists rules and explains them from the package', () => {
    const ids = api.listRules().map((r) => r.id);
    expect(ids).toContain('mx-target-ip');
    expect(api.explain('mx-target-ip')).toBe(readFileSync(join(root, 'rules', 'mx-target-ip', 'README.md'), 'utf8'));
    expect(api.explain('no-such-rule')).toBeUndefined();
    expect(api.version).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
  });

  it("resolves as 'mxlint' through package.json exports, in plain Node", () => {
    const code = "import { lint, version } from 'mxlint'; const r = await lint({ text: process.argv[1], filePath: 'x.zone' }); console.log(version, r[0].errorCount > 0);";
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', code, ZONE.replace(/\$ORIGIN example\.com\./, '$ORIGIN x.')], { cwd: root, encoding: 'utf8' });
    expect(out.trim()).toMatch(/^\d+\.\d+\.\d+ true$/);
  });

  it('leaves the action bundle out of the npm tarball and ships the types and pages', () => {
    const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
    const files = (JSON.parse(r.stdout) as { files: { path: string }[] }[])[0].files.map((f) => f.path);
    expect(files).not.toContain('dist/action.js');
    expect(files).toEqual(expect.arrayContaining(['dist/cli.js', 'dist/api.js', 'dist/api.d.ts', 'dist/mxlint.js', 'dist/package.json', 'LICENSE', 'docs/syntax.md', 'rules/mx-target-ip/README.md', 'schema/mxlint.schema.json']));
  });
});
