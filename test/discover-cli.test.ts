/**
 * Which files a folder named on the command line yields, judged by the bundled CLI in a real git
 * repository: a named folder is walked even when `.gitignore` ignores it (ripgrep's rule), and a
 * named folder without any zone is said so on standard error with exit 2, never a silent clean.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const repo = mkdtempSync(join(tmpdir(), 'mxlint-discover-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));

const ZONE = '$ORIGIN example.test.\n$TTL 3600\n@ IN SOA ns1 hostmaster 1 7200 3600 1209600 3600\n@ IN NS ns1\nns1 IN A 192.0.2.1\n@ IN MX 10 mail.example.net.\n';

function put(path: string, text: string) {
  mkdirSync(join(repo, path, '..'), { recursive: true });
  writeFileSync(join(repo, path), text);
}

function mxlint(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: repo, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  execFileSync('git', ['init', '-q', repo]);
  put('.gitignore', '/generated/\n*.bak\n');
  put('generated/zones/example.test.zone', ZONE);
  put('generated/zones/old.zone.bak', ZONE);
  // Inside the ignored folder, its own ignore file still applies.
  put('generated/zones/.gitignore', 'draft/\n');
  put('generated/zones/draft/example.test.zone', ZONE);
  put('zones/example.test.zone', ZONE);
  put('zones/example.test.zone.bak', ZONE);
  put('docs/README.md', '# Zones\n');
  put('docs/notes.json', '{"owner": "dns team"}\n');
  put('docs/node_modules/x/example.test.zone', ZONE);
  put('docs/old.zone.bak', ZONE);
  symlinkSync('../zones', join(repo, 'docs', 'zones'));
});

describe('files a walk passes over', () => {
  it("honours git's other ignore files and passes over the copies tools leave beside a zone", () => {
    const top = mkdtempSync(join(tmpdir(), 'mxlint-excludes-'));
    const home = join(top, 'home');
    const work = join(top, 'work');
    try {
      mkdirSync(join(home, '.config', 'git'), { recursive: true });
      mkdirSync(join(work, 'zones'), { recursive: true });
      execFileSync('git', ['init', '-q', work]);
      writeFileSync(join(work, '.git', 'info', 'exclude'), '*.bak\n');
      for (const name of ['example.test.zone', 'example.test.zone.bak', 'example.test.zone.old', 'example.test.zone.prev', 'example.test.zone~', '#example.test.zone#', 'example.test.zone.orig', 'example.test.zone.rej', 'example.test.zone.dpkg-old', 'example.test.zone.rpmsave', 'example.test_BACKUP_1234.zone']) {
        writeFileSync(join(work, 'zones', name), ZONE);
      }
      const run = (env: Record<string, string>) => {
        const r = spawnSync(process.execPath, [cli, '--list-files', '.'], { cwd: work, encoding: 'utf8', env: { ...process.env, XDG_CONFIG_HOME: '', ...env } });
        return r.stdout.split('\n').filter((line) => line.includes(': bind'));
      };
      // git's default excludes file, ~/.config/git/ignore; then core.excludesFile of ~/.gitconfig instead.
      writeFileSync(join(home, '.config', 'git', 'ignore'), '*.old\n');
      expect(run({ HOME: home })).toEqual(['zones/example.test.zone: bind, zone example.test. (from its content): zone file: starts with `$ORIGIN example.test.`', 'zones/example.test.zone.prev: bind, zone example.test. (from its content): zone file: starts with `$ORIGIN example.test.`']);
      writeFileSync(join(home, '.gitconfig'), '[user]\n\tname = someone\n[core]\n\texcludesFile = "~/ignore-these"\n');
      writeFileSync(join(home, 'ignore-these'), '*.prev\n');
      expect(run({ HOME: home }).map((line) => line.split(':')[0])).toEqual(['zones/example.test.zone', 'zones/example.test.zone.old']);
      const listed = spawnSync(process.execPath, [cli, '--list-files', '.'], { cwd: work, encoding: 'utf8', env: { ...process.env, HOME: home } }).stdout;
      expect(listed).toMatch(/^zones\/example\.test\.zone~: skipped: an editor's backup copy, not a zone a name server loads/m);
      expect(listed).toMatch(/^zones\/#example\.test\.zone#: skipped: an editor's backup copy/m);
      expect(listed).toMatch(/^zones\/example\.test\.zone\.rej: skipped: a copy a patch or merge tool left/m);
      expect(listed).toMatch(/^zones\/example\.test\.zone\.rpmsave: skipped: a copy a package manager left/m);
      // Named on the command line, a leftover is linted.
      const named = spawnSync(process.execPath, [cli, '--list-files', 'zones/example.test.zone~'], { cwd: work, encoding: 'utf8' }).stdout;
      expect(named).toMatch(/^zones\/example\.test\.zone~: bind, zone example\.test\./m);
    } finally {
      rmSync(top, { recursive: true, force: true });
    }
  });
});

describe('submodules', () => {
  it('lists a submodule that is not checked out, without a finding (it may hold anything)', () => {
    const top = mkdtempSync(join(tmpdir(), 'mxlint-submodules-'));
    try {
      execFileSync('git', ['init', '-q', top]);
      mkdirSync(join(top, 'zones', 'shared'), { recursive: true });
      writeFileSync(join(top, '.gitmodules'), '[submodule "zones/shared"]\n\tpath = zones/shared\n\turl = https://example.com/shared-zones.git\n');
      writeFileSync(join(top, 'zones', 'example.test.zone'), ZONE.replace('@ IN MX 10 mail.example.net.', '@ IN MX 0 .\n@ IN TXT "v=spf1 -all"'));
      const listed = spawnSync(process.execPath, [cli, '--list-files', '.'], { cwd: top, encoding: 'utf8' }).stdout;
      expect(listed).toMatch(/^zones\/shared: skipped: a git submodule that is not checked out: nothing of it is here to lint/m);
      const r = spawnSync(process.execPath, [cli, '-f', 'json', '.'], { cwd: top, encoding: 'utf8' });
      expect(r.status).toBe(0);
      expect((JSON.parse(r.stdout) as { messages: unknown[] }[]).flatMap((f) => f.messages)).toEqual([]);
    } finally {
      rmSync(top, { recursive: true, force: true });
    }
  });
});

describe('a folder named on the command line', () => {
  it('is walked even when .gitignore ignores it; only the ignore files inside it apply there', () => {
    const listed = mxlint('--list-files', 'generated/zones');
    expect(listed.code).toBe(0);
    // *.bak of the repository's .gitignore does not reach into the ignored folder; its own draft/ rule does.
    expect(listed.stdout).toBe(
      ['generated/zones/.gitignore: skipped: its first lines are not records or directives of a zone file', 'generated/zones/example.test.zone: bind, zone example.test. (from its content): zone file: starts with `$ORIGIN example.test.`', 'generated/zones/old.zone.bak: bind, zone example.test. (from its content): zone file: starts with `$ORIGIN example.test.`', ''].join('\n'),
    );
    const r = mxlint('-f', 'compact', 'generated/zones');
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^.*generated\/zones\/example\.test\.zone: line \d+, col \d+, /m);
  });

  it('that is not ignored keeps the ignore rules above it', () => {
    const listed = mxlint('--list-files', 'zones');
    expect(listed.stdout).toMatch(/^zones\/example\.test\.zone: bind/m);
    expect(listed.stdout).not.toContain('.bak');
  });

  it('a walk from the top still leaves ignored folders out', () => {
    expect(mxlint('--list-files', '.').stdout).not.toContain('generated/');
  });

  it('without any zone is no clean result: stderr says what was looked at, exit 2', () => {
    const r = mxlint('-f', 'json', 'docs');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'mxlint: no zone file found in docs: 3 files looked at, none a zone (1: a symbolic link to a folder or a special file: a folder walk follows a symbolic link only to a regular file of the repository (name the file on the command line to lint it); 1: its first lines are not records or directives of a zone file; 1: no key of a DNS export format in its first 16 KiB); 1 ignored by git\'s ignore files; 1 folder passed over (version control, dependencies, build output, hidden). `mxlint --list-files docs` lists each file looked at and why it was skipped\n',
    );
    // With other paths that do hold zones, the empty folder is still a usage error.
    expect(mxlint('zones', 'docs').code).toBe(2);
    // --list-files lists and succeeds.
    const listed = mxlint('--list-files', 'docs');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toBe(
      'docs/README.md: skipped: its first lines are not records or directives of a zone file\ndocs/notes.json: skipped: no key of a DNS export format in its first 16 KiB\ndocs/zones: skipped: a symbolic link to a folder or a special file: a folder walk follows a symbolic link only to a regular file of the repository (name the file on the command line to lint it)\n',
    );
  });

  it('follows a symbolic link to a regular file of the repository, under the link\'s name, and no other', () => {
    mkdirSync(join(repo, 'parked'));
    put('templates/parked.zone', '$TTL 3600\n@ IN SOA ns1.example.net. hostmaster.example.net. 1 7200 3600 1209600 3600\n@ IN NS ns1.example.net.\n@ IN MX 0 .\n@ IN TXT "v=spf1 +all"\n');
    symlinkSync('../templates/parked.zone', join(repo, 'parked', 'parked-one.test.zone'));
    symlinkSync('../templates', join(repo, 'parked', 'templates.zone'));
    symlinkSync('/etc/hostname', join(repo, 'parked', 'outside.zone'));
    symlinkSync('missing.zone', join(repo, 'parked', 'dangling.zone'));
    const listed = mxlint('--list-files', 'parked').stdout.split('\n');
    expect(listed).toEqual([
      'parked/dangling.zone: skipped: a symbolic link that leads nowhere: a folder walk follows a symbolic link only to a regular file of the repository (name the file on the command line to lint it)',
      'parked/outside.zone: skipped: a symbolic link out of the repository: a folder walk follows a symbolic link only to a regular file of the repository (name the file on the command line to lint it)',
      'parked/parked-one.test.zone: bind, zone parked-one.test. (from the file name): zone file: starts with `$TTL 3600`',
      'parked/templates.zone: skipped: a symbolic link to a folder or a special file: a folder walk follows a symbolic link only to a regular file of the repository (name the file on the command line to lint it)',
      '',
    ]);
    const r = mxlint('-f', 'json', 'parked');
    const files = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    expect(files.flatMap((f) => f.messages.map((m) => `${f.filePath.slice(repo.length + 1)} ${m.ruleId}`))).toEqual(['parked/parked-one.test.zone dmarc-missing', 'parked/parked-one.test.zone spf-parked-domain', 'parked/parked-one.test.zone spf-permissive-all']);
  });

  it('that is empty says so too', () => {
    mkdirSync(join(repo, 'empty'));
    const r = mxlint('empty');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^mxlint: no zone file found in empty: 0 files looked at\. /);
  });
});

describe('zone templates of configuration management', () => {
  it('are no zones: by extension (Ansible, Chef) or by template tags in their records (Salt), while the zone beside them is read', () => {
    const jinja = '; {{ ansible_managed }}\n$TTL {{ bind_zone_ttl }}\n$ORIGIN example.test.\n@ IN SOA ns1 hostmaster ( {{ serial }} 1D 1H 1W 3H )\n{% for ns in name_servers %}\n@ IN NS {{ ns }}.\n{% endfor %}\n';
    put('roles/bind/templates/db.example.test.j2', jinja);
    put('cookbooks/dns/templates/zone.erb', '$TTL <%= @ttl %>\n@ IN SOA ns1 hostmaster <%= @serial %> 7200 3600 1209600 3600\n');
    put('salt/bind/files/db.example.test', jinja);
    // A template tag inside quotes or a comment is text of a zone like any other.
    put('salt/bind/files/db.quoted.test', `${ZONE}@ IN TXT "{{ not a tag }}" ; {% nor this %}\n`);
    const listed = mxlint('--list-files', 'roles', 'cookbooks', 'salt');
    expect(listed.stdout).toBe(
      [
        'cookbooks/dns/templates/zone.erb: skipped: a template (ERB): BIND loads the zone rendered from it, which is what mxlint reads',
        'roles/bind/templates/db.example.test.j2: skipped: a template (Jinja): BIND loads the zone rendered from it, which is what mxlint reads',
        'salt/bind/files/db.example.test: skipped: a template (tags such as {{ }} in its records): BIND loads the zone rendered from it, which is what mxlint reads',
        'salt/bind/files/db.quoted.test: bind, zone example.test. (from its content): zone file: starts with `$ORIGIN example.test.`',
        '',
      ].join('\n'),
    );
    // Named on the command line, a template gets a warning that says what it is.
    const named = mxlint('-f', 'compact', 'roles/bind/templates/db.example.test.j2');
    expect(named.stdout).toMatch(/Warning - not read as a zone: a template \(Jinja\)/);
  });
});
