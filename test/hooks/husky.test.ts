/**
 * Real commits through real hooks: husky v9 running lint-staged, which runs `mxlint --staged` on
 * the staged files; and a plain git hook with no framework. A hook that fails blocks the commit.
 */
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DANGLING_MX, GOOD_MX, Repo, buildCli, cleanUp, tempDir, zone } from './helpers.ts';

let cli: string;
beforeAll(() => {
  cli = buildCli();
}, 120_000);
afterAll(cleanUp);

/** The glob docs/pre-commit.md recommends: zone names (`db.*` too) and provider exports. */
const LINT_STAGED_GLOB = '{*.{zone,db,json,yaml,yml},db.*}';


/** husky + lint-staged, as the docs set them up, with one clean zone committed. */
function huskyRepo(options: { maxArgLength?: number } = {}): Repo {
  const r = new Repo(cli);
  // A wrapper outside the repository logs each invocation's arguments, then runs the CLI.
  const wrapper = join(tempDir(), 'mxlint.sh');
  writeFileSync(wrapper, `#!/bin/sh\necho "$*" >> "$(dirname "$0")/calls.log"\nexec node "${cli}" "$@"\n`);
  chmodSync(wrapper, 0o755);
  wrappers.set(r, wrapper);
  const command = `${wrapper} --staged`;
  r.installHusky({ [LINT_STAGED_GLOB]: command }, options.maxArgLength ? `lint-staged --continue-on-error --max-arg-length ${options.maxArgLength}\n` : 'lint-staged\n');
  r.write('example.com.zone', zone('example.com', GOOD_MX));
  r.write('README.md', '# zones\n');
  r.git('add', '-A');
  const first = r.commit('init');
  if (first.status !== 0) throw new Error(`the first commit failed:\n${first.stdout}${first.stderr}`);
  return r;
}

