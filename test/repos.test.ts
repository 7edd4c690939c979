/**
 * Zone repositories laid out as teams keep them (test/fixtures/repos): an octoDNS repository
 * (main configuration, comments, `!include`, the split layout, ignored records, suppression
 * comments), a BIND repository with split-horizon views, an old copy and stray files, and
 * provider exports (Cloudflare's BIND export, Google Cloud's YAML and JSON, DigitalOcean,
 * dnscontrol). Each is copied to a temporary folder with what cannot be committed beside it
 * (binary files, ignored and build folders) and linted by the bundled CLI; outputs are golden.
 * Set UPDATE_GOLDEN=1 to rewrite the golden files after a deliberate change, then review the diff.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../src/engine/run.ts';
import { locate } from '../src/model/span.ts';
import { rules } from '../rules/index.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli.js');
const work = mkdtempSync(join(tmpdir(), 'mxlint-repos-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of a fixture repository with the files git would not keep (or that must be binary). */
function repository(name: string): string {
  const dir = join(work, name);
  if (existsSync(dir)) return dir;
  cpSync(join(root, 'test', 'fixtures', 'repos', name), dir, { recursive: true });
  const put = (path: string, content: string | Buffer) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  };
  // Never zones: dependencies, build output, ignored dumps, binary databases named like zones.
  put('node_modules/dns-fixtures/example.com.zone', '$ORIGIN example.com.\n@ 3600 IN MX 10 nowhere.invalid.\n');
  put('dist/example.com.zone', '$ORIGIN example.com.\n@ 3600 IN MX 10 nowhere.invalid.\n');
  put('data/nsd.db', Buffer.concat([Buffer.from('NSDdbV08'), Buffer.alloc(64), Buffer.from('\n$ORIGIN example.com.\n')]));
  put('data/zones.db', Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(100, 1)]));
  if (name === 'octodns') put('dump/example.com.yaml', "'':\n  type: MX\n  value:\n    exchange: nowhere.invalid.\n    preference: 10\n");
  // A NUL byte in a leading comment does not make a zone file binary.
  if (name === 'bind') put('zones/db.example.org', '; exported by zonetool\0 v2\n$TTL 3600\n$ORIGIN example.org.\n@ IN SOA ns1 hostmaster 1 14400 3600 1209600 3600\n@ IN NS ns1\nns1 IN A 192.0.2.53\n@ IN MX 0 .\n@ IN TXT "v=spf1 -all"\n_dmarc IN TXT "v=DMARC1; p=reject"\n');
  return dir;
}

