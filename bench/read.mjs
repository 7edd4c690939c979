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
// TOOLS=read,named (say) times only those; all by default.
const tools = process.env.TOOLS ? new Set(process.env.TOOLS.split(',')) : undefined;
const wanted = (tool) => !tools || tools.has(tool);
mkdirSync(work, { recursive: true });

// The reader alone, bundled as dist/ bundles it, so "read" excludes rules and reporting. Every record object is made, as the rules get them.
const readerEntry = join(work, 'read-only.ts');
writeFileSync(
  readerEntry,
  `import { readZone } from '../../src/zone/reader.ts';
const zone = readZone(process.argv[2], { origin: 'example.test.', root: '/' });
if (zone.diagnostics.some((d) => d.severity === 'error')) { console.error('unexpected errors'); process.exit(1); }
console.log(zone.records.length);
`,
);
const bundle = { bundle: true, platform: 'node', format: 'esm', logLevel: 'warning' };
await build({ ...bundle, entryPoints: [readerEntry], outfile: join(work, 'read-only.mjs') });

function sample(cmd, args, env) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, ...env } });
  const line = r.stderr.trim().split('\n').pop();
  const [seconds, kb] = line.split(' ').map(Number);
  if (!Number.isFinite(seconds)) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  return { seconds, mb: kb / 1024 };
}

/** Median of RUNS runs of each command; the commands take turns, so that a slower spell of the machine falls on all of them. */
function measureAll(commands) {
  const samples = Object.fromEntries(Object.keys(commands).map((tool) => [tool, []]));
  for (let i = 0; i < runs; i++) {
    for (const [tool, [cmd, args, env]] of Object.entries(commands)) samples[tool].push(sample(cmd, args, env));
  }
  return Object.fromEntries(
    Object.entries(samples).map(([tool, list]) => {
      list.sort((a, b) => a.seconds - b.seconds);
      return [tool, list[Math.floor(list.length / 2)]];
    }),
  );
}

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const rows = [];
const results = {};
for (const n of sizes) {
  const zone = join(work, `gen-${n}.zone`);
  if (!existsSync(zone)) writeFileSync(zone, execFileSync(process.execPath, [generator, String(n)], { maxBuffer: 1 << 30 }));
  const commands = {};
  if (wanted('read')) commands.read = [process.execPath, [join(work, 'read-only.mjs'), zone]];
  if (wanted('lint')) commands.lint = [process.execPath, [join(root, 'dist', 'cli.js'), '--format', 'json', '-o', '/dev/null', zone]];
  if (wanted('named') && has('named-checkzone')) commands.named = ['unshare', ['-n', 'named-checkzone', '-q', '-i', 'full', 'example.test', zone]];
  if (wanted('knot') && has('kzonecheck')) commands.knot = ['kzonecheck', ['-o', 'example.test', zone]];
  const r = measureAll(commands);
  results[n] = r;
  for (const [tool, m] of Object.entries(r)) rows.push([n, tool, m.seconds.toFixed(2), m.mb.toFixed(0), r.named ? (r.named.seconds / m.seconds).toFixed(2) : '-']);
}
console.log('records  tool   seconds  peak MB  named-checkzone/tool');
for (const row of rows) console.log(`${String(row[0]).padStart(7)}  ${row[1].padEnd(5)}  ${row[2].padStart(7)}  ${row[3].padStart(7)}  ${row[4].padStart(6)}`);
if (sizes.includes(100000) && sizes.includes(1000000)) {
  for (const tool of Object.keys(results[1000000])) {
    if (results[100000][tool]) console.log(`growth 100k → 1M (${tool}): ${(results[1000000][tool].seconds / results[100000][tool].seconds).toFixed(1)}×`);
  }
}
