/**
 * The bundled CLI where users meet it: editors (--stdin, -f compact/unix), shells (globs),
 * configuration written as editors write JSON (comments, trailing commas), --explain offline,
 * GitHub's formats from a subdirectory of a real git repository, and baselines for adoption.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli.js');

function mxlint(args: string[], cwd: string, options: { input?: string; env?: Record<string, string> } = {}) {
  const { NO_COLOR: _n, FORCE_COLOR: _f, GITHUB_WORKSPACE: _w, ...inherited } = process.env;
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', input: options.input, env: { ...inherited, ...options.env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const ZONE = ['$ORIGIN example.com.', '$TTL 3600', '@ IN SOA ns1 hostmaster 1 7200 3600 1209600 300', '@ IN NS ns1', 'ns1 IN A 192.0.2.1', '@ IN MX 10 192.0.2.25', '@ IN TXT "v=spf1 +all"', ''].join('\n');

/** A git repository with zones/example.com.zone (and `extra` files), committed. */
function repository(extra: Record<string, string> = {}): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'mxlint-conv-')));
  mkdirSync(join(dir, 'zones', 'sub'), { recursive: true });
  writeFileSync(join(dir, 'zones', 'example.com.zone'), ZONE);
  for (const [path, text] of Object.entries(extra)) writeFileSync(join(dir, path), text);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' } });
  git('init', '-q');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.test', 'add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.test', 'commit', '-qm', 'zones');
  return dir;
}