describe('husky v9 + lint-staged', { timeout: 120_000 }, () => {
  it('blocks a commit that stages `+all` and lets the fix through', () => {
    const r = huskyRepo();
    const open = zone('example.com', GOOD_MX.replace('-all', '+all'));
    r.write('example.com.zone', open);
    r.git('add', 'example.com.zone');
    const blocked = r.commit('open SPF');
    expect(blocked.status).not.toBe(0);
    expect(blocked.stdout + blocked.stderr).toContain('spf-permissive-all');
    expect(r.committed('example.com.zone')).not.toContain('+all');
    r.write('example.com.zone', zone('example.com', GOOD_MX.replace('mx -all', 'mx ip4:192.0.2.0/24 -all')));
    r.git('add', 'example.com.zone');
    const fixed = r.commit('fixed');
    expect(fixed.status, fixed.stdout + fixed.stderr).toBe(0);
    expect(r.committed('example.com.zone')).toContain('ip4:192.0.2.0/24 -all');
  });

  it('blocks a commit that stages an error (mx-dangling-target) and lets the fix through', () => {
    const r = huskyRepo();
    r.write('example.com.zone', zone('example.com', DANGLING_MX));
    r.git('add', 'example.com.zone');
    const blocked = r.commit('drop the mail host');
    expect(blocked.status).not.toBe(0);
    expect(blocked.stdout + blocked.stderr).toContain('mx-dangling-target');
    expect(r.git('log', '--format=%s')).toBe('init\n');
    r.write('example.com.zone', zone('example.com', GOOD_MX.replace('192.0.2.25', '192.0.2.26')));
    r.git('add', 'example.com.zone');
    const passed = r.commit('move the mail host');
    expect(passed.status).toBe(0);
    expect(r.committed('example.com.zone')).toContain('192.0.2.26');
  });

  it('judges a partially staged file by what is staged, both ways, and keeps the unstaged change', () => {
    const r = huskyRepo();
    // Bad in the index, fixed in the work tree only: blocked.
    r.write('example.com.zone', zone('example.com', DANGLING_MX));
    r.git('add', 'example.com.zone');
    const fixedLocally = zone('example.com', GOOD_MX.replace('192.0.2.25', '192.0.2.27'));
    r.write('example.com.zone', fixedLocally);
    const blocked = r.commit('bad staged');
    expect(blocked.status).not.toBe(0);
    expect(blocked.stdout + blocked.stderr).toContain('mx-dangling-target');
    expect(readFileSync(join(r.dir, 'example.com.zone'), 'utf8')).toBe(fixedLocally);

    // Good in the index, broken in the work tree only: committed, and the work tree keeps its change.
    const good = zone('example.com', GOOD_MX.replace('192.0.2.25', '192.0.2.28'));
    r.write('example.com.zone', good);
    r.git('add', 'example.com.zone');
    const broken = zone('example.com', DANGLING_MX);
    r.write('example.com.zone', broken);
    const passed = r.commit('good staged');
    expect(passed.status).toBe(0);
    expect(r.committed('example.com.zone')).toBe(good);
    expect(readFileSync(join(r.dir, 'example.com.zone'), 'utf8')).toBe(broken);
  });

  it('lints a renamed zone under its new name, and a deleted zone is what the others see', () => {
    const r = huskyRepo();
    r.write('example.net.zone', zone('example.net', 'mx IN A 192.0.2.26'));
    r.write('example.org.zone', zone('example.org', '@ IN MX 10 mx.example.net.'));
    r.git('add', '-A');
    expect(r.commit('more zones').status).toBe(0);

    // Rename with a broken MX: blocked, the finding under the new name.
    r.git('mv', 'example.org.zone', 'db.example.org');
    r.write('db.example.org', zone('example.org', '@ IN MX 10 mx'));
    r.git('add', 'db.example.org');
    const blocked = r.commit('rename');
    expect(blocked.status).not.toBe(0);
    expect(blocked.stdout + blocked.stderr).toMatch(/db\.example\.org[\s\S]*mx-dangling-target/);
    expect(blocked.stdout + blocked.stderr).not.toContain('example.org.zone');
    r.write('db.example.org', zone('example.org', '@ IN MX 10 mx.example.net.'));
    r.git('add', 'db.example.org');
    expect(r.commit('rename').status).toBe(0);
    expect(r.committed('example.org.zone')).toBeUndefined();

    // example.net.zone loses the exchanger while db.example.org changes: blocked; once
    // example.net.zone is deleted from the repository (its broken copy left untracked), the
    // MX points outside the zones of the commit and is not judged.
    r.write('example.net.zone', zone('example.net', ''));
    r.write('db.example.org', zone('example.org', '@ IN MX 20 mx.example.net.'));
    r.git('add', '-A');
    const dangling = r.commit('drop mx');
    expect(dangling.status).not.toBe(0);
    expect(dangling.stdout + dangling.stderr).toContain('mx-dangling-target');
    r.git('rm', '-q', '--cached', 'example.net.zone');
    const moved = r.commit('example.net moves to another repository');
    expect(moved.status, moved.stdout + moved.stderr).toBe(0);
    expect(r.committed('example.net.zone')).toBeUndefined();
  });

  it('runs over mixed files, split over several invocations, and ignores what is not a zone', () => {
    const r = huskyRepo({ maxArgLength: 120 });
    // Long names so that lint-staged needs several invocations for the list.
    const names = Array.from({ length: 6 }, (_, i) => `zones/customer-number-${i}.example.com.zone`);
    for (const [i, name] of names.entries()) r.write(name, zone(`customer-number-${i}.example.com`, GOOD_MX));
    r.write('README.md', '# zones\n\nSOA records live in zones/.\n');
    r.write('settings.json', '{ "editor": { "tabSize": 2 } }\n');
    r.write('route53/example.org.json', route53(true));
    r.git('add', '-A');
    const before = calls(r).length;
    const passed = r.commit('many zones');
    expect(passed.status, passed.stdout + passed.stderr).toBe(0);
    // Every invocation is on its own: lint-staged split the list (8 files) over several.
    const invocations = calls(r).slice(before);
    expect(invocations.length).toBeGreaterThan(2);
    expect(invocations.flatMap((line) => line.split(' ')).sort()).toEqual([...names, 'route53/example.org.json', 'settings.json'].map((n) => join(r.dir, n)).sort());

    // One bad zone in the middle of the list, and a bad export: both found, whatever the chunk.
    r.write(names[3], zone('customer-number-3.example.com', DANGLING_MX));
    r.write('route53/example.org.json', route53(false));
    r.write('README.md', '# zones\n\nNothing to lint here.\n');
    r.git('add', '-A');
    const blocked = r.commit('break two');
    const output = blocked.stdout + blocked.stderr;
    expect(blocked.status).not.toBe(0);
    expect(output).toContain(names[3]);
    expect(output).not.toContain('README.md:'); // never linted
    expect(output).toContain('route53/example.org.json');
    expect(r.git('log', '--format=%s')).toBe('many zones\ninit\n');
    expect(calls(r).length).toBeGreaterThan(2);
  });
});

