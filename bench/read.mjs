#!/usr/bin/env node
// Times mxlint reading and linting generated zones beside named-checkzone and kzonecheck.
// Usage: node bench/read.mjs [sizes...]   (default: 100000 1000000)
// Needs: /usr/bin/time (Debian `time`), named-checkzone (bind9-utils), kzonecheck
// (knot-dnssecutils), unshare (util-linux). See bench/README.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = join(root, 'bench', '.work');
const generator = join(root, '..', 'shared', 'bench', 'gen-zone.mjs');
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
if (sizes.length === 0) sizes.push(100000, 1000000);
const runs = Number(process.env.RUNS ?? 3);
mkdirSync(work, { recursive: true });

// The reader alone, bundled as dist/ bundles it, so "read" excludes rules and reporting.
const readerEntry = join(work, 'read-only.ts');
writeFileSync(
  readerEntry,
  `import { readZone } from '../../src/zone/reader.ts';
const zone = readZone(process.argv[2], { origin: 'example.test.', root: '/' });
if (zone.diagnostics.some((d) => d.severity === 'error')) { console.error('unexpected errors'); process.exit(1); }
console.log(zone.records.length);
`,
);
await build({ entryPoints: [readerEntry], bundle: true, platform: 'node', format: 'esm', outfile: join(work, 'read-only.mjs'), logLevel: 'warning' });

function measure(cmd, args) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync('/usr/bin/time', ['-f', '%e %M', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
    const line = r.stderr.trim().split('\n').pop();
    const [seconds, kb] = line.split(' ').map(Number);
    if (!Number.isFinite(seconds)) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
    samples.push({ seconds, mb: kb / 1024 });
  }
  samples.sort((a, b) => a.seconds - b.seconds);
  return samples[Math.floor(samples.length / 2)];
}

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const rows = [];
const results = {};
for (const n of sizes) {
  const zone = join(work, `gen-${n}.zone`);
  if (!existsSync(zone)) writeFileSync(zone, execFileSync(process.execPath, [generator, String(n)], { maxBuffer: 1 << 30 }));
  const r = {};
  r.read = measure(process.execPath, [join(work, 'read-only.mjs'), zone]);
  r.lint = measure(process.execPath, [join(root, 'dist', 'cli.js'), '--format', 'json', '-o', '/dev/null', zone]);
  if (has('named-checkzone')) r.named = measure('unshare', ['-n', 'named-checkzone', '-q', '-i', 'full', 'example.test', zone]);
  if (has('kzonecheck')) r.knot = measure('kzonecheck', ['-o', 'example.test', zone]);
  results[n] = r;
  for (const [tool, m] of Object.entries(r)) rows.push([n, tool, m.seconds.toFixed(2), m.mb.toFixed(0), r.named ? (r.named.seconds / m.seconds).toFixed(2) : '-']);
}
console.log('records  tool   seconds  peak MB  named-checkzone/tool');
for (const row of rows) console.log(`${String(row[0]).padStart(7)}  ${row[1].padEnd(5)}  ${row[2].padStart(7)}  ${row[3].padStart(7)}  ${row[4].padStart(6)}`);
if (sizes.includes(100000) && sizes.includes(1000000)) {
  console.log(`growth 100k → 1M (read): ${(results[1000000].read.seconds / results[100000].read.seconds).toFixed(1)}×; (lint): ${(results[1000000].lint.seconds / results[100000].lint.seconds).toFixed(1)}×`);
}
