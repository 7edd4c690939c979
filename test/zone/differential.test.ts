/**
 * Differential fuzzing against BIND: grammar-generated zone text (names from every printable
 * ASCII character and 8-bit octets, escapes, wrapped base64/hex/base32 fields, each type's edge
 * forms, directives, parentheses, comments) goes to mxlint's reader and to `named-compilezone`
 * with every semantic check off. They must agree on accept/reject (mxlint rejects = a `syntax/`
 * error), and when both accept, on the records in wire form (BIND's raw output is parsed, so
 * BIND's records never pass through mxlint's reader).
 *
 * Every distinct disagreement (generator kind + verdict) must be listed in
 * differential-deviations.json with its reason; the test asserts that list exactly.
 * `npm test` runs 1000 cases of seed 11 (one named-compilezone process each, three at a time) and
 * asserts the declared list exactly; a longer local run with another seed asserts only that every
 * disagreement it meets is declared:
 *   MXLINT_FUZZ_CASES=5000 MXLINT_FUZZ_SEED=7 npx vitest run test/zone/differential.test.ts
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { disagreement, viaBind, viaMxlint } from './bind-oracle.ts';
import deviationList from './differential-deviations.json' with { type: 'json' };

const DEFAULT_CASES = 1000;
const DEFAULT_SEED = 11;
const CASES = Number(process.env.MXLINT_FUZZ_CASES ?? DEFAULT_CASES);
const SEED = Number(process.env.MXLINT_FUZZ_SEED ?? DEFAULT_SEED);
const PARALLEL = 3;
const ORIGIN = 'example.';
const HEADER = '$TTL 300\n@ SOA ns.example. host.example. 1 2 3 4 5\n@ NS ns.example.\nns A 192.0.2.53\n';
/** The file `$INCLUDE` cases name. */
const INCLUDED = 'inc A 192.0.2.7\n';

const deviations: { case: string; reason: string }[] = deviationList;
const dir = mkdtempSync(join(tmpdir(), 'mxlint-diff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// ---- the grammar ----

const ch = (lo: number, hi: number) => fc.integer({ min: lo, max: hi }).map((c) => String.fromCharCode(c));
const printable = ch(0x21, 0x7e);
const plainChar = fc.constantFrom(...'abcmxyz0129-_*'.split(''));
const escape = fc.oneof(printable.map((c) => '\\' + c), fc.integer({ min: 0, max: 299 }).map((n) => '\\' + String(n).padStart(3, '0')));
/** UTF-8 text as its octets (the file is written one char = one octet). */
const utf8 = fc.constantFrom('ü', 'é', '東', 'ß').map((s) => Buffer.from(s, 'utf8').toString('latin1'));
const labelChar = fc.oneof(
  { weight: 8, arbitrary: plainChar },
  { weight: 4, arbitrary: printable },
  { weight: 1, arbitrary: ch(0x80, 0xff) },
  { weight: 1, arbitrary: utf8 },
  { weight: 2, arbitrary: escape },
);
const label = fc.oneof(
  { weight: 30, arbitrary: fc.array(labelChar, { minLength: 1, maxLength: 5 }).map((a) => a.join('')) },
  { weight: 1, arbitrary: fc.integer({ min: 62, max: 64 }).map((n) => 'l'.repeat(n)) },
);
const name = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom('@', '.', '::1', '::1.', '2001:db8::25', 'a..b', '.a', 'a.\\.', '*', '*.w', 'a@b', '$x', '\\$x', '\\@') },
  { weight: 6, arbitrary: fc.tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.constantFrom('', '', '.example.', '.')).map(([ls, tail]) => ls.join('.') + tail) },
);

/** Text split into tokens at random points (signers and `dig` wrap long fields). */
function split(text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(text, fc.array(fc.nat(), { maxLength: 3 })).map(([t, cuts]) => {
    const at = [...new Set(cuts.map((c) => c % (t.length + 1)))].sort((a, b) => a - b);
    const parts: string[] = [];
    let from = 0;
    for (const c of at) {
      parts.push(t.slice(from, c));
      from = c;
    }
    parts.push(t.slice(from));
    return parts.filter((p) => p !== '').join(' ');
  });
}

