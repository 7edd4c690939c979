/**
 * The committed dist/action.js in a merge queue (`merge_group` events are judged like the pull
 * request they carry) and with a baseline file (adoption on pushes to a branch with findings).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION, cleanup, makeRepo, runAction, zone } from './harness.ts';

beforeAll(() => {
  if (!existsSync(ACTION)) throw new Error(`${ACTION} is missing: run npm run build`);
});
afterAll(cleanup);

const ZONE = 'zones/example.com.zone';
const errors = (commands: string[]) => commands.filter((c) => c.startsWith('::error '));

/** A recorded `merge_group` (checks_requested) payload. */
function mergeGroupEvent(repo: { baseSha: string; headSha: string }): object {
  return {
    action: 'checks_requested',
    merge_group: {
      head_sha: repo.headSha,
      head_ref: `refs/heads/gh-readonly-queue/main/pr-42-${repo.baseSha}`,
      base_sha: repo.baseSha,
      base_ref: 'refs/heads/main',
      head_commit: { id: repo.headSha, message: 'Merge pull request #42' },
    },
    repository: { full_name: 'acme/zones', name: 'zones', owner: { login: 'acme' } },
  };
}

describe('merge queue and baseline', { timeout: 60_000 }, () => {
  it('judges a merge_group like its pull request: pre-existing findings do not fail the queue', async () => {
    // The base already has +all on example.com; the queued change adds one more zone line, harmless.
    const base = zone('example.com', [], { spf: 'v=spf1 +all' });
    const repo = makeRepo({ [ZONE]: base }, { [ZONE]: base.replace('ns1     IN A    192.0.2.53', 'ns1     IN A    192.0.2.54') });
    const clean = await runAction({ cwd: repo.dir, eventName: 'merge_group', event: mergeGroupEvent(repo) });
    expect(clean.stdout).toContain('Pull request #42: base');
    expect(errors(clean.commands)).toEqual([]);
    expect(clean.status).toBe(0);

    // A queued change that adds a finding fails the queue, on its line.
    const added = makeRepo({ [ZONE]: zone('example.com') }, { [ZONE]: zone('example.com', [], { spf: 'v=spf1 +all' }) });
    const r = await runAction({ cwd: added.dir, eventName: 'merge_group', event: mergeGroupEvent(added) });
    expect(errors(r.commands)).toEqual([expect.stringMatching(/^::error file=zones\/example\.com\.zone,line=8,.*spf-permissive-all/)]);
    expect(r.status).toBe(1);

    const broken = await runAction({ cwd: added.dir, eventName: 'merge_group', event: { merge_group: {} } });
    expect(broken.status).toBe(1);
    expect(broken.stdout).toContain('has no merge_group.base_sha and merge_group.head_sha');
  });

  it('leaves out on a push what the baseline input holds, and reports what is new', async () => {
    const repo = makeRepo({ [ZONE]: zone('example.com', [], { spf: 'v=spf1 +all' }) }, {});
    // The baseline is written by the CLI, as users do.
    const write = spawnSync(process.execPath, [join(ACTION, '..', 'cli.js'), '--baseline-write', 'mxlint-baseline.json', 'zones'], { cwd: repo.dir, encoding: 'utf8' });
    expect(write.stderr).toMatch(/written to the baseline/);
    const push = { ref: 'refs/heads/main', after: repo.headSha };
    const known = await runAction({ cwd: repo.dir, eventName: 'push', event: push, inputs: { baseline: 'mxlint-baseline.json' } });
    expect(errors(known.commands)).toEqual([]);
    expect(known.stdout).toMatch(/Baseline mxlint-baseline\.json: 1 finding it holds not reported/);
    expect(known.status).toBe(0);

    const without = await runAction({ cwd: repo.dir, eventName: 'push', event: push });
    expect(errors(without.commands)).toHaveLength(1);

    const missing = await runAction({ cwd: repo.dir, eventName: 'push', event: push, inputs: { baseline: 'nope.json' } });
    expect(missing.status).toBe(1);
    expect(missing.stdout).toContain("Input 'baseline': no such file: nope.json");
  });
});
