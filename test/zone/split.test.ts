/**
 * Reading one large file with two threads (src/zone/split.ts) must give exactly what reading it
 * in order gives: the same records with the same positions, diagnostics and comments, whether
 * the second thread's part is used or the first thread reads on alone. The split is forced on
 * small files (MXLINT_SPLIT_BYTES=0) and the worker is bundled from the sources, as dist/ bundles it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Zone } from '../../src/model/zone.ts';
import { readZone } from '../../src/zone/reader.ts';
import { useReadWorker } from '../../src/zone/split.ts';
import { generateZone } from '../gen-zone.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'mxlint-split-'));

beforeAll(async () => {
  const worker = join(dir, 'split-worker.mjs');
  await build({ entryPoints: [join(root, 'src/zone/split-worker.ts')], bundle: true, platform: 'node', format: 'esm', outfile: worker, logLevel: 'warning' });
  useReadWorker(pathToFileURL(worker));
});

const saved = { bytes: process.env.MXLINT_SPLIT_BYTES, debug: process.env.MXLINT_DEBUG };
afterEach(() => {
  for (const [key, value] of [['MXLINT_SPLIT_BYTES', saved.bytes], ['MXLINT_DEBUG', saved.debug]] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

/** Everything a rule or a report can see of a zone, positions included. */
function snapshot(zone: Zone) {
  return {
    origin: zone.origin,
    records: zone.records.map((r) => [r.owner, r.ttl, r.type, r.origin, r.rdataText, r.start, r.end, r.ownerStart, r.ownerEnd, r.ttlStart, r.typeStart, r.fields.map((f) => [f.span.start, f.span.end, f.quoted])]),
    diagnostics: zone.diagnostics.map((d) => [d.ruleId, d.severity, d.message, d.span.source.path, d.span.start, d.span.end]),
    comments: zone.comments.map((c) => [c.start, c.end, c.text]),
  };
}

/** Reads `file` in order and split; returns both and what the split reported. */
function readBoth(file: string) {
  process.env.MXLINT_DEBUG = 'split';
  process.env.MXLINT_SPLIT_BYTES = 'off';
  const alone = readZone(file, { root: dir, displayPath: () => 'zone' });
  process.env.MXLINT_SPLIT_BYTES = '0';
  const lines: string[] = [];
  const write = process.stderr.write;
  process.stderr.write = ((chunk: string) => {
    lines.push(chunk);
    return true;
  }) as typeof process.stderr.write;
  try {
    const split = readZone(file, { root: dir, displayPath: () => 'zone' });
    return { alone: snapshot(alone), split: snapshot(split), trace: lines.join('') };
  } finally {
    process.stderr.write = write;
  }
}