const bytes = (max: number, min = 1) => fc.uint8Array({ minLength: min, maxLength: max }).map((b) => Buffer.from(b));
const base64 = split(fc.oneof({ weight: 6, arbitrary: bytes(40).map((b) => b.toString('base64')) }, { weight: 1, arbitrary: bytes(20).map((b) => b.toString('base64').replace(/=+$/, '')) }, { weight: 1, arbitrary: fc.constantFrom('AB=C', 'A===', '====', 'AAAA=', '-') }));
const hex = split(fc.oneof({ weight: 6, arbitrary: bytes(40).map((b) => b.toString('hex')) }, { weight: 1, arbitrary: fc.constantFrom('abc', 'g0', '0x12', '-', 'AbCd') }));
const B32 = '0123456789abcdefghijklmnopqrstuv';
function base32hex(b: Buffer): string {
  let out = '';
  let acc = 0;
  let bits = 0;
  for (const c of b) {
    acc = (acc << 8) | c;
    bits += 8;
    while (bits >= 5) out += B32[(acc >> (bits -= 5)) & 31];
  }
  if (bits > 0) out += B32[(acc << (5 - bits)) & 31];
  return out;
}
const base32 = fc.tuple(bytes(25), fc.constantFrom('none', 'none', 'pad', 'upper')).map(([b, form]) => {
  const t = base32hex(b);
  if (form === 'pad') return t.padEnd(Math.ceil(t.length / 8) * 8, '=');
  return form === 'upper' ? t.toUpperCase() : t;
});
const salt = fc.oneof(fc.constant('-'), bytes(8).map((b) => b.toString('hex')), fc.constantFrom('abc', ''));
const types = fc.array(fc.constantFrom('A', 'NS', 'RRSIG', 'TYPE1234', 'NSEC3PARAM', 'ANY', 'TYPE0', 'OPT', 'dnskey', 'BOGUS'), { maxLength: 3 }).map((t) => t.join(' '));
const num = (max: number) => fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 0, max }) }, { weight: 1, arbitrary: fc.constant(max + 1) }).map(String);
const hexGroups = fc.constantFrom('0:1:2:3', '0000:0000:0000:0001', 'ffff:ffff:ffff:ffff', '00:1:2:3', '0:1:2', '0:1:2:3:4', '0001000200030004', 'g:1:2:3', '12345:1:2:3');
const quoted = fc.array(fc.oneof(printable.filter((c) => c !== '"' && c !== '\\'), escape, ch(0x80, 0xff), fc.constant(' ')), { maxLength: 6 }).map((a) => `"${a.join('')}"`);
const txt = fc.array(fc.oneof(quoted, fc.array(labelChar, { minLength: 1, maxLength: 4 }).map((a) => a.join('').replace(/^;/, 'x'))), { minLength: 1, maxLength: 3 }).map((a) => a.join(' '));
const generic = fc.tuple(fc.integer({ min: 0, max: 6 }), bytes(5, 0), fc.constantFrom('', '', ' ff', ' x')).map(([n, b, extra]) => `\\# ${n} ${b.toString('hex')}${extra}`.trimEnd());

