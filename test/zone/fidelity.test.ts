/**
 * Reader fidelity, class by class, with BIND as the oracle (bind-oracle.ts): each fixture zone in
 * fixtures/fidelity loads in `named-compilezone` and mxlint reads the same records without a
 * `syntax/` error; each line of rejected.txt is refused by both.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { readZone } from '../../src/zone/reader.ts';
import { viaBind, viaMxlint } from './bind-oracle.ts';

const FIXTURES = fileURLToPath(new URL('./fixtures/fidelity/', import.meta.url));
const ORIGIN = 'example.';
const HEADER = '$TTL 300\n@ SOA ns.example. host.example. 1 2 3 4 5\n@ NS ns.example.\nns A 192.0.2.53\n';
const dir = mkdtempSync(join(tmpdir(), 'mxlint-fidelity-'));
const run = promisify(execFile);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('zones BIND loads: mxlint reads the same records', () => {
  const zones = readdirSync(FIXTURES).filter((f) => f.endsWith('.zone'));
  it.each(zones)('%s', async (name) => {
    const file = join(FIXTURES, name);
    const bind = await viaBind(file, ORIGIN);
    expect(bind.why).toBe('');
    const ours = viaMxlint(file, ORIGIN);
    expect(ours.why).toBe('');
    expect(ours.keys).toEqual(bind.keys);
    expect(ours.keys.length).toBeGreaterThan(4);
  });
});

describe('entries BIND refuses: mxlint reports a syntax error', () => {
  const cases = readFileSync(join(FIXTURES, 'rejected.txt'), 'utf8')
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => l.split('\t'));
  it.each(cases)('%s', async (what, entry) => {
    const file = join(dir, `${what.replace(/\W+/g, '-')}.zone`);
    writeFileSync(file, HEADER + entry + '\n');
    expect((await viaBind(file, ORIGIN)).ok).toBe(false);
    expect(viaMxlint(file, ORIGIN).why).toMatch(/^syntax\//);
  });
});

describe('a last line without a newline: BIND reads a record there, not a $TTL, $ORIGIN or $GENERATE', () => {
  const cases: [string, string, boolean][] = [
    ['a record', 'www A 192.0.2.1', true],
    ['a comment', '$TTL 300\n; the end', true],
    ['blanks', '$TTL 300\n  ', true],
    ['$TTL ending in a carriage return', '$TTL 300\r', true],
    ['$INCLUDE', '$INCLUDE tail.inc', true],
    ['$TTL', '$TTL 300', false],
    ['$TTL and a comment', '$TTL 300 ; five minutes', false],
    ['$TTL in parentheses', '$TTL ( 300\n)', false],
    ['$ORIGIN', '$ORIGIN example.', false],
    ['$GENERATE', '$GENERATE 1-2 h$ A 192.0.2.$', false],
  ];
  it.each(cases)('%s', async (what, last, loads) => {
    const file = join(dir, `eof-${what.replace(/\W+/g, '-')}.zone`);
    writeFileSync(join(dir, 'tail.inc'), 'tail A 192.0.2.9\n');
    writeFileSync(file, HEADER + last);
    const bind = await viaBind(file, ORIGIN);
    expect(bind.ok).toBe(loads);
    const ours = viaMxlint(file, ORIGIN);
    expect(ours.why).toBe(loads ? '' : 'syntax/unterminated-directive');
    if (loads) expect(ours.keys).toEqual(bind.keys);
  });
});

describe('a byte-order mark: BIND reads it as part of the first line', () => {
  const BOM = '\ufeff';
  // Before a directive, a comment or `@`, BIND refuses the zone; before a name, it loads the
  // first record at another owner. mxlint reports the mark in every case.
  it.each([
    ['a directive', `${BOM}${HEADER}`],
    ['a comment', `${BOM}; zone of example.\n${HEADER}`],
    ['the apex', `${BOM}@ 300 SOA ns.example. host.example. 1 2 3 4 5\n@ 300 NS ns.example.\nns 300 A 192.0.2.53\n`],
    ['a name', `${BOM}www 300 A 192.0.2.1\n${HEADER}`],
  ])('before %s', async (what, text) => {
    const file = join(dir, `bom-${what.replace(/\W+/g, '-')}.zone`);
    writeFileSync(file, text, 'utf8');
    const bind = await viaBind(file, ORIGIN);
    // Loaded, the first record's owner is `\239\187\191www` (keys are the owner in wire form, in hex).
    if (bind.ok) expect(bind.keys.filter((k) => k.startsWith('06efbbbf777777'))).toHaveLength(1);
    else expect(what).not.toBe('a name');
    expect(viaMxlint(file, ORIGIN).why).toBe('syntax/byte-order-mark');
  });
});

describe('$INCLUDE paths: from the including file, else from a folder above it', () => {
  const tree = () => {
    const root = mkdtempSync(join(dir, 'repo-'));
    mkdirSync(join(root, 'zones', 'common'), { recursive: true });
    writeFileSync(join(root, 'zones', 'common', 'mx.inc'), 'mx A 192.0.2.25\n@ MX 10 mx\n');
    return root;
  };

  it('finds a path written from the root, as named does with its directory there', async () => {
    const root = tree();
    writeFileSync(join(root, 'zones', 'example.zone'), HEADER + '$INCLUDE zones/common/mx.inc\n');
    // named-checkzone resolves the path from the folder it runs in (named: from its `directory`).
    await run('named-checkzone', ['-q', ORIGIN, 'zones/example.zone'], { cwd: root });
    const zone = readZone(join(root, 'zones', 'example.zone'), { origin: ORIGIN, root });
    expect(zone.diagnostics).toEqual([]);
    expect(zone.records.map((r) => `${r.owner} ${r.type}`)).toEqual(expect.arrayContaining(['mx.example. A', 'example. MX']));
  });

  it("reads an absolute path of the name server from the repository's copy, the longest end of the path first", () => {
    const root = tree();
    writeFileSync(join(root, 'zones', 'example.zone'), HEADER + '$INCLUDE /etc/bind/zones/common/mx.inc\n$INCLUDE /etc/bind/zones/common/nothing.inc\n');
    const zone = readZone(join(root, 'zones', 'example.zone'), { origin: ORIGIN, root });
    expect(zone.records.map((r) => `${r.owner} ${r.type}`)).toEqual(expect.arrayContaining(['mx.example. A', 'example. MX']));
    expect(zone.diagnostics.map((d) => d.ruleId)).toEqual(['syntax/include-not-found']);
  });

  it("takes the including file's folder first, and never a folder above the root", () => {
    const root = tree();
    mkdirSync(join(root, 'zones', 'zones', 'common'), { recursive: true });
    writeFileSync(join(root, 'zones', 'zones', 'common', 'mx.inc'), 'near A 192.0.2.26\n');
    writeFileSync(join(root, 'zones', 'example.zone'), HEADER + '$INCLUDE zones/common/mx.inc\n');
    expect(readZone(join(root, 'zones', 'example.zone'), { origin: ORIGIN, root }).records.map((r) => r.owner)).toContain('near.example.');
    const inner = join(root, 'zones');
    writeFileSync(join(inner, 'other.zone'), HEADER + '$INCLUDE common/mx.inc\n$INCLUDE zones/common/nothing.inc\n');
    const diagnostics = readZone(join(inner, 'other.zone'), { origin: ORIGIN, root: inner }).diagnostics;
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['syntax/include-not-found']);
  });
});

describe('owners, TTLs and origins across $ORIGIN and $INCLUDE: the records BIND makes', () => {
  // Each case: the files of a zone (z.zone includes the others), read by both.
  it.each([
    ['a blank owner after $ORIGIN keeps the owner read before it', { 'z.zone': HEADER + 'x A 192.0.2.1\n$ORIGIN sub.example.\n  A 192.0.2.9\ny A 192.0.2.10\n' }],
    ["an included file's first blank owner is the including file's", { 'inc.db': '  A 192.0.2.3\n', 'z.zone': HEADER + 'x A 192.0.2.1\n$INCLUDE inc.db\n' }],
    ['…also when the include sets an origin', { 'inc.db': '  A 192.0.2.3\nb A 192.0.2.4\n', 'z.zone': HEADER + 'x A 192.0.2.1\n$INCLUDE inc.db sub.example.\n' }],
    ['the owner after an include is the including file\'s again', { 'inc.db': 'y A 192.0.2.3\n', 'z.zone': HEADER + 'x A 192.0.2.1\n$INCLUDE inc.db\n  A 192.0.2.9\n' }],
    ['$TTL set in an included file stays in force', { 'inc.db': '$TTL 60\nb A 192.0.2.2\n', 'z.zone': HEADER + '$INCLUDE inc.db\nd A 192.0.2.4\n' }],
    ['$ORIGIN set in an included file does not', { 'inc.db': '$ORIGIN sub.example.\nc A 192.0.2.3\n', 'z.zone': HEADER + '$INCLUDE inc.db\nd A 192.0.2.4\n' }],
  ])('%s', async (what, files) => {
    const folder = mkdtempSync(join(dir, 'across-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
    const file = join(folder, 'z.zone');
    const bind = await viaBind(file, ORIGIN);
    expect(bind.why).toBe('');
    const ours = viaMxlint(file, ORIGIN);
    expect(ours.why).toBe('');
    expect(ours.keys).toEqual(bind.keys);
  });
});

describe('a UTF-16 file: BIND refuses it', () => {
  it.each([
    ['little-endian', Buffer.from('\ufeff' + HEADER, 'utf16le')],
    ['big-endian', Buffer.from('\ufeff' + HEADER, 'utf16le').swap16()],
  ])('%s', async (what, octets) => {
    const file = join(dir, `utf16-${what}.zone`);
    writeFileSync(file, octets);
    expect((await viaBind(file, ORIGIN)).ok).toBe(false);
    const zone = readZone(file, { origin: ORIGIN, root: dir });
    expect(zone.diagnostics.map((d) => `${d.ruleId} ${d.span.start}-${d.span.end}`)).toEqual(['syntax/utf16 0-2']);
    expect(zone.records).toHaveLength(0);
  });
});

describe('a NUL octet: BIND reads it as a token of its own', () => {
  // Outside a quoted string BIND refuses the entry; inside one it is data.
  it.each([
    ['in an owner', 'a\0b A 192.0.2.1'],
    ['in an unquoted string', 'a TXT x\0y'],
    ['after the rdata', 'a A 192.0.2.1\0'],
    ['alone on a line', '\0'],
  ])('%s', async (what, entry) => {
    const file = join(dir, `nul-${what.replace(/\W+/g, '-')}.zone`);
    writeFileSync(file, HEADER + entry + '\n');
    expect((await viaBind(file, ORIGIN)).ok).toBe(false);
    expect(viaMxlint(file, ORIGIN).why).toMatch(/^syntax\//);
  });

  it('is data in a quoted string', async () => {
    const file = join(dir, 'nul-quoted.zone');
    writeFileSync(file, HEADER + 'a TXT "x\0y"\n');
    const bind = await viaBind(file, ORIGIN);
    expect(bind.ok).toBe(true);
    expect(viaMxlint(file, ORIGIN).keys).toEqual(bind.keys);
  });
});

describe('owners BIND refuses for a type', () => {
  it('refuses an NS inherited by a blank owner from a wildcard, at its type, as BIND does', async () => {
    const file = join(dir, 'wildcard-ns.zone');
    writeFileSync(file, HEADER + '*.w A 192.0.2.1\n  NS ns.example.\n');
    expect((await viaBind(file, ORIGIN)).ok).toBe(false);
    const diagnostics = readZone(file, { origin: ORIGIN, root: dir }).diagnostics;
    expect(diagnostics.map((d) => [d.ruleId, d.span.source.text.slice(d.span.start, d.span.end)])).toEqual([['syntax/wildcard-owner', 'NS']]);
  });
});

describe('names in messages', () => {
  it('shows UTF-8 names as written, in owners and in rdata', () => {
    const file = join(dir, 'utf8.zone');
    writeFileSync(file, HEADER + 'düsseldorf..a A 192.0.2.1\nmx MX 10 köln..b\n');
    const messages = readZone(file, { origin: ORIGIN, root: dir }).diagnostics.map((d) => d.message);
    expect(messages).toEqual([expect.stringContaining("'düsseldorf..a'"), expect.stringContaining("'köln..b'")]);
  });

  it('reads a TTL above 2^31 - 1 as 0 with a warning, as BIND does', () => {
    const file = join(dir, 'ttl.zone');
    writeFileSync(file, HEADER + 'big 2147483648 A 192.0.2.1\n');
    const zone = readZone(file, { origin: ORIGIN, root: dir });
    expect(zone.records.find((r) => r.owner === 'big.example.')?.ttl).toBe(0);
    expect(zone.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['syntax/ttl-above-max', 'warning']]);
  });
});