function mxlint(args: string[], cwd: string) {
  const { NO_COLOR: _n, FORCE_COLOR: _f, ...env } = process.env;
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function golden(name: string, actual: string) {
  const file = join(root, 'test', 'golden', 'repos', name);
  if (process.env.UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe.each(['octodns', 'bind', 'exports'])('the %s repository', (name) => {
  it('--list-files says what each file was taken as, with which zone, or why not', () => {
    const r = mxlint(['--list-files', '.'], repository(name));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    golden(`${name}.files.txt`, r.stdout);
    // Dependencies, build output and ignored folders are not even looked at.
    expect(r.stdout).not.toMatch(/^(node_modules|dist|dump)\//m);
  });

  it('lint output', () => {
    const r = mxlint(['--no-color', '.'], repository(name));
    expect(r.stderr).toBe('');
    golden(`${name}.stylish.txt`, r.stdout);
    // Nothing from the files that are no zones.
    expect(r.stdout).not.toMatch(/^(README\.md|settings\.json|tools\/|schema\/|data\/|named\.conf|package\.json|config\/production\.yaml)/m);
  });
});

describe('file identity', () => {
  it('reads a binary-looking header only where the NUL is in a comment', () => {
    const out = mxlint(['--list-files', '.'], repository('bind')).stdout;
    expect(out).toMatch(/^data\/nsd\.db: skipped: a binary file$/m);
    expect(out).toMatch(/^data\/zones\.db: skipped: a binary file$/m);
    expect(out).toMatch(/^zones\/db\.example\.org: bind, zone example\.org\. \(from its content\)/m);
  });

  it('takes a zone saved as UTF-16 for a zone, and says why BIND refuses it', () => {
    const dir = join(work, 'utf16');
    mkdirSync(dir, { recursive: true });
    const zone = '$ORIGIN example.com.\r\n$TTL 3600\r\n@ IN SOA ns1 hostmaster 1 2 3 4 5\r\n@ IN NS ns1\r\nns1 IN A 192.0.2.53\r\n';
    writeFileSync(join(dir, 'example.com.zone'), Buffer.from('\ufeff' + zone, 'utf16le'));
    writeFileSync(join(dir, 'notes.txt'), Buffer.from('\ufeffMeeting notes, 3 December\r\n', 'utf16le'));
    const listed = mxlint(['--list-files', '.'], dir).stdout;
    expect(listed).toMatch(/^example\.com\.zone: bind, zone example\.com\. .*\(in UTF-16\)/m);
    expect(listed).toMatch(/^notes\.txt: skipped: a binary file$/m);
    const r = mxlint(['--format', 'json', '.'], dir);
    expect(r.code).toBe(1);
    const files = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string; line: number; column: number }[] }[];
    expect(files.map((f) => [basename(f.filePath), f.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)])).toEqual([['example.com.zone', ['1:1 syntax/utf16']]]);
  });

  it('reads a file named like a zone whose first records hold a mistake, and skips prose that only looks like a record', () => {
    const dir = join(work, 'first-lines');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'example.com.zone'), '$TTL 300\nwww IN AA 192.0.2.1\n@ IN SOA ns1.example.com. hostmaster.example.com. 1 2 3 4 5\n@ IN NS ns1.example.com.\nns1 IN A 192.0.2.53\n');
    writeFileSync(join(dir, 'db.example.net'), 'www IN AA 192.0.2.1\nmail IN A 192.0.2.25\nns1 IN A 192.0.2.53\n');
    writeFileSync(join(dir, 'db.py'), 'import os\nfrom zones import load\n');
    writeFileSync(join(dir, 'notes.txt'), 'hosts a lot of stuff\n');
    const listed = mxlint(['--list-files', '.'], dir).stdout;
    // `@ IN SOA` names no zone: the file name does.
    expect(listed).toMatch(/^example\.com\.zone: bind, zone example\.com\. \(from the file name\)/m);
    expect(listed).toMatch(/^db\.example\.net: bind, zone example\.net\./m);
    expect(listed).toMatch(/^db\.py: skipped: matches zones\.include but its first lines are not records or directives$/m);
    expect(listed).toMatch(/^notes\.txt: skipped: its first lines are not records or directives of a zone file$/m);
    const r = mxlint(['--format', 'json', '.'], dir);
    expect(r.code).toBe(1);
    const files = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string; line: number }[] }[];
    const typos = files.flatMap((f) => f.messages.filter((m) => m.ruleId === 'syntax/unknown-type').map((m) => `${basename(f.filePath)}:${m.line}`));
    expect(typos.sort()).toEqual(['db.example.net:1', 'example.com.zone:2']);
  });

  it('lints a signed zone from its source, and leaves out the sets dnssec-signzone writes for the parent, the keys dnssec-keygen writes and named\'s managed keys', () => {
    const dir = join(work, 'signed');
    mkdirSync(dir, { recursive: true });
    const zone = '$TTL 300\n@ IN SOA ns1.example.com. hostmaster.example.com. 1 7200 3600 1209600 300\n@ IN NS ns1\nns1 IN A 192.0.2.53\n@ IN MX 10 mail\n';
    writeFileSync(join(dir, 'example.com.zone'), zone);
    writeFileSync(join(dir, 'example.com.zone.signed'), zone.replace('$TTL 300\n', '$ORIGIN example.com.\n$TTL 300\n'));
    writeFileSync(join(dir, 'dsset-example.com.'), 'example.com.\t\tIN DS 54129 13 2 8E3C0DA2922B93977B7169D26F8EC76C7C63CFF2E5BB8A6A6D06452B C3DA9F67\n');
    writeFileSync(join(dir, 'keyset-example.com.'), '$ORIGIN .\nexample.com 300 IN DNSKEY 257 3 13 mdsswUyr3DPW132mOi8V9xESWE8jTo0dxCjjnopKl+GqJxpVXckHAeF+KkxLbxILfDLUT0rAK9iUzy1L53eKGQ==\n');
    // dnssec-keygen's public key, as kept beside the zone (its DNSKEY's owner is no zone of its own).
    writeFileSync(join(dir, 'Kexample.com.+013+54129.key'), '; This is a key-signing key, keyid 54129, for example.com.\n; Created: 20241204000000 (Wed Dec  4 00:00:00 2024)\nexample.com. 300 IN DNSKEY 257 3 13 mdsswUyr3DPW132mOi8V9xESWE8jTo0dxCjjnopKl+GqJxpVXckHAeF+KkxLbxILfDLUT0rAK9iUzy1L53eKGQ==\n');
    // named's working file for RFC 5011 trust anchors, as a copy of /var/named holds it.
    writeFileSync(join(dir, 'managed-keys.bind'), '$ORIGIN .\n$TTL 0\n@ IN SOA . . ( 2 0 0 0 0 )\n  KEYDATA 20240402000000 20240101000000 19700101000000 257 3 8 AwEAAaz/tAm8yTn4Mfeh\n');
    const listed = mxlint(['--list-files', '.'], dir).stdout;
    // `@ IN SOA` names no zone: the file name does; the signed copy's `$ORIGIN` does.
    expect(listed).toMatch(/^example\.com\.zone: bind, zone example\.com\. \(from the file name\)/m);
    expect(listed).toMatch(/^example\.com\.zone\.signed: skipped: the signed copy of example\.com\.zone/m);
    expect(listed).toMatch(/^dsset-example\.com\.: skipped: the DS set dnssec-signzone writes for the parent zone/m);
    expect(listed).toMatch(/^keyset-example\.com\.: skipped: the key set/m);
    expect(listed).toMatch(/^Kexample\.com\.\+013\+54129\.key: skipped: a DNSSEC key dnssec-keygen writes/m);
    expect(listed).toMatch(/^managed-keys\.bind: skipped: named's managed keys file/m);
    const r = mxlint(['--format', 'json', '.'], dir);
    const files = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    // One zone's findings, once, on the source: a dangling MX target, no DMARC record.
    expect(files.flatMap((f) => f.messages.map((m) => `${basename(f.filePath)} ${m.ruleId}`)).sort()).toEqual(['example.com.zone dmarc-missing', 'example.com.zone mx-dangling-target']);
    // Named alone on the command line, the signed copy is linted; named with its source (as
    // lint-staged passes both), it is skipped without a word.
    expect(mxlint(['--list-files', 'example.com.zone.signed'], dir).stdout).toMatch(/^example\.com\.zone\.signed: bind/m);
    const both = mxlint(['--format', 'json', 'example.com.zone', 'example.com.zone.signed'], dir);
    expect((JSON.parse(both.stdout) as { filePath: string; messages: unknown[] }[]).filter((f) => f.messages.length > 0).map((f) => basename(f.filePath))).toEqual(['example.com.zone']);
  });

  it('warns of a Git LFS pointer named like a zone or an export, where a checkout without LFS leaves the zone unread', () => {
    const dir = join(work, 'lfs');
    mkdirSync(dir, { recursive: true });
    const pointer = (size: number) => `version https://git-lfs.github.com/spec/v1\noid sha256:${'4d7a2146'.repeat(8)}\nsize ${size}\n`;
    writeFileSync(join(dir, 'example.com.zone'), pointer(52311));
    writeFileSync(join(dir, 'example.net.json'), pointer(2048));
    writeFileSync(join(dir, 'logo.png'), pointer(9000));
    writeFileSync(join(dir, 'example.org.zone'), '$ORIGIN example.org.\n$TTL 300\n@ IN SOA ns1.example.net. hostmaster.example.net. 1 7200 3600 1209600 300\n@ IN NS ns1.example.net.\n');
    const r = mxlint(['--format', 'json', '.'], dir);
    expect(r.code).toBe(0);
    const files = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string; severity: number; message: string }[] }[];
    expect(files.filter((f) => f.messages.length).map((f) => [basename(f.filePath), f.messages.map((m) => `${m.ruleId} ${m.severity}`)])).toEqual([
      ['example.com.zone', ['mxlint/not-a-zone 1']],
      ['example.net.json', ['mxlint/not-a-zone 1']],
    ]);
    expect(files.find((f) => f.messages.length)?.messages[0].message).toMatch(/^not read: a Git LFS pointer: .*`git lfs pull`/);
    expect(mxlint(['--list-files', '.'], dir).stdout).toMatch(/^logo\.png: skipped: a Git LFS pointer/m);
  });

  it('a file of relative records whose zone nothing tells: an error when named like a zone, a warning when found by its content only', () => {
    const dir = join(work, 'no-origin');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'fragment.zone'), 'mail IN A 192.0.2.25\n');
    writeFileSync(join(dir, 'mx-list.txt'), 'example.com MX 10 mail.example.com.\nexample.net MX 10 mail.example.net.\n');
    const r = mxlint(['--format', 'json', '.'], dir);
    const files = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string; severity: number }[] }[];
    expect(files.map((f) => [basename(f.filePath), f.messages.map((m) => `${m.ruleId} ${m.severity}`)])).toEqual([
      ['fragment.zone', ['syntax/no-origin 2']],
      ['mx-list.txt', ['syntax/no-origin 1']],
    ]);
  });

  it('names the zone of provider-named files without the provider words', () => {
    expect(mxlint(['--list-files', '.'], repository('exports')).stdout).toMatch(/^digitalocean\/shop\.example\.digitalocean\.json: digitalocean, zone shop\.example\. \(from the file name\)/m);
    expect(mxlint(['--list-files', '.'], repository('bind')).stdout).toMatch(/^zones\/example\.net\.txt: bind, zone example\.net\. \(from the file name\)/m);
  });

  it('a file named on the command line that is no zone gets a warning that says what mxlint reads', () => {
    const dir = repository('exports');
    const r = mxlint(['--format', 'json', 'dnscontrol/dnsconfig.js', join(repository('bind'), 'settings.json'), join(repository('bind'), 'data', 'nsd.db')], dir);
    expect(r.code).toBe(0);
    const files = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string; severity: number; message: string }[] }[];
    expect(files.map((f) => [relative(work, f.filePath), f.messages.map((m) => `${m.ruleId} ${m.severity}`)])).toEqual([
      ['bind/data/nsd.db', ['mxlint/not-a-zone 1']],
      ['bind/settings.json', ['mxlint/not-a-zone 1']],
      ['exports/dnscontrol/dnsconfig.js', ['mxlint/not-a-zone 1']],
    ]);
    expect(files[2].messages[0].message).toMatch(/BIND provider.*src\/providers\/README\.md/);
    expect(files[0].messages[0].message).toMatch(/a binary file\. mxlint reads BIND zone files/);
  });
});