/** Per type: its rdata in ordinary and edge forms. */
const RDATA: Record<string, fc.Arbitrary<string>> = {
  A: fc.constantFrom('192.0.2.1', '1.2.3', '01.2.3.4', '256.1.1.1', '1.2.3.4.5', '0x1.2.3.4'),
  AAAA: fc.constantFrom('::1', '2001:db8::1', '::ffff:192.0.2.1', '1::2::3', '2001:db8:0:0:0:0:0:1:2', '2001:DB8::A'),
  NS: name,
  PTR: name,
  MX: fc.tuple(num(65535), name).map((a) => a.join(' ')),
  KX: fc.tuple(num(65535), name).map((a) => a.join(' ')),
  TXT: txt,
  DNSKEY: fc.tuple(num(65535), fc.constantFrom('3', '3', '2'), fc.constantFrom('8', 'RSASHA256', '13', '300'), base64).map((a) => a.join(' ')),
  CDNSKEY: fc.tuple(fc.constantFrom('257 3 13', '0 3 0'), base64).map((a) => a.join(' ')),
  DS: fc.tuple(num(65535), fc.constantFrom('8', '13'), fc.constantFrom('1', '2', '4'), hex).map((a) => a.join(' ')),
  CDS: fc.tuple(fc.constantFrom('0 0 0', '1 8 2'), hex).map((a) => a.join(' ')),
  TLSA: fc.tuple(fc.constantFrom('3 1 1', '2 0 0', '3 1 256'), hex).map((a) => a.join(' ')),
  SSHFP: fc.tuple(fc.constantFrom('1 1', '4 2'), hex).map((a) => a.join(' ')),
  OPENPGPKEY: base64,
  DHCID: base64,
  RRSIG: fc.tuple(fc.constantFrom('A 8 2 300', 'NSEC3 13 1 60', 'TYPE65534 8 2 300'), fc.constantFrom('20250101000000 20240101000000', '1700000000 1600000000', '20251301000000 20240101000000'), num(65535), name, base64).map((a) => a.join(' ')),
  NSEC: fc.tuple(name, types).map((a) => a.join(' ')),
  NSEC3: fc.tuple(fc.constantFrom('1 0 0', '1 1 10', '1 0 65536'), salt, base32, types).map((a) => a.join(' ')),
  NSEC3PARAM: fc.tuple(fc.constantFrom('1 0 0', '1 0 10'), salt).map((a) => a.join(' ')),
  ZONEMD: fc.tuple(fc.constantFrom('1 1 1', '1 1 2'), hex).map((a) => a.join(' ')),
  NID: fc.tuple(num(65535), hexGroups).map((a) => a.join(' ')),
  L64: fc.tuple(num(65535), hexGroups).map((a) => a.join(' ')),
  L32: fc.tuple(num(65535), fc.constantFrom('10.1.2.0', '1.2.3', '::1')).map((a) => a.join(' ')),
  LP: fc.tuple(num(65535), name).map((a) => a.join(' ')),
  EUI48: fc.constantFrom('00-00-5e-00-53-2a', '00-00-5E-00-53-2A', '00:00:5e:00:53:2a', '00005e00532a', '00-00-5e-00-53', '0-0-5e-0-53-2a'),
  EUI64: fc.constantFrom('00-00-5e-ef-10-00-00-2a', '00-00-5e-ef-10-00-00', '00:00:5e:ef:10:00:00:2a', '00-00-5e-ef-10-00-00-2a-00'),
  NSAP: fc.constantFrom('0x47.0005.80.005a00.0000.0001.e133.ffffff.000161.00', '0x47000580005a0000000001e133ffffff00016100', '0x', '0x4', '0x475', '47.0005', '0X47', '0x47..05', '0x.47'),
  CAA: fc.tuple(fc.constantFrom('0', '128', '256'), fc.constantFrom('issue', 'iodef', 'Issue', 'a-b', '""'), quoted).map((a) => a.join(' ')),
  SRV: fc.tuple(num(65535), num(65535), num(65535), name).map((a) => a.join(' ')),
  HINFO: fc.tuple(txt, fc.constantFrom('', ' "x"')).map((a) => a.join('')),
  LOC: fc.constantFrom('52 22 23.000 N 4 53 32.000 E -2.00m 0.00m 10000m 10m', '52 N 4 E 0m', '91 N 4 E 0m', '52 22 60 N 4 E 0m'),
  APL: fc.constantFrom('1:192.0.2.0/24 !2:2001:db8::/32', '1:192.0.2.0/33', '3:1/1', ''),
  URI: fc.tuple(num(65535), num(65535), quoted).map((a) => a.join(' ')),
  DSYNC: fc.constantFrom('CDS 1 5359 ns.example.', 'CDS NOTIFY 5359 ns.example.', 'CDS 1 65536 ns.example.'),
  CERT: fc.tuple(fc.constantFrom('1 0 0', 'PKIX 1 8', 'URI 0 0'), base64).map((a) => a.join(' ')),
  IPSECKEY: fc.tuple(fc.constantFrom('10 0 2 .', '10 1 2 192.0.2.1', '10 3 2 gw.example.', '10 0 0 .'), fc.constantFrom('', ' AQNRU3mG')).map((a) => a.join('')),
  WALLET: txt,
  RESINFO: txt,
};
/** Types read through `\#` only (or rejected): new, obsolete and meta types. */
const OTHER_TYPES = ['BRID', 'HHIT', 'NXNAME', 'ANY', 'TKEY', 'TSIG', 'OPT', 'IXFR', 'AXFR', 'MAILA', 'MAILB', 'MD', 'MF', 'NULL', 'WKS', 'A6', 'NXT', 'SIG', 'GPOS', 'TYPE65534', 'TYPE0', 'TYPE65536', 'CLA', 'IPN', 'SINK', 'HIP', 'ATMA', 'ISDN', 'X25', 'RP', 'AFSDB', 'MINFO', 'PX', 'RT', 'MB', 'MG', 'MR', 'AMTRELAY', 'CSYNC', 'SVCB', 'NIMLOC', 'EID', 'NINFO', 'RKEY', 'TALINK', 'UINFO', 'UID', 'GID', 'UNSPEC', 'DOA', 'AVC', 'TA', 'DLV', 'SPF', 'KEY', 'NAPTR', 'SMIMEA', 'DNAME', 'ALIAS'];

interface Case {
  kind: string;
  text: string;
}

/** Wraps the rdata in parentheses over several lines, with comments, as signers write it. */
const wrap = fc.constantFrom('none', 'none', 'paren', 'comment');
function layout(rdata: string, how: string): string {
  if (how === 'paren') return `( ${rdata.split(' ').join('\n\t')} )`;
  if (how === 'comment') return `( ${rdata} ; wrapped\n )`;
  return rdata;
}