function zoneFile(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

const HEAD = `$ORIGIN example.test.
$TTL 300
@ IN SOA ns1 hostmaster ( 1 7200 3600
  1209600 300 ) ; a comment inside
@ IN NS ns1
ns1 IN A 192.0.2.1
`;

/** Records that make the middle of a file hard to split at: parentheses over lines, blank owners, errors. */
function trickyZone(padding: number): string {
  const lines = [`; ${'x'.repeat(padding)}`, HEAD.trimEnd()];
  for (let i = 0; i < 12; i++) lines.push(`host${i} IN A 192.0.2.${i + 10}`, `  IN AAAA 2001:db8::${i + 10}`);
  lines.push('$ORIGIN sub.example.test.', 'bad IN A 300.1.1.1 ; an error before the middle');
  for (let i = 0; i < 6; i++) {
    // The continuation lines start at column 0 with what looks like an owner name.
    lines.push(`mx${i} IN MX ( 10`, `mail${i}.example.test. )`, `dkim${i}._domainkey IN TXT ( "v=DKIM1; k=rsa; "`, `p=abc${i} ) ; continued`, `  IN TXT "v=spf1 -all"`);
  }
  lines.push('$TTL 600', 'worse IN MX 10', 'later 1h IN A 192.0.2.99', '  IN TXT "a;b" ; comment');
  for (let i = 0; i < 12; i++) lines.push(`tail${i} IN CNAME host${i}.example.test.`);
  return lines.join('\n') + '\n';
}

describe('reading a file with two threads', () => {
  it('gives the same records, positions, diagnostics and comments wherever the middle falls', () => {
    const outcomes = new Set<string>();
    for (let padding = 0; padding < 700; padding += 23) {
      const { alone, split, trace } = readBoth(zoneFile(`tricky-${padding}.zone`, trickyZone(padding)));
      expect(split).toEqual(alone);
      expect(trace).toMatch(/^mxlint: zone: read (by two threads|on by one thread)/);
      outcomes.add(trace.includes('two threads') ? 'two' : trace.includes('did not end there') ? 'crossed' : 'other');
    }
    // The sweep must exercise both the worker's part being used and being refused (a parenthesis open across the middle).
    expect([...outcomes].sort()).toEqual(['crossed', 'two']);
    expect(readBoth(zoneFile('t.zone', trickyZone(0))).alone.diagnostics.map((d) => d[0])).toEqual(['syntax/bad-ipv4', 'syntax/missing-field']);
  });

  it('equals reading in order on any mix of valid lines and zone-shaped noise', () => {
    const valid = ['www IN A 192.0.2.1', '  IN AAAA 2001:db8::1', 'mail 300 IN MX 10 mx.example.net.', '@ IN TXT "v=spf1 -all" ; spf', 'x IN TXT ( "a"', '"b" )', '$ORIGIN sub.example.test.', '$TTL 1h', '; comment', ''];
    const noise = ['(', ')', '"', '\\', ';', '$INCLUDE part.inc', '$GENERATE 1-2 g$ A 192.0.2.$', 'bad IN A 1.2.3', '\t', 'TXT', 'IN', '@', '"q"', '$ORIGIN rel', '$TTL x', '\\;', '\r', 'ttl-less A 192.0.2.9', '$ORIGIN .', '( ; open\n'];
    const line = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...valid) }, { weight: 1, arbitrary: fc.array(fc.constantFrom(...noise, ...valid), { maxLength: 4 }).map((p) => p.join(' ')) });
    const zone = fc.array(line, { minLength: 10, maxLength: 120 }).map((lines) => `${HEAD}${lines.join('\n')}\n`);
    zoneFile('part.inc', 'included IN A 192.0.2.7\n');
    const outcomes = new Set<string>();
    fc.assert(
      fc.property(zone, (text) => {
        const { alone, split, trace } = readBoth(zoneFile('prop.zone', text));
        expect(split).toEqual(alone);
        outcomes.add(trace.includes('two threads') ? 'two' : 'one');
      }),
      { numRuns: 80 },
    );
    expect(outcomes).toContain('two');
  });

  it('reads a generated zone in two parts, equal to reading it in order', () => {
    const { alone, split, trace } = readBoth(zoneFile('gen.zone', generateZone(20000)));
    expect(trace).toMatch(/read by two threads/);
    expect(alone.records).toHaveLength(20000);
    expect(split).toEqual(alone);
  });

  it('reads on alone when the second part holds $GENERATE or $INCLUDE', () => {
    zoneFile('part.inc', 'included IN A 192.0.2.7\n');
    const filler = Array.from({ length: 40 }, (_, i) => `h${i} IN A 192.0.2.${i}`).join('\n');
    for (const directive of ['$GENERATE 1-3 gen$ A 192.0.2.$', '$INCLUDE part.inc']) {
      const { alone, split, trace } = readBoth(zoneFile('late.zone', `${HEAD}${filler}\n${filler.replace(/h/g, 'k')}\n${directive}\nlast IN A 192.0.2.200\n`));
      expect(trace).toMatch(/read on by one thread .*needs the whole file in order/);
      expect(split).toEqual(alone);
    }
  });

  it('reads alone when the directives before the middle do not tell the state there', () => {
    zoneFile('part.inc', 'included IN A 192.0.2.7\n');
    const filler = Array.from({ length: 40 }, (_, i) => `h${i} IN A 192.0.2.${i}`).join('\n');
    const cases = [`${HEAD}$INCLUDE part.inc\n${filler}\n`, `$ORIGIN example.test.\n@ 300 IN SOA ns1 hostmaster 1 2 3 4 5\n${filler.replace(/ IN/g, ' 60 IN')}\n`];
    for (const text of cases) {
      const { alone, split, trace } = readBoth(zoneFile('early.zone', text));
      expect(trace).toMatch(/read by one thread \(the directives before octet \d+ do not tell the state there\)/);
      expect(split).toEqual(alone);
    }
  });

  it('splits the bundled CLI run the same way, with identical findings', () => {
    const file = join(root, 'examples', 'zones', 'example.com.zone');
    const run = (bytes: string) =>
      spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), '--format', 'json', file], { encoding: 'utf8', env: { ...process.env, MXLINT_SPLIT_BYTES: bytes, MXLINT_DEBUG: 'split' } });
    const alone = run('off');
    const split = run('0');
    expect(split.stderr).toMatch(/example\.com\.zone: read by two threads/);
    expect(alone.stderr).toBe('');
    expect(split.stdout).toBe(alone.stdout);
    expect(JSON.parse(split.stdout)[0].messages.length).toBeGreaterThan(5);
  });
});