describe('order independence', () => {
  it('gives the same results for every order of the paths', async () => {
    const dir = repository('bind');
    const paths = ['zones/example.com.zone', 'zones/old/example.com.zone', 'internal/example.com.zone', 'zones/example.net.txt', 'zones/fragment.zone'].map((p) => join(dir, p));
    const outputs = new Set<string>();
    for (const order of permutations(paths)) {
      const outcome = await run({ rules, paths: order });
      outputs.add(
        JSON.stringify(
          outcome.results.map((r) => [r.path, r.diagnostics.map((d) => { const at = locate(d.span); return `${at.line}:${at.column} ${d.ruleId} ${d.message}`; })]),
        ),
      );
    }
    expect(outputs.size).toBe(1);
    // The run holds what makes order matter: a duplicate, two views, a zone of unknown name.
    const only = [...outputs][0];
    for (const id of ['mxlint/duplicate-zone', 'zone-views-differ', 'syntax/no-origin']) expect(only).toContain(id);
  }, 120_000);
});

describe('mxlint on its own repository', () => {
  it('reports nothing outside examples/ and test fixtures', async () => {
    const outcome = await run({ rules, paths: [root] });
    const fixture = /^(examples|rules\/[^/]+\/(fixtures|base)|test\/(fixtures|providers\/fixtures|zone\/fixtures|conformance\/bind-verdicts|calibration))\//;
    const reported = outcome.results.filter((r) => r.diagnostics.length > 0).map((r) => relative(root, join(process.cwd(), r.path)));
    expect(reported.length).toBeGreaterThan(0);
    expect(reported.filter((p) => !fixture.test(p))).toEqual([]);
  }, 120_000);
});