const ttlClass = fc.constantFrom('', '', '', '3600 ', 'IN ', '1h IN ', 'IN 60 ', 'CLASS1 ', 'CH ', '4294967296 ', '1w2d ');
const ownerOf = fc.oneof({ weight: 3, arbitrary: fc.constantFrom('r', 'r.sub', '@') }, { weight: 1, arbitrary: name });

const record: fc.Arbitrary<Case> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...Object.keys(RDATA)).chain((type) => fc.tuple(ownerOf, ttlClass, RDATA[type], wrap).map(([owner, tc, data, how]) => ({ kind: type, text: `${owner} ${tc}${type} ${layout(data, how)}` }))) },
  { weight: 3, arbitrary: fc.tuple(name, ttlClass).map(([owner, tc]) => ({ kind: 'owner name', text: `${owner} ${tc}A 192.0.2.1` })) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...Object.keys(RDATA), ...OTHER_TYPES), generic).map(([type, data]) => ({ kind: `${type} generic`, text: `r ${type} ${data}` })) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...OTHER_TYPES), fc.constantFrom('', 'x', '0', 'ns.example.', '\\# 0')).map(([type, data]) => ({ kind: `${type} type`, text: `r ${type} ${data}` })) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom('1-3', '0-0', '3-1', '1-3/0', '1-3/2', '0-65536', '0-65535/65535', 'a-b', '1-4294967296', '-1-2', '1', '1-3/'), fc.constantFrom('g$', 'g${0,3,x}', 'g${1,2,n}', 'g${-1}', '$.sub', 'g${0,1,q}', 'g\\$'), fc.constantFrom('', '60 ', 'IN '), fc.constantFrom('A 192.0.2.$', 'TXT "$"', 'PTR h$', 'ANY 1', 'AXFR 1', 'OPT 1', 'TSIG x', 'MD h$', 'DNAME d$', 'NS n$', 'AAAA ::$', 'MX 10 m$', 'TYPE65534 \\# 1 0$'))
      .map(([range, lhs, tc, rest]) => ({ kind: '$GENERATE', text: `$GENERATE ${range} ${lhs} ${tc}${rest}` })),
  },
  { weight: 1, arbitrary: fc.constantFrom('sub', 'sub.example.', 'a..b', '@', 'x\\.y', '::1', '"quoted"').map((o) => ({ kind: '$INCLUDE', text: `$INCLUDE inc.db ${o}` })) },
  { weight: 1, arbitrary: fc.constantFrom('sub', 'sub.example.', 'a..b', '@', '::1').map((o) => ({ kind: '$ORIGIN', text: `$ORIGIN ${o}\nr A 192.0.2.1\n$ORIGIN example.` })) },
  { weight: 1, arbitrary: fc.constantFrom('0', '1h', '2147483648', '4294967296', '1x', '-1', '1h30m', '1H').map((t) => ({ kind: '$TTL', text: `$TTL ${t}\nr A 192.0.2.1` })) },
  { weight: 1, arbitrary: fc.constantFrom('$FOO x', '$INCLUDE', '$ORIGIN', '$TTL', 'r A ( 192.0.2.1', 'r A 192.0.2.1 )', 'r A ( ( 192.0.2.1 ) )', 'r TXT "a', 'r ; only a comment', 'r 300', 'r IN', ' A 192.0.2.1').map((text) => ({ kind: 'structure', text })) },
);

describe('differential fuzzing against named-compilezone', () => {
  it(`agrees with BIND on ${CASES} generated zones (seed ${SEED}) apart from the declared deviations`, async () => {
    const cases = fc.sample(record, { seed: SEED, numRuns: CASES });
    writeFileSync(join(dir, 'inc.db'), INCLUDED);
    const found = new Map<string, string>();
    let next = 0;
    const worker = async () => {
      for (let n = next++; n < cases.length; n = next++) {
        const file = join(dir, `c${n}.zone`);
        writeFileSync(file, Buffer.from(HEADER + cases[n].text + '\n', 'latin1'));
        const problem = disagreement(viaMxlint(file, ORIGIN), await viaBind(file, ORIGIN));
        const key = `${cases[n].kind}: ${problem}`;
        if (problem && !found.has(key)) found.set(key, cases[n].text);
        rmSync(file);
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    const declared = new Set(deviations.map((d) => d.case));
    const undeclared = [...found].filter(([k]) => !declared.has(k)).map(([k, text]) => `${k}\n    ${JSON.stringify(text)}`);
    expect(undeclared, 'disagreements not in differential-deviations.json').toEqual([]);
    if (CASES === DEFAULT_CASES && SEED === DEFAULT_SEED) expect([...found.keys()].sort()).toEqual([...declared].sort());
    // A BIND process per case: the budget grows with the case count (a loaded 2-core machine does some 10 a second).
  }, Math.max(300_000, CASES * 400));
});