describe('a plain git hook (core.hooksPath)', { timeout: 120_000 }, () => {
  it('judges the index, whatever the work tree holds', () => {
    const r = new Repo(cli);
    r.write('example.com.zone', zone('example.com', GOOD_MX));
    r.git('add', '-A');
    r.git('commit', '-q', '-m', 'init');
    r.installPlainHook(`#!/bin/sh\nexec node "${cli}" --staged\n`);
    r.write('example.com.zone', zone('example.com', DANGLING_MX));
    r.git('add', 'example.com.zone');
    r.write('example.com.zone', zone('example.com', GOOD_MX.replace('192.0.2.25', '192.0.2.29')));
    expect(r.commit('bad staged').status).not.toBe(0);
    // `git commit -a` stages the work tree first: the fix goes in.
    expect(r.commit('all', '-a').status).toBe(0);
    expect(r.committed('example.com.zone')).toContain('192.0.2.29');
  });
});

const wrappers = new Map<Repo, string>();

/** The arguments of each CLI invocation so far (without --staged). */
function calls(r: Repo): string[] {
  const log = join(dirname(wrappers.get(r)!), 'calls.log');
  if (!existsSync(log)) return [];
  return readFileSync(log, 'utf8').trim().split('\n').map((line) => line.replace(/^--staged ?/, ''));
}

function route53(withMailHost: boolean): string {
  const sets = [
    { Name: 'example.org.', Type: 'SOA', TTL: 3600, ResourceRecords: [{ Value: 'ns1.example.org. hostmaster.example.org. 1 14400 3600 1209600 3600' }] },
    { Name: 'example.org.', Type: 'NS', TTL: 3600, ResourceRecords: [{ Value: 'ns1.example.org.' }, { Value: 'ns2.example.net.' }] },
    { Name: 'ns1.example.org.', Type: 'A', TTL: 3600, ResourceRecords: [{ Value: '192.0.2.53' }] },
    { Name: '_dmarc.example.org.', Type: 'TXT', TTL: 3600, ResourceRecords: [{ Value: '"v=DMARC1; p=reject; rua=mailto:dmarc@example.org"' }] },
    { Name: 'example.org.', Type: 'TXT', TTL: 3600, ResourceRecords: [{ Value: '"v=spf1 mx -all"' }] },
    { Name: 'example.org.', Type: 'MX', TTL: 3600, ResourceRecords: [{ Value: '10 mail.example.org.' }] },
  ];
  if (withMailHost) sets.push({ Name: 'mail.example.org.', Type: 'A', TTL: 3600, ResourceRecords: [{ Value: '192.0.2.25' }] });
  return JSON.stringify({ ResourceRecordSets: sets }, null, 2) + '\n';
}
