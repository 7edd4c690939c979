/**
 * Which zone each file is, as named.conf declares it: the grammar's corners, then BIND
 * repositories run through the bundled CLI in a real git repository — Debian's stock /etc/bind
 * (absolute paths, includes, files no name or content identifies), a repository whose zones lie
 * in another folder than named.conf with a `directory` option, views, a file no zone statement
 * loads — with `named-checkconf -z` as the oracle of which zone (and view) BIND loads from each file.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { confEvents, parseConf } from '../../src/engine/named-conf.ts';

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const base = mkdtempSync(join(tmpdir(), 'mxlint-named-conf-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

function repository(name: string, files: Record<string, string>): string {
  const repo = join(base, name);
  mkdirSync(repo);
  execFileSync('git', ['init', '-q', repo]);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(repo, path, '..'), { recursive: true });
    writeFileSync(join(repo, path), text);
  }
  return repo;
}

function mxlint(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `file: zone (view)` for each zone file mxlint read, from --list-files. */
function zonesListed(cwd: string, path = '.'): string[] {
  return mxlint(cwd, '--list-files', path)
    .stdout.split('\n')
    .filter((line) => / bind, /.test(line))
    .map((line) => /^(\S+): bind, (zone unknown|zone \S+)[^,:]*(?:, view ([^:]+))?/.exec(line))
    .map((m) => `${m?.[1]}: ${m?.[2]}${m?.[3] ? ` (${m[3]})` : ''}`);
}

/**
 * `file: zone` for each primary zone BIND loads with this configuration (`named-checkconf -z`, run
 * from `cwd`; it names no view): each file has a serial of its own, which tells which file it loaded.
 */
function zonesLoadedByBind(cwd: string, conf: string, fileOfSerial: Record<string, string>): string[] {
  const out = execFileSync('named-checkconf', ['-z', conf], { cwd, encoding: 'utf8' });
  return out
    .split('\n')
    .map((line) => /^zone (\S+?)\/IN: loaded serial (\d+)/.exec(line))
    .filter((m) => m !== null)
    .map((m) => `${fileOfSerial[m[2]]}: zone ${m[1]}.`)
    .sort();
}

const SOA_LOCAL = '$TTL 604800\n@ IN SOA localhost. root.localhost. ( 2 604800 86400 2419200 604800 )\n@ IN NS localhost.\n';

describe('the grammar', () => {
  it('reads statements, blocks and strings past the three kinds of comment', () => {
    const text = '// a\n# b\n/* c ; { */ zone "ex\\"ample" IN { type master; file "/a/b"; }; options { directory "x"; };';
    expect(parseConf(text)).toEqual([
      ['zone', 'ex"ample', 'IN', [['type', 'master'], ['file', '/a/b']]],
      ['options', [['directory', 'x']]],
    ]);
  });

  it('ends at an unterminated string or block without losing what came before', () => {
    expect(parseConf('zone "a" { file "a"; }; zone "b" { file "b')).toEqual([['zone', 'a', [['file', 'a']]]]);
    expect(parseConf('zone "a" { file "a"; }; zone "b" { file "b";')).toEqual([['zone', 'a', [['file', 'a']]]]);
    expect(parseConf('}}; zone "a" { file "a"; };')).toEqual([['zone', 'a', [['file', 'a']]]]);
  });
});

