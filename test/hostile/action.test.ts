/**
 * Issue #18, the gate: a pull request must not get past the action by the names, headers or
 * configuration it adds, nor forge workflow commands. Runs the committed dist/action.js on real git
 * repositories (test/action/harness.ts) and replays its output through the runner's command rules.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, makeRepo, pullRequestEvent, runAction, tempDir, zone, type ActionRun, type Files } from '../action/harness.ts';
import { MAX_MS, runnerCommands } from './harness.ts';

afterAll(cleanup);

const ALLOWED = new Set(['error', 'warning', 'notice', 'debug']);

function expectNoForgery(r: ActionRun): void {
  const forged = runnerCommands(r.stdout).filter((c) => c.form === '##[' || !ALLOWED.has(c.name));
  expect(forged).toEqual([]);
}

function errorsOf(r: ActionRun, ruleId: string): string[] {
  return runnerCommands(r.stdout).filter((c) => c.name === 'error' && c.line.includes(`(${ruleId})`)).map((c) => c.line);
}

const PLUS_ALL = (origin: string) => zone(origin, [], { spf: 'v=spf1 mx +all' });

describe('the gate fails closed', { timeout: 60_000 }, () => {
  it('matches file names git quotes (", \\, tab, non-ASCII) to the diff', async () => {
    // One pull request per name: a name left unmatched must not make the run say "nothing to lint".
    for (const name of ['zones/quo"te.example.zone', 'zones/back\\slash.example.zone', 'zones/tab\tname.example.zone', 'zones/ünï.example.zone']) {
      const repo = makeRepo({ [name]: zone('example.com') }, { [name]: PLUS_ALL('example.com') });
      const r = await runAction({ cwd: repo.dir, event: pullRequestEvent(repo) });
      expect(r.stdout, name).not.toContain('nothing to lint');
      expect(r.status, name).toBe(1);
      expect(errorsOf(r, 'spf-permissive-all'), name).toHaveLength(1);
      expectNoForgery(r);
    }
  });

  it('finds an extension-less zone behind a long comment header or a NUL in a comment', async () => {
    const header = Array.from({ length: 200 }, (_, i) => `; licence line ${i} ${'-'.repeat(40)}`).join('\n') + '\n';
    const repo = makeRepo({ 'zones/README.md': 'zones\n' }, { 'zones/example.net': header + PLUS_ALL('example.net'), 'zones/example.org': '; made by \0 a tool\n' + PLUS_ALL('example.org') });
    const r = await runAction({ cwd: repo.dir, event: pullRequestEvent(repo) });
    expect(r.stdout).toContain('2 zone files found');
    expect(r.status).toBe(1);
    expect(errorsOf(r, 'spf-permissive-all').map((l) => /file=([^,]+)/.exec(l)?.[1])).toEqual(['zones/example.net', 'zones/example.org']);
  });

  it('reports a configuration the pull request adds, loudly', async () => {
    const repo = makeRepo({ 'zones/example.com.zone': zone('example.com') }, { 'zones/example.com.zone': PLUS_ALL('example.com'), 'zones/mxlint.config.json': JSON.stringify({ zones: { exclude: ['**'] } }) });
    const r = await runAction({ cwd: repo.dir, event: pullRequestEvent(repo) });
    const warnings = runnerCommands(r.stdout).filter((c) => c.name === 'warning');
    expect(warnings.some((w) => w.line.includes("changes mxlint's configuration: zones/mxlint.config.json (added)")), r.stdout).toBe(true);
    expect(r.summary).toContain('zones/mxlint.config.json (added)');
  });

  it('reports a named.conf the pull request adds, or a file named.conf includes that it changes, and judges every zone under it', async () => {
    const statement = (zone: string) => `zone "${zone}" { type master; file "/etc/bind/zones/db.main"; };\n`;
    // Each makes the file zone example.org: its example.com records, unchanged lines, are out of that zone now.
    const cases: { base: Files; head: Files; said: string }[] = [
      { base: {}, head: { 'named.conf': statement('example.org') }, said: 'named.conf (added)' },
      { base: { 'named.conf': 'include "/etc/bind/zones.conf";\n', 'zones.conf': statement('example.com') }, head: { 'zones.conf': statement('example.org') }, said: 'zones.conf (modified)' },
    ];
    for (const { base, head, said } of cases) {
      const repo = makeRepo({ 'zones/db.main': zone('example.com'), ...base }, head);
      const r = await runAction({ cwd: repo.dir, event: pullRequestEvent(repo) });
      const warnings = runnerCommands(r.stdout).filter((c) => c.name === 'warning');
      expect(warnings.some((w) => w.line.includes(`changes BIND's configuration: ${said}`)), r.stdout).toBe(true);
      expect(errorsOf(r, 'zone-out-of-zone').length).toBeGreaterThan(0);
      expect(r.status).toBe(1);
    }
  });

  it("judges the base with the base's configuration", async () => {
    // The base turned the rule off; the pull request turns it back on: the base's +all was never a
    // finding there, so under its own configuration it is introduced now.
    const repo = makeRepo(
      { 'mxlint.config.json': JSON.stringify({ rules: { 'spf-permissive-all': 'off' } }), 'zones/example.com.zone': PLUS_ALL('example.com') },
      { 'mxlint.config.json': '{}' },
    );
    const r = await runAction({ cwd: repo.dir, event: pullRequestEvent(repo) });
    expect(errorsOf(r, 'spf-permissive-all')).toHaveLength(1);
    expect(r.status).toBe(1);
  });

  it('forges no workflow command through record text or file names', async () => {
    const name = 'zones/##[error]forged##[stop-commands]zz.example.zone';
    const text = zone('example.com', ['spf2 IN TXT "v=spf1 ##[stop-commands]zz ##[add-mask]mx ::error::x +all"'], { spf: 'v=spf1 ##[error]forged +all' });
    const repo = makeRepo({ 'zones/example.com.zone': zone('example.com') }, { [name]: text, 'zones/example.com.zone': text });
    const r = await runAction({ cwd: repo.dir, event: pullRequestEvent(repo), inputs: { 'filter-mode': 'nofilter' } });
    expect(r.stdout).toContain('##\u200b[');
    expectNoForgery(r);
    expect(errorsOf(r, 'spf-permissive-all').length).toBeGreaterThan(0);
  });

  it('says what a 401 or 403 from the GitHub API means', async () => {
    for (const status of [401, 403]) {
      const server = createServer((_req: IncomingMessage, res: ServerResponse) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: status === 401 ? 'Bad credentials' : 'Resource not accessible by integration' }));
      });
      await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
      try {
        // Not a git checkout: the changes can only come from the API.
        const dir = tempDir();
        mkdirSync(join(dir, 'zones'));
        writeFileSync(join(dir, 'zones/example.com.zone'), PLUS_ALL('example.com'));
        const event = pullRequestEvent({ baseSha: 'a'.repeat(40), headSha: 'b'.repeat(40) });
        const { port } = server.address() as AddressInfo;
        const r = await runAction({ cwd: dir, event, inputs: { token: 'ghs_testtoken' }, env: { GITHUB_API_URL: `http://127.0.0.1:${port}` } });
        expect(r.status).toBe(1);
        const errors = runnerCommands(r.stdout).filter((c) => c.name === 'error');
        expect(errors.map((e) => e.line)).toEqual([expect.stringContaining(`the GitHub API refused the token (HTTP ${status})`)]);
        expect(r.stdout).not.toContain('internal error');
      } finally {
        server.close();
      }
    }
  });

  it('runs git from PATH, never one the pull request put in the checkout', async () => {
    const repo = makeRepo({ 'zones/example.com.zone': zone('example.com') }, { 'zones/example.com.zone': PLUS_ALL('example.com'), git: '#!/bin/sh\ntouch "$(dirname "$0")/PLANTED"\nexit 1\n' });
    const { chmodSync, existsSync } = await import('node:fs');
    chmodSync(join(repo.dir, 'git'), 0o755);
    const r = await runAction({ cwd: repo.dir, event: pullRequestEvent(repo), env: { PATH: `.:${process.env.PATH ?? '/usr/bin:/bin'}` } });
    expect(existsSync(join(repo.dir, 'PLANTED'))).toBe(false);
    expect(errorsOf(r, 'spf-permissive-all')).toHaveLength(1);
  });

  it('filters 10,000 findings against a 10,000-line change within the floor', async () => {
    const mx = Array.from({ length: 10_000 }, (_, i) => `h${i} IN MX 10 mx.example.com.`);
    const base = zone('example.com', ['mx IN A 192.0.2.30', ...mx]);
    // The change deletes the exchanger's address (findings on unchanged lines) and adds a big block.
    const head = zone('example.com', [...mx, ...Array.from({ length: 10_000 }, (_, i) => `t${i} IN TXT "note ${i}"`)]);
    const repo = makeRepo({ 'zones/example.com.zone': base }, { 'zones/example.com.zone': head });
    const started = Date.now();
    const r = await runAction({ cwd: repo.dir, event: pullRequestEvent(repo) });
    const ms = Date.now() - started;
    expect(r.status).toBe(1);
    expect(runnerCommands(r.stdout).filter((c) => c.name === 'error').length).toBeGreaterThan(0);
    // Wall time of two lint runs and git on a shared machine: generous; the CPU time is ~3 s (before: over 60 s).
    expect(ms).toBeLessThan(MAX_MS * 6);
  });
});
