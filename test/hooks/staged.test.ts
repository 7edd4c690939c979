/**
 * `mxlint --staged` run directly in real git repositories: the index is judged, not the work
 * tree. The hook tests (husky.test.ts) run the same through real commits.
 */
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DANGLING_MX, GOOD_MX, Repo, buildCli, cleanUp, zone } from './helpers.ts';

let cli: string;
beforeAll(() => {
  cli = buildCli();
}, 120_000);
afterAll(cleanUp);

/** A repository whose first commit holds one clean zone. */
function repo(): Repo {
  const r = new Repo(cli);
  r.write('example.com.zone', zone('example.com', GOOD_MX));
  r.git('add', '-A');
  r.git('commit', '-q', '-m', 'init');
  return r;
}

describe('mxlint --staged', { timeout: 60_000 }, () => {
  it('judges a partially staged file by its staged content, both ways', () => {
    const r = repo();
    r.write('example.com.zone', zone('example.com', DANGLING_MX));
    r.git('add', 'example.com.zone');
    r.write('example.com.zone', zone('example.com', GOOD_MX)); // fixed in the work tree only
    const staged = r.mxlint(['--staged', '-f', 'json', 'example.com.zone']);
    expect(staged.status).toBe(1);
    expect(r.findings(staged.stdout)).toEqual(['example.com.zone: mx-dangling-target']);
    expect(r.mxlint(['example.com.zone']).status).toBe(0);

    // The reverse: the index holds the fix, the work tree is broken again.
    r.git('add', 'example.com.zone');
    r.write('example.com.zone', zone('example.com', DANGLING_MX));
    expect(r.mxlint(['--staged', 'example.com.zone'])).toMatchObject({ status: 0, stdout: '', stderr: '' });
    expect(r.mxlint(['example.com.zone']).status).toBe(1);
  });

  it('lints a signed zone from its source when both are staged, each finding once', () => {
    const r = repo();
    r.write('example.com.zone', zone('example.com', DANGLING_MX));
    r.write('example.com.zone.signed', zone('example.com', DANGLING_MX));
    r.git('add', '-A');
    const out = r.mxlint(['--staged', '-f', 'json']);
    expect(out.status).toBe(1);
    expect(r.findings(out.stdout)).toEqual(['example.com.zone: mx-dangling-target']);
  });

  it('with no paths, lints the added, copied, modified and renamed files of the index', () => {
    const r = repo();
    r.write('old-bad.zone', zone('old-bad.example', DANGLING_MX));
    r.git('add', '-A');
    r.git('commit', '-q', '--no-verify', '-m', 'a bad zone already committed');
    r.write('example.org.zone', zone('example.org', DANGLING_MX)); // staged, added
    r.write('example.net.zone', zone('example.net', DANGLING_MX)); // untracked
    r.git('add', 'example.org.zone');
    const out = r.mxlint(['--staged', '-f', 'json']);
    expect(out.status).toBe(1);
    expect(r.findings(out.stdout)).toEqual(['example.org.zone: mx-dangling-target']);

    // Nothing staged: nothing to say.
    r.git('reset', '-q');
    expect(r.mxlint(['--staged'])).toMatchObject({ status: 0, stdout: '', stderr: '' });
  });

  it('skips files that are not zones or exports silently, and says nothing for a list of only such files', () => {
    const r = repo();
    r.write('README.md', '# zones\n');
    r.write('package.json', '{ "name": "zones", "private": true }\n');
    r.write('tsconfig.json', '{ "compilerOptions": {} }\n');
    r.write('docs/notes.txt', 'SOA is a record type\n');
    r.write('example.com.zone', zone('example.com', DANGLING_MX));
    r.git('add', '-A');
    const only = ['README.md', 'package.json', 'tsconfig.json', join(r.dir, 'docs/notes.txt')];
    expect(r.mxlint(['--staged', ...only])).toEqual({ status: 0, stdout: '', stderr: '' });
    const mixed = r.mxlint(['--staged', '-f', 'json', ...only, 'example.com.zone']);
    expect(mixed.status).toBe(1);
    expect(r.findings(mixed.stdout)).toEqual(['example.com.zone: mx-dangling-target']);
  });

  it('reads provider exports from the index', () => {
    const r = repo();
    const records = (mail: boolean) =>
      JSON.stringify({
        ResourceRecordSets: [
          { Name: 'example.org.', Type: 'SOA', TTL: 3600, ResourceRecords: [{ Value: 'ns1.example.org. hostmaster.example.org. 1 14400 3600 1209600 3600' }] },
          { Name: 'example.org.', Type: 'NS', TTL: 3600, ResourceRecords: [{ Value: 'ns1.example.org.' }] },
          { Name: 'ns1.example.org.', Type: 'A', TTL: 3600, ResourceRecords: [{ Value: '192.0.2.53' }] },
          { Name: 'example.org.', Type: 'MX', TTL: 3600, ResourceRecords: [{ Value: '10 mail.example.org.' }] },
          ...(mail ? [{ Name: 'mail.example.org.', Type: 'A', TTL: 3600, ResourceRecords: [{ Value: '192.0.2.25' }] }] : []),
        ],
      });
    r.write('route53/example.org.json', records(false));
    r.write('package.json', '{ "name": "zones", "private": true }\n');
    r.git('add', '-A');
    r.write('route53/example.org.json', records(true));
    const out = r.mxlint(['--staged', '-f', 'json', 'route53/example.org.json', 'package.json']);
    expect(r.findings(out.stdout)).toContain('route53/example.org.json: mx-dangling-target');
    expect(out.status).toBe(1);
    expect(r.findings(r.mxlint(['-f', 'json', 'route53/example.org.json']).stdout)).not.toContain('route53/example.org.json: mx-dangling-target');
  });

  it('takes absolute and relative paths in any order, from a subdirectory, each invocation on its own', () => {
    const r = repo();
    r.write('zones/a/example.org.zone', zone('example.org', DANGLING_MX));
    r.write('zones/b/example.net.zone', zone('example.net', GOOD_MX));
    r.git('add', '-A');
    const abs = (p: string) => join(r.dir, p);
    const all = r.mxlint(['--staged', '-f', 'json', abs('zones/b/example.net.zone'), '../example.com.zone', 'a/example.org.zone', 'a/example.org.zone'], 'zones');
    expect(all.status).toBe(1);
    expect(Repo.files(all.stdout).map((f) => f.slice(r.dir.length + 1)).sort()).toEqual(['example.com.zone', 'zones/a/example.org.zone', 'zones/b/example.net.zone']);
    expect(r.mxlint(['--staged', abs('zones/b/example.net.zone')], 'zones').status).toBe(0);
    expect(r.mxlint(['--staged', 'a/example.org.zone'], 'zones').status).toBe(1);
    // A directory: the staged files below it.
    const dir = r.mxlint(['--staged', '-f', 'json', 'zones'], '.');
    expect(r.findings(dir.stdout)).toEqual(['zones/a/example.org.zone: mx-dangling-target']);
  });

  it('resolves cross-zone lookups against the staged versions of the other zones', () => {
    const r = repo();
    r.write('example.com.zone', zone('example.com', '@ IN MX 10 mx.example.net.'));
    r.write('example.net.zone', zone('example.net', 'mx IN A 192.0.2.26'));
    r.git('add', '-A');
    r.git('commit', '-q', '--no-verify', '-m', 'two zones');
    // The staged sibling loses the exchanger; the work tree still has it.
    r.write('example.net.zone', zone('example.net', ''));
    r.git('add', 'example.net.zone');
    r.write('example.net.zone', zone('example.net', 'mx IN A 192.0.2.26'));
    r.write('example.com.zone', zone('example.com', '@ IN MX 20 mx.example.net.'));
    r.git('add', 'example.com.zone');
    const out = r.mxlint(['--staged', '-f', 'json', 'example.com.zone']);
    expect(r.findings(out.stdout)).toEqual(['example.com.zone: mx-dangling-target']);
    // Findings are reported for the files named only, not for the sibling read for lookups.
    expect(Repo.files(out.stdout)).toEqual([join(r.dir, 'example.com.zone')]);
    expect(r.mxlint(['example.com.zone', 'example.net.zone']).status).toBe(0);
  });

  it('sees a zone deleted in the index as absent, and skips it when named', () => {
    const r = repo();
    r.write('example.com.zone', zone('example.com', '@ IN MX 10 mx.example.net.'));
    r.write('example.net.zone', zone('example.net', 'mx IN A 192.0.2.26'));
    r.git('add', '-A');
    r.git('commit', '-q', '--no-verify', '-m', 'two zones');
    // example.net.zone leaves the repository (the work-tree copy stays, untracked and broken).
    r.git('rm', '-q', '--cached', 'example.net.zone');
    r.write('example.net.zone', zone('example.net', ''));
    r.write('example.com.zone', zone('example.com', '@ IN MX 20 mx.example.net.'));
    r.git('add', 'example.com.zone');
    expect(r.mxlint(['example.com.zone', 'example.net.zone']).status).toBe(1); // the work tree disagrees
    expect(r.mxlint(['--staged', 'example.com.zone', 'example.net.zone'])).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(r.mxlint(['--staged'])).toEqual({ status: 0, stdout: '', stderr: '' });
    // Deleted from the work tree too: still no staged content, still not an error.
    rmSync(join(r.dir, 'example.net.zone'));
    expect(r.mxlint(['--staged', 'example.net.zone'])).toEqual({ status: 0, stdout: '', stderr: '' });
    // A path that exists nowhere is a usage error, as without --staged.
    expect(r.mxlint(['--staged', 'nowhere.zone'])).toMatchObject({ status: 2, stderr: 'mxlint: no such file or directory: nowhere.zone\n' });
  });

  it('lints a renamed zone under its new name', () => {
    const r = repo();
    r.git('mv', 'example.com.zone', 'example.org.zone');
    // Without $ORIGIN, the origin comes from the file name: the new one.
    r.write('example.org.zone', zone('example.org', GOOD_MX).replace(/^\$ORIGIN .*\n/, ''));
    r.git('add', 'example.org.zone');
    const out = r.mxlint(['--staged', '-f', 'json']);
    expect(out.status).toBe(0);
    expect(Repo.files(out.stdout)).toEqual([join(r.dir, 'example.org.zone')]);
  });

  it('reads $INCLUDEd files from the index, and lints the zones that include a staged file', () => {
    const r = repo();
    r.write('example.org.zone', zone('example.org', '$INCLUDE mail.inc\n@ IN MX 10 mail'));
    r.write('mail.inc', 'mail IN A 192.0.2.25\n');
    r.git('add', '-A');
    r.git('commit', '-q', '--no-verify', '-m', 'include');
    r.write('mail.inc', '; mail moved away\n');
    r.git('add', 'mail.inc');
    r.write('mail.inc', 'mail IN A 192.0.2.25\n');
    expect(r.mxlint(['example.org.zone']).status).toBe(0);
    const named = r.mxlint(['--staged', '-f', 'json', 'example.org.zone']);
    expect(r.findings(named.stdout)).toEqual(['example.org.zone: mx-dangling-target']);
    // Only mail.inc is staged: the zone that includes it is judged.
    const implied = r.mxlint(['--staged', '-f', 'json']);
    expect(implied.status).toBe(1);
    expect(r.findings(implied.stdout)).toEqual(['example.org.zone: mx-dangling-target']);
  });

  it('lints the zone whose $INCLUDEd file the index deletes or renames away', () => {
    const r = repo();
    r.write('zones/example.org.zone', zone('example.org', '$INCLUDE common/mail.inc'));
    r.write('zones/common/mail.inc', '@ IN MX 10 mail\nmail IN A 192.0.2.25\n');
    r.git('add', '-A');
    r.git('commit', '-q', '--no-verify', '-m', 'include');
    for (const change of [['rm', '-q', 'zones/common/mail.inc'], ['mv', 'zones/common/mail.inc', 'zones/common/mx.inc']]) {
      r.git(...change);
      const run = r.mxlint(['--staged', '-f', 'json']);
      expect(run.status).toBe(1);
      expect(r.findings(run.stdout)).toContain('zones/example.org.zone: syntax/include-not-found');
      r.git('reset', '-q', '--hard');
    }
  });

  it('lints every zone when named.conf, or a file it includes, is staged: it says which zone each file is', () => {
    const statement = (zone: string) => `zone "${zone}" { type primary; file "zones/db.example.net"; };\n`;
    // The zone statement in named.conf itself, then in a file named.conf includes.
    for (const [conf, files] of [['named.conf', {}], ['zones.conf', { 'named.conf': 'include "zones.conf";\n' }]] as const) {
      const r = repo();
      for (const [path, text] of Object.entries(files)) r.write(path, text);
      r.write(conf, statement('example.net'));
      r.write('zones/db.example.net', '$TTL 3600\n@ IN SOA ns1.example.com. hostmaster.example.com. 1 7200 3600 1209600 3600\n@ IN NS ns1.example.com.\nwww.example.net. IN A 192.0.2.80\n');
      r.git('add', '-A');
      r.git('commit', '-q', '--no-verify', '-m', conf);
      r.write(conf, statement('example.org'));
      r.git('add', conf);
      const run = r.mxlint(['--staged', '-f', 'json']);
      expect(run.status).toBe(1);
      expect(r.findings(run.stdout)).toEqual(['zones/db.example.net: zone-out-of-zone']);
    }
  });

  it('reads a symbolic link to a zone of the index as that zone, under its own name', () => {
    const r = repo();
    const parked = (all: string) => `$TTL 3600\n@ IN SOA ns1.example.net. hostmaster.example.net. 1 7200 3600 1209600 3600\n@ IN NS ns1.example.net.\n@ IN MX 0 .\n@ IN TXT "v=spf1 ${all}"\n`;
    r.write('templates/parked.tmpl', parked('-all'));
    r.git('add', '-A');
    r.git('commit', '-q', '--no-verify', '-m', 'template');
    mkdirSync(join(r.dir, 'parked'));
    symlinkSync('../templates/parked.tmpl', join(r.dir, 'parked', 'parked-one.test.zone'));
    r.git('add', '-A');
    // The link is staged: its zone is the template's content, under the link's name (clean).
    expect(r.mxlint(['--staged', '-f', 'json']).status).toBe(0);
    r.git('commit', '-q', '--no-verify', '-m', 'link');
    // The template is staged: the zone of the link that leads to it changes too.
    r.write('templates/parked.tmpl', parked('+all'));
    r.git('add', '-A');
    const run = r.mxlint(['--staged', '-f', 'json']);
    expect(run.status).toBe(1);
    expect(r.findings(run.stdout)).toEqual(['parked/parked-one.test.zone: dmarc-missing', 'parked/parked-one.test.zone: spf-parked-domain', 'parked/parked-one.test.zone: spf-permissive-all']);
  });

  it("lints the octoDNS zone that `!include`s a staged file, named or not", () => {
    const r = repo();
    const spf = (all: string) => `type: TXT\nvalues:\n  - v=spf1 include:_spf.example.net ${all}\n`;
    r.write('config/example.org.yaml', "'':\n  - type: MX\n    value:\n      exchange: mx.example.net.\n      preference: 10\n  - !include common/spf.yaml\n_dmarc:\n  type: TXT\n  value: v=DMARC1\\; p=reject\n");
    r.write('config/common/spf.yaml', spf('-all'));
    r.git('add', '-A');
    r.git('commit', '-q', '--no-verify', '-m', 'octodns');
    r.write('config/common/spf.yaml', spf('+all'));
    r.git('add', '-A');
    for (const args of [['--staged', '-f', 'json'], ['--staged', '-f', 'json', 'config/common/spf.yaml']]) {
      const run = r.mxlint(args);
      expect(run.status).toBe(1);
      expect(r.findings(run.stdout)).toEqual(['config/example.org.yaml: spf-permissive-all']);
    }
  });

  it('uses the temporary index of `git commit <paths>` (GIT_INDEX_FILE)', () => {
    const r = repo();
    r.write('example.com.zone', zone('example.com', DANGLING_MX));
    r.installPlainHook(`#!/bin/sh\nexec "${process.execPath}" "${cli}" --staged\n`);
    // Not staged: `git commit <path>` builds a temporary index from the work tree for the hooks.
    const blocked = r.commit('only this file', 'example.com.zone');
    expect(blocked.status).not.toBe(0);
    expect(blocked.stdout + blocked.stderr).toContain('mx-dangling-target');
    expect(r.git('diff', '--cached', '--name-only')).toBe('');
  });

  it('keeps to the configured findings per file, as a run over the work tree does', () => {
    const r = repo();
    r.write('mxlint.config.json', '{ "limits": { "findingsPerFile": 2 } }');
    const dangling = Array.from({ length: 5 }, (_, i) => `d${i}      IN MX  10 gone${i}`).join('\n');
    r.write('example.com.zone', zone('example.com', `${GOOD_MX}\n${dangling}`));
    r.git('add', '-A');
    const staged = r.mxlint(['--staged', '-f', 'json', 'example.com.zone']);
    expect(staged.status).toBe(1);
    expect(r.findings(staged.stdout)).toEqual(r.findings(r.mxlint(['-f', 'json', 'example.com.zone']).stdout));
    expect(r.findings(staged.stdout)).toEqual(['example.com.zone: mx-dangling-target', 'example.com.zone: mx-dangling-target', 'example.com.zone: mxlint/limit-findings']);
  });

  it('exits 2 outside a git work tree', () => {
    const plain = new Repo(cli);
    rmSync(join(plain.dir, '.git'), { recursive: true, force: true });
    expect(existsSync(join(plain.dir, '.git'))).toBe(false);
    const r = plain.mxlint(['--staged', 'x.zone']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--staged needs a git work tree/);
  });
});