describe('the grammar, property-tested', () => {
  it('never throws on text made of its own characters', () => {
    const text = fc.string({ unit: fc.constantFrom('{', '}', ';', '"', '/', '*', '#', '\\', '\n', ' ', 'zone', 'view', 'file', 'include', 'a', '.') });
    fc.assert(fc.property(text, (t) => Array.isArray(confEvents(t))), { numRuns: 2000 });
  });

  it('finds every zone and its file, in order and view, whatever the comments, spacing and other statements around them', () => {
    const label = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,8}$/);
    const zone = fc.record({ name: fc.array(label, { minLength: 1, maxLength: 3 }).map((l) => l.join('.')), file: fc.stringMatching(/^[a-z0-9_./-]{1,20}$/), inClass: fc.boolean() });
    const gap = fc.constantFrom(' ', '\n', '\t', ' /* c; { */ ', ' // c; {\n', ' # c }\n', '\n\n');
    const noise = fc.constantFrom('options { directory "/var/named"; listen-on { any; }; };', 'acl "x" { 10.0.0.0/8; };', 'key "k" { algorithm hmac-sha256; secret "a;b{}"; };', 'logging { channel c { file "zone.log"; }; };', '');
    const config = fc.array(fc.record({ zones: fc.array(zone, { maxLength: 4 }), view: fc.option(label, { nil: undefined }), noise, gap }), { maxLength: 4 });
    fc.assert(
      fc.property(config, (parts) => {
        const text = parts
          .map(({ zones, view, noise, gap }) => {
            const statements = zones.map((z) => `zone${gap}"${z.name}"${z.inClass ? ' IN' : ''}${gap}{${gap}type master;${gap}file "${z.file}";${gap}};`).join(gap);
            return `${noise}${gap}${view === undefined ? statements : `view "${view}" {${gap}${statements}${gap}};`}`;
          })
          .join('\n');
        const expected = parts.flatMap(({ zones, view }) => zones.map((z) => ({ kind: 'zone', origin: `${z.name}.`, file: z.file, view, hint: false })));
        expect(confEvents(text).filter((e) => e.kind === 'zone')).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe("Debian's stock /etc/bind, kept in a repository", () => {
  const repo = repository('etc-bind', {
    'named.conf': 'include "/etc/bind/named.conf.options";\ninclude "/etc/bind/named.conf.local";\ninclude "/etc/bind/named.conf.default-zones";\n',
    'named.conf.options': 'options {\n\tdirectory "/var/cache/bind";\n\tlisten-on-v6 { any; };\n};\n',
    'named.conf.local': '//\n// Do any local configuration here\n//\n\n// Consider adding the 1918 zones here, if they are not used in your\n// organization\n//include "/etc/bind/zones.rfc1918";\n',
    'named.conf.default-zones':
      '// prime the server with knowledge of the root servers\nzone "." {\n\ttype hint;\n\tfile "/usr/share/dns/root.hints";\n};\n\n' +
      'zone "localhost" {\n\ttype master;\n\tfile "/etc/bind/db.local";\n};\n\nzone "127.in-addr.arpa" {\n\ttype master;\n\tfile "/etc/bind/db.127";\n};\n',
    'zones.rfc1918': 'zone "10.in-addr.arpa"      { type master; file "/etc/bind/db.empty"; };\n',
    'db.local': `;\n; BIND data file for local loopback interface\n;\n${SOA_LOCAL}@ IN A 127.0.0.1\n@ IN AAAA ::1\n`,
    'db.127': `${SOA_LOCAL}1.0.0 IN PTR localhost.\n`,
    'db.empty': `; BIND reverse data file for empty rfc1918 zone\n${SOA_LOCAL}`,
  });

  it('reads each file as the zone named.conf loads it from, through its includes and absolute paths', () => {
    expect(zonesListed(repo)).toEqual(['db.127: zone 127.in-addr.arpa.', 'db.empty: zone unknown', 'db.local: zone localhost.']);
    expect(mxlint(repo, '--list-files', '.').stdout).toMatch(/^db\.local: bind, zone localhost\. \(from named\.conf\.default-zones\)/m);
  });

  it('reports nothing on the files BIND loads, and says why the template is not a zone', () => {
    const r = mxlint(repo, '-f', 'compact', '.');
    expect(r.stdout).toMatch(/^.*db\.empty: line 3, col 1, Warning - relative name but no origin is known: .*named\.conf declares no zone in this file, so BIND does not load it/m);
    expect(r.stdout.split('\n').filter((l) => /: line \d+/.test(l))).toHaveLength(1);
    expect(r.code).toBe(0);
  });

  it('named on the command line, a configuration that loads no zone says so', () => {
    const r = mxlint(repo, '-f', 'compact', 'named.conf.options');
    expect(r.stdout).toMatch(/^named\.conf\.options: line 1, col 1, Warning - not read as a zone: a BIND configuration file that loads no zone file found in this repository/m);
  });

  it('lints one file of the tree as the folder run does (a pre-commit run names the file)', () => {
    expect(zonesListed(repo, 'db.127')).toEqual(['db.127: zone 127.in-addr.arpa.']);
  });
});

describe('a repository with named.conf beside its zones, BIND as the oracle', () => {
  const zone = (serial: number, mx: string) => `$TTL 3600\n@ IN SOA ns1 hostmaster ${serial} 7200 3600 1209600 3600\n@ IN NS ns1\nns1 IN A 192.0.2.1\n@ IN MX 10 ${mx}\n${mx.replace(/\.$/, '') === mx ? `${mx} IN A 192.0.2.25\n` : ''}`;
  const repo = repository('views', {
    // Relative paths from `directory`, as a server whose working directory is the repository's checkout.
    'named.conf': `options { directory "${join(base, 'views')}"; };\n` +
      'view "internal" {\n\tmatch-clients { 10.0.0.0/8; };\n\tzone "example.com" { type primary; file "internal/example-com.zone"; };\n\tzone "corp" { type primary; file "internal/corp.db"; };\n};\n' +
      'view "external" {\n\tmatch-clients { any; };\n\tzone "example.com" IN { type primary; file "external/example-com.zone"; };\n\tzone "example.net" { type secondary; primaries { 192.0.2.9; }; file "secondary/example.net"; };\n};\n',
    'internal/example-com.zone': zone(1, 'mail'),
    'internal/corp.db': zone(2, 'mx'),
    'external/example-com.zone': zone(3, 'mx1'),
    'secondary/example.net': zone(4, 'mx'),
  });
  const fileOfSerial = { 1: 'internal/example-com.zone', 2: 'internal/corp.db', 3: 'external/example-com.zone' };

  it('reads every file as the zone BIND loads it as, in the view named.conf puts it', () => {
    const bind = zonesLoadedByBind(repo, 'named.conf', fileOfSerial);
    expect(bind).toEqual(['external/example-com.zone: zone example.com.', 'internal/corp.db: zone corp.', 'internal/example-com.zone: zone example.com.']);
    const listed = zonesListed(repo);
    expect(listed.map((line) => line.replace(/ \(\w+( \(private clients only\))?\)$/, '')).filter((line) => !line.startsWith('secondary/'))).toEqual(bind);
    // named-checkconf loads no secondary zone; named loads its file at start, as zone example.net.
    expect(listed).toEqual([
      'external/example-com.zone: zone example.com. (external)',
      'internal/corp.db: zone corp. (internal (private clients only))',
      'internal/example-com.zone: zone example.com. (internal (private clients only))',
      'secondary/example.net: zone example.net. (external)',
    ]);
  });

  it('named on the command line, lints the zone files it loads, as named-checkconf -z loads them', () => {
    const listed = zonesListed(repo, 'named.conf');
    expect(listed.map((line) => line.replace(/ \(\w+( \(private clients only\))?\)$/, '')).filter((line) => !line.startsWith('secondary/'))).toEqual(zonesLoadedByBind(repo, 'named.conf', fileOfSerial));
    expect(mxlint(repo, '--list-files', 'named.conf').stdout).toMatch(/^named\.conf: skipped: a BIND configuration file: the 4 zone files it loads are linted$/m);
  });

  it('keeps the views apart: one zone in two views is no duplicate', () => {
    const r = mxlint(repo, '-f', 'compact', '.');
    expect(r.stdout).not.toMatch(/duplicate-zone|no-origin/);
  });

  it('finds the repository copy of an absolute path under the server\'s directory', () => {
    const moved = repository('moved', {
      'conf/named.conf': 'options { directory "/var/named"; };\nzone "example.org" { type master; file "zones/db.example.org"; };\nzone "example.info" { type master; file "/etc/named/zones/example-info"; };\n',
      'zones/db.example.org': zone(5, 'mx'),
      'zones/example-info': zone(6, 'mx'),
    });
    expect(zonesListed(moved).sort()).toEqual(['zones/db.example.org: zone example.org.', 'zones/example-info: zone example.info.']);
  });

  it('decides the zone over the file\'s own names: records outside it are out of zone, as BIND finds', () => {
    const other = repository('other-name', {
      'named.conf': `options { directory "${join(base, 'other-name')}"; };\nzone "example.org" { type master; file "db.main"; };\n`,
      'db.main': '$ORIGIN example.com.\n$TTL 3600\n@ IN SOA ns1 hostmaster 1 7200 3600 1209600 3600\n@ IN NS ns1\nns1 IN A 192.0.2.1\n',
    });
    const bind = spawnSync('named-checkconf', ['-z', 'named.conf'], { cwd: other, encoding: 'utf8' });
    expect(bind.status).not.toBe(0);
    expect(bind.stdout).toMatch(/db\.main:3: ignoring out-of-zone data \(example\.com\)/);
    expect(zonesListed(other)).toEqual(['db.main: zone example.org.']);
    const r = mxlint(other, '-f', 'compact', '.');
    expect(r.stdout.split('\n').filter((l) => /\(zone-out-of-zone\)$/.test(l))).toHaveLength(3);
    expect(r.code).toBe(1);
  });

  it('named on the command line wherever it lies, decides the zone of the files it loads', () => {
    const deep = repository('deep', {
      'deploy/bind/conf/named.conf': 'zone "example.org" { type master; file "/etc/bind/zones/db.org"; };\n',
      'deploy/bind/zones/db.org': zone(7, 'mx'),
      'deploy/bind/zones/db.unrelated.example': zone(8, 'mx'),
    });
    expect(zonesListed(deep, 'deploy/bind/conf/named.conf')).toEqual(['deploy/bind/zones/db.org: zone example.org.']);
    // Not named, a configuration that deep is not found from the zones' folder.
    expect(zonesListed(deep, 'deploy/bind/zones')).toEqual(['deploy/bind/zones/db.org: zone unknown', 'deploy/bind/zones/db.unrelated.example: zone unrelated.example.']);
  });
});

describe("Red Hat's stock named.conf, kept in a repository as etc/ and var/named/", () => {
  const LOCAL = '$TTL 1D\n@\tIN SOA\t@ rname.invalid. (\n\t\t\t\t\t0\t; serial\n\t\t\t\t\t1D\t; refresh\n\t\t\t\t\t1H\t; retry\n\t\t\t\t\t1W\t; expire\n\t\t\t\t\t3H )\t; minimum\n\tNS\t@\n\tA\t127.0.0.1\n\tAAAA\t::1\n';
  const HINTS = '.\t3600000\tIN\tNS\tA.ROOT-SERVERS.NET.\nA.ROOT-SERVERS.NET.\t3600000\tA\t198.41.0.4\nA.ROOT-SERVERS.NET.\t3600000\tAAAA\t2001:503:ba3e::2:30\n';
  const repo = repository('rhel', {
    'etc/named.conf':
      'options {\n\tlisten-on port 53 { 127.0.0.1; };\n\tdirectory \t"/var/named";\n\tdump-file \t"/var/named/data/cache_dump.db";\n};\n\n' +
      'zone "." IN {\n\ttype hint;\n\tfile "named.ca";\n};\n\ninclude "/etc/named.rfc1912.zones";\ninclude "/etc/named.root.key";\n',
    'etc/named.rfc1912.zones':
      'zone "localhost.localdomain" IN {\n\ttype master;\n\tfile "named.localhost";\n\tallow-update { none; };\n};\n' +
      'zone "1.0.0.127.in-addr.arpa" IN {\n\ttype master;\n\tfile "named.loopback";\n\tallow-update { none; };\n};\n',
    'var/named/named.localhost': LOCAL,
    'var/named/named.loopback': `${LOCAL}\tPTR\tlocalhost.\n`,
    'var/named/named.ca': HINTS,
  });

  it('finds named.conf in a folder beside the zones, the files under its directory, and leaves the root hints alone', () => {
    expect(mxlint(repo, '--list-files', '.').stdout.split('\n').filter((l) => l.startsWith('var/'))).toEqual([
      'var/named/named.ca: skipped: root hints: the root servers a resolver starts from, not a zone (etc/named.conf loads it as zone "." of type hint)',
      'var/named/named.localhost: bind, zone localhost.localdomain. (from etc/named.rfc1912.zones): zone file: starts with `$TTL 1D`',
      'var/named/named.loopback: bind, zone 1.0.0.127.in-addr.arpa. (from etc/named.rfc1912.zones): zone file: starts with `$TTL 1D`',
    ]);
    const r = mxlint(repo, '-f', 'compact', '.');
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/Error/);
  });

  it('knows a root hints file without named.conf by its records, not as zone named.ca.', () => {
    const bare = repository('hints', { 'named.ca': HINTS, 'db.root': HINTS });
    expect(mxlint(bare, '--list-files', '.').stdout).toBe(
      ['db.root', 'named.ca'].map((f) => `${f}: skipped: root hints: the root servers a resolver starts from, not a zone (only the root's NS records and the root servers' addresses)\n`).join(''),
    );
    const named = mxlint(bare, 'named.ca');
    expect(named.stderr + named.stdout).toMatch(/not read as a zone: root hints/);
  });
});

describe('split-horizon views of named.conf', () => {
  const zoneAt = (mail: string, dmarc = true, preference = 10) =>
    `$ORIGIN example.com.\n$TTL 3600\n@ IN SOA ns1 hostmaster 1 7200 3600 1209600 3600\n@ IN NS ns1\nns1 IN A 192.0.2.53\n@ IN MX ${preference} mail\nmail IN A ${mail}\n${dmarc ? '_dmarc IN TXT "v=DMARC1; p=reject"\n' : ''}`;
  // The ACL is defined after the views, in an included file, with BIND's short prefixes.
  const conf = (internalClients: string) =>
    `include "/etc/bind/named.conf.acl";\nview "inside" {\n  match-clients { ${internalClients} };\n  zone "example.com" { type master; file "/etc/bind/inside/db.example.com"; };\n};\n` +
    'view "outside" {\n  match-clients { any; };\n  zone "example.com" { type master; file "/etc/bind/outside/db.example.com"; };\n};\n';

  const findings = (repo: string) =>
    mxlint(repo, '-f', 'compact', '.')
      .stdout.split('\n')
      .filter((l) => / - /.test(l))
      .map((l) => `${l.split(':')[0]} ${/\(([\w-]+)\)$/.exec(l)?.[1]}`);

  it('leaves a view only private clients see to them: its private exchanger, missing DMARC and inside addresses are no findings', () => {
    const repo = repository('split', {
      'named.conf': conf('!10.9.9.9; corp; localhost; { 192.168/16; };'),
      'named.conf.acl': 'acl "corp" { 10/8; fd00::/8; localnets; };\n',
      'inside/db.example.com': zoneAt('10.0.0.25', false),
      'outside/db.example.com': zoneAt('10.0.0.26'),
    });
    expect(mxlint(repo, '--list-files', '.').stdout).toMatch(/^inside\/db\.example\.com: bind, zone example\.com\. \(from named\.conf\), view inside \(private clients only\):/m);
    // The outside view's leak is still an error.
    expect(findings(repo)).toEqual(['outside/db.example.com mx-private-address']);
  });

  it('judges an inside view\'s zone that another view serves too (in-view) as one the Internet sees', () => {
    const repo = repository('split-in-view', {
      'named.conf':
        'acl "corp" { 10/8; };\nview "inside" {\n  match-clients { corp; };\n  zone "example.com" { type master; file "/etc/bind/inside/db.example.com"; };\n};\n' +
        'view "outside" {\n  match-clients { any; };\n  zone "example.com" { in-view "inside"; };\n};\n',
      'inside/db.example.com': zoneAt('10.0.0.25'),
    });
    expect(mxlint(repo, '--list-files', '.').stdout).toMatch(/^inside\/db\.example\.com: bind, zone example\.com\. \(from named\.conf\), view inside:/m);
    expect(findings(repo)).toEqual(['inside/db.example.com mx-private-address']);
  });

  it('still compares what decides mail between the views: an MX set the inside view changed is reported in the outside view', () => {
    const repo = repository('split-mx', {
      'named.conf': conf('corp;'),
      'named.conf.acl': 'acl "corp" { 10/8; };\n',
      'inside/db.example.com': zoneAt('10.0.0.25', true, 20),
      'outside/db.example.com': zoneAt('192.0.2.25'),
    });
    expect(findings(repo)).toEqual(['outside/db.example.com zone-views-differ']);
  });

  it('judges a view that admits any client, a TSIG key, a public network or an ACL it cannot find as one the Internet sees', () => {
    for (const clients of ['any;', 'key "transfer";', '10/8; 198.51.100.0/24;', 'partners;']) {
      const repo = repository(`seen-${clients.replace(/\W+/g, '-')}`, {
        'named.conf': conf(clients),
        'named.conf.acl': 'acl "corp" { 10/8; };\n',
        'inside/db.example.com': zoneAt('10.0.0.25'),
        'outside/db.example.com': zoneAt('192.0.2.25'),
      });
      const r = mxlint(repo, '-f', 'compact', '.');
      expect(r.stdout, clients).toMatch(/^inside\/db\.example\.com: line 7, .*\(mx-private-address\)$/m);
    }
  });
});