describe('mxlint CLI conventions', () => {
  it('-f unix and -f compact: one finding per line', () => {
    const dir = repository();
    const unix = mxlint(['-f', 'unix', 'zones/example.com.zone'], dir);
    expect(unix.code).toBe(1);
    expect(unix.stdout).toMatch(/^zones\/example\.com\.zone:6:12: .* \[Error\/mx-target-ip\]$/m);
    expect(unix.stdout).toMatch(/^zones\/example\.com\.zone:7:\d+: .* \[Error\/spf-permissive-all\]$/m);
    const compact = mxlint(['-f', 'compact', 'zones/example.com.zone'], dir);
    expect(compact.stdout).toMatch(/^zones\/example\.com\.zone: line 6, col 12, Error - .* \(mx-target-ip\)$/m);
    const count = compact.stdout.trim().split('\n\n')[0].split('\n').length;
    expect(compact.stdout.trimEnd().endsWith(`${count} problems`)).toBe(true);
  });

  it('expands globs in path arguments and says when one matches nothing', () => {
    const dir = repository({ 'zones/example.net.zone': ZONE.replace(/example\.com/g, 'example.net'), 'zones/notes.txt': 'x' });
    const r = mxlint(['-f', 'unix', 'zones/*.zone'], dir);
    expect(new Set(r.stdout.split('\n').filter(Boolean).map((l) => l.split(':')[0]).filter((p) => p.startsWith('zones/')))).toEqual(new Set(['zones/example.com.zone', 'zones/example.net.zone']));
    expect(mxlint(['zones/*.db'], dir)).toMatchObject({ code: 2, stderr: 'mxlint: no file matches zones/*.db\n' });
  });

  it('lints standard input as the file --stdin-filename names', () => {
    const dir = repository();
    const r = mxlint(['--stdin', '--stdin-filename', 'zones/new.zone', '-f', 'unix'], dir, { input: ZONE.replace('192.0.2.25', 'mail') });
    expect(r.stdout).toMatch(/^zones\/new\.zone:7:\d+: .*\[Error\/spf-permissive-all\]$/m);
    expect(r.stdout).not.toContain('mx-target-ip');
    expect(mxlint(['--stdin'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('--stdin needs --stdin-filename') });
  });

  it('reads configuration with comments and trailing commas, and places a syntax error', () => {
    const dir = repository({ 'mxlint.config.json': '{\n  // editors write this\n  "$schema": "./schema.json",\n  "rules": { "mx-target-ip": "off", },\n}\n' });
    const r = mxlint(['-f', 'unix', 'zones'], dir);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toContain('mx-target-ip');
    expect(r.stdout).toContain('spf-permissive-all');
    writeFileSync(join(dir, 'mxlint.config.json'), '{\n  "rules": {\n    "mx-target-ip" "off"\n  }\n}\n');
    const bad = mxlint(['zones'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(`mxlint: configuration error: ${join(dir, 'mxlint.config.json')}:3:20: invalid JSON: colon expected\n`);
  });

  it('--explain prints the page that SARIF carries as help', () => {
    const dir = repository();
    const page = readFileSync(join(root, 'rules', 'spf-permissive-all', 'README.md'), 'utf8');
    expect(mxlint(['--explain', 'spf-permissive-all'], dir)).toEqual({ code: 0, stdout: page, stderr: '' });
    const sarif = JSON.parse(mxlint(['-f', 'sarif', 'zones'], dir).stdout) as { runs: { tool: { driver: { rules: { id: string; help: { markdown: string } }[] } } }[] };
    expect(sarif.runs[0].tool.driver.rules.find((r) => r.id === 'spf-permissive-all')?.help.markdown).toBe(page);
    expect(mxlint(['--explain', 'syntax/no-ttl'], dir).stdout).toMatch(/^# syntax\/no-ttl\n\nA record without a TTL/);
    expect(mxlint(['--explain', 'mx-nope'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining("no rule or syntax code 'mx-nope'") });
  });

  it('-f github and SARIF give repository paths when run from a subdirectory', () => {
    const dir = repository();
    const sub = join(dir, 'zones');
    const github = mxlint(['-f', 'github', 'example.com.zone'], sub);
    expect(github.stdout).toMatch(/^::error file=zones\/example\.com\.zone,line=6,/m);
    const log = JSON.parse(mxlint(['-f', 'sarif', 'example.com.zone'], sub).stdout) as { runs: { originalUriBaseIds: Record<string, { uri: string }>; results: { locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }[] }[] }[] };
    expect(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe(`file://${dir}/`);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'zones/example.com.zone', uriBaseId: '%SRCROOT%' });
    // More than 10 errors: the last annotation says where the rest are, and it is not a job summary.
    writeFileSync(join(sub, 'many.zone'), ZONE + Array.from({ length: 12 }, (_, i) => `h${i} IN MX 10 192.0.2.${i + 30}\n`).join(''));
    const many = mxlint(['-f', 'github', 'many.zone'], sub).stdout;
    expect(many).toContain('not shown as annotations (GitHub shows at most 10 per step); mxlint with -f stylish lists them all.');
    expect(many).not.toContain('job summary');
    // GITHUB_WORKSPACE wins over the git top level.
    const env = { GITHUB_WORKSPACE: sub };
    expect(mxlint(['-f', 'github', 'example.com.zone'], sub, { env }).stdout).toMatch(/^::error file=example\.com\.zone,/m);
  });

  it('--baseline-write records the findings; --baseline then reports only new ones', () => {
    const dir = repository();
    const written = mxlint(['--baseline-write', 'mxlint-baseline.json', 'zones'], dir);
    expect(written.code).toBe(1);
    expect(written.stderr).toMatch(/^mxlint: \d+ findings written to the baseline mxlint-baseline\.json\n$/);
    const clean = mxlint(['--baseline', 'mxlint-baseline.json', 'zones'], dir);
    expect(clean).toMatchObject({ code: 0, stdout: '' });
    expect(clean.stderr).toMatch(/findings of the baseline mxlint-baseline\.json not reported/);
    // Findings moved to other lines stay known; those of a new record (an MX to an IP) are reported.
    writeFileSync(join(dir, 'zones', 'example.com.zone'), `; moved down\n${ZONE}www IN MX 20 192.0.2.26\n`);
    const next = mxlint(['--baseline', 'mxlint-baseline.json', '-f', 'unix', 'zones'], dir);
    expect(next.code).toBe(1);
    const reported = (out: string) => out.split('\n').filter((l) => l.includes('[')).map((l) => l.replace(/: .*\[/, ' ['));
    const fresh = reported(next.stdout);
    expect(fresh).toContain('zones/example.com.zone:9:14 [Error/mx-target-ip]');
    expect(fresh.every((l) => l.startsWith('zones/example.com.zone:9:'))).toBe(true);
    // From a subdirectory the fingerprints are the same (paths are taken from the repository root).
    expect(reported(mxlint(['--baseline', '../mxlint-baseline.json', '-f', 'unix', '.'], join(dir, 'zones')).stdout)).toEqual(fresh.map((l) => l.replace('zones/', '')));
    // Every finding, past the limits of findings per file too; the limits count what is left.
    const findings = (JSON.parse(mxlint(['-f', 'json', 'zones'], dir).stdout) as { messages: unknown[] }[]).flatMap((r) => r.messages).length;
    expect(findings).toBeGreaterThan(1);
    writeFileSync(join(dir, 'mxlint.config.json'), '{ "limits": { "findingsPerFile": 1 } }');
    expect(mxlint(['--baseline-write', 'all.json', 'zones'], dir).stderr).toBe(`mxlint: ${findings} findings written to the baseline all.json\n`);
    expect(mxlint(['--baseline', 'all.json', 'zones'], dir)).toMatchObject({ code: 0, stdout: '' });
    const capped = mxlint(['--baseline', 'mxlint-baseline.json', '-f', 'json', 'zones'], dir);
    const messages = (JSON.parse(capped.stdout) as { messages: { ruleId: string }[] }[]).flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(messages).toEqual(['mx-target-ip']);
    writeFileSync(join(dir, 'bad.json'), '{"findings": []}');
    expect(mxlint(['--baseline', 'bad.json', 'zones'], dir)).toMatchObject({ code: 2, stderr: 'mxlint: baseline bad.json: not an mxlint baseline (written by --baseline-write)\n' });
  });
});