function* permutations<T>(items: readonly T[]): Generator<T[]> {
  if (items.length <= 1) {
    yield [...items];
    return;
  }
  for (let i = 0; i < items.length; i++) {
    for (const rest of permutations([...items.slice(0, i), ...items.slice(i + 1)])) yield [items[i], ...rest];
  }
}

describe('a file two zones include', () => {
  it('reports its findings once, and a zone of its own still reports its own', async () => {
    const dir = join(work, 'shared-include');
    mkdirSync(join(dir, 'common'), { recursive: true });
    const zone = (origin: string) => `$TTL 3600\n$ORIGIN ${origin}\n@ IN SOA ns1.example.net. hostmaster.example.net. 1 7200 3600 1209600 300\n@ IN NS ns1.example.net.\n$INCLUDE common/mail.inc\n`;
    writeFileSync(join(dir, 'a.test.zone'), zone('a.test.'));
    writeFileSync(join(dir, 'b.test.zone'), zone('b.test.') + '@ IN MX 20 192.0.2.2.\n');
    // Named .inc: read only through the zones that include it.
    writeFileSync(join(dir, 'common', 'mail.inc'), '@ IN MX 10 192.0.2.1.\n');
    const outcome = await run({ rules, paths: [dir] });
    const ipTargets = (suffix: string) => outcome.results.filter((r) => r.path.endsWith(suffix)).flatMap((r) => r.diagnostics.filter((d) => d.ruleId === 'mx-target-ip').map((d) => locate(d.span).line));
    expect(ipTargets('mail.inc')).toEqual([1]);
    expect(ipTargets('b.test.zone')).toEqual([6]);
  });
});
