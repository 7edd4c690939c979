/**
 * Golden runs of the bundled CLI (`node dist/cli.js`, as users run it) over a multi-file zone
 * repository: several zones, an $INCLUDE, a configuration with overrides, suppression comments.
 * Set UPDATE_GOLDEN=1 to rewrite the golden files after a deliberate change, then review the diff.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli.js');
const repo = join(root, 'test', 'fixtures', 'repo');

function mxlint(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  // The colour variables of the machine running the tests must not leak in.
  const { NO_COLOR: _noColor, FORCE_COLOR: _forceColor, ...inherited } = process.env;
  const env = { ...inherited, ...options.env };
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: options.cwd ?? repo, encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function golden(name: string, actual: string) {
  const file = join(root, 'test', 'golden', name);
  if (process.env.UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('mxlint CLI on a zone repository', () => {
  it('stylish output', () => {
    const r = mxlint(['--no-color', '.']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    golden('repo.stylish.txt', r.stdout);
  });

  it('ESLint JSON output', () => {
    const r = mxlint(['--format', 'json', '.']);
    expect(r.code).toBe(1);
    const normalized = JSON.stringify(JSON.parse(r.stdout.split(repo).join('<repo>')), null, 2) + '\n';
    golden('repo.json', normalized);
    const files = JSON.parse(r.stdout) as { filePath: string; errorCount: number; warningCount: number }[];
    // Every file linted appears, the $INCLUDEd fragment too, with ESLint's counters.
    expect(files.map((f) => f.filePath.slice(repo.length + 1)).sort()).toEqual([
      'zones/example.com.zone',
      'zones/example.net.zone',
      'zones/includes/mail.inc',
      'zones/legacy/example.org.zone',
    ]);
  });

  it('colours only when asked or on a terminal, honouring NO_COLOR and FORCE_COLOR', () => {
    expect(mxlint(['.']).stdout).not.toContain('\x1b[');
    expect(mxlint(['.'], { env: { FORCE_COLOR: '1' } }).stdout).toContain('\x1b[');
    expect(mxlint(['--color', '.'], { env: { NO_COLOR: '1' } }).stdout).toContain('\x1b[');
    expect(mxlint(['.'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain('\x1b[');
  });

  it('--quiet reports errors only; --max-warnings sets the exit code as ESLint does', () => {
    expect(mxlint(['--quiet', '--no-color', '.']).stdout).not.toMatch(/\d+:\d+ +warning/);
    const clean = join(repo, 'zones', 'example.net.zone');
    expect(mxlint([clean]).code).toBe(0);
    const warningsOnly = join(repo, 'zones', 'legacy', 'example.org.zone');
    expect(mxlint([warningsOnly]).code).toBe(0);
    expect(mxlint(['--max-warnings', '0', warningsOnly])).toMatchObject({ code: 1, stderr: expect.stringContaining('too many warnings') });
    expect(mxlint(['--max-warnings', '1', warningsOnly]).code).toBe(0);
    // As ESLint: --max-warnings counts the warnings --quiet does not show.
    const quietCounted = mxlint(['--quiet', '--max-warnings', '0', '--no-color', warningsOnly]);
    expect(quietCounted).toMatchObject({ code: 1, stderr: expect.stringContaining('too many warnings') });
    expect(quietCounted.stdout).not.toMatch(/warning/);
    expect(mxlint(['--quiet', warningsOnly]).code).toBe(0);
  });

  it('exits 2 with a clear message on usage and configuration errors', () => {
    expect(mxlint(['--frobnicate'])).toMatchObject({ code: 2, stderr: expect.stringContaining("Unknown option '--frobnicate'") });
    expect(mxlint(['--format', 'xml', '.'])).toMatchObject({ code: 2, stderr: expect.stringContaining("unknown format 'xml'") });
    expect(mxlint(['no/such/zone'])).toMatchObject({ code: 2, stderr: expect.stringContaining('no such file or directory: no/such/zone') });
    const dir = mkdtempSync(join(tmpdir(), 'mxlint-cli-'));
    writeFileSync(join(dir, 'mxlint.config.json'), '{"rules":{"mx-dangling-targets":"error"}}');
    writeFileSync(join(dir, 'example.com.zone'), '$TTL 300\n@ SOA ns h 1 14400 3600 1209600 300\n');
    const r = mxlint(['.'], { cwd: dir });
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(/mxlint: configuration error: .*mxlint\.config\.json: unknown rule 'mx-dangling-targets' in rules/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('keeps going past a broken file and never prints a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mxlint-cli-'));
    writeFileSync(join(dir, 'broken.example.zone'), '$TTL 300\n@ SOA ns h 1 14400 3600 1209600 300 (\n"unterminated\n');
    writeFileSync(join(dir, 'example.com.zone'), '$TTL 300\n@ SOA ns h 1 14400 3600 1209600 300\n@ NS ns\nns A 192.0.2.1\n@ MX 10 mail\n');
    const r = mxlint(['--no-color', '.'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('broken.example.zone');
    expect(r.stdout).toContain('syntax/');
    expect(r.stdout).toContain('mx-dangling-target');
    expect(r.stderr).toBe('');
  });

  it('prints the configuration in force for a file', () => {
    const r = mxlint(['--print-config', 'zones/legacy/example.org.zone']);
    expect(r.code).toBe(0);
    const config = JSON.parse(r.stdout);
    expect(config.configFile).toBe(join(repo, 'mxlint.config.json'));
    expect(config.rules['dmarc-policy-none']).toBe('off');
    expect(config.rules['mx-exchanger-policy']).toBe('off');
    expect(config.rules['ttl-too-short']).toMatchObject({ severity: 'warning', options: { MX: 600 } });
  });
});
