#!/usr/bin/env node
// Times mxlint's default lint beside its peer on the four shapes of the speed floors (issue #14):
//   200k   one generated zone of 200,000 records   vs `named-checkzone -i full`
//   1m     one generated zone of 1,000,000 records vs `named-checkzone -i full`
//   repo   2,000 generated zones of 42 records     vs `named-checkconf -z` over the same zones
//   small  one generated zone of 200 records       vs `node -e 0`
// Usage: RUNS=5 node bench/lint.mjs [200k] [1m] [repo] [small]   (default: 200k repo small)
// MXLINT=path/to/cli.js times another build (a checkout of main, say) in the same turns.
// Needs /usr/bin/time (Debian `time`), bind9-utils, util-linux (unshare). See bench/README.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = join(root, 'bench', '.work');
const generator = join(root, '..', 'shared', 'bench', 'gen-zone.mjs');
const shapes = process.argv.slice(2);
if (shapes.length === 0) shapes.push('200k', 'repo', 'small');
const runs = Number(process.env.RUNS ?? 5);
const cli = join(root, 'dist', 'cli.js');
const other = process.env.MXLINT;
mkdirSync(work, { recursive: true });

const generate = (n, seed = 1) => execFileSync(process.execPath, [generator, String(n), '--seed', String(seed)], { maxBuffer: 1 << 30 });

function zoneOf(n) {
  const file = join(work, `gen-${n}.zone`);
  if (!existsSync(file)) writeFileSync(file, generate(n));
  return file;
}

/** 2,000 zones z0.test … z1999.test of 42 records each (seeds differ), and a named.conf listing them. */
function repo() {
  const dir = join(work, 'repo-2000');
  const conf = join(dir, 'named.conf');
  if (existsSync(conf)) return { dir, conf };
  mkdirSync(join(dir, 'zones'), { recursive: true });
  let text = '';
  for (let i = 0; i < 2000; i++) {
    const name = `z${i}.test`;
    writeFileSync(join(dir, 'zones', `${name}.zone`), generate(42, i + 1).toString('latin1').replaceAll('example.test', name));
    text += `zone "${name}" { type primary; file "${join(dir, 'zones', `${name}.zone`)}"; };\n`;
  }
  writeFileSync(conf, text);
  return { dir, conf };
}

function sample(cmd, args) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const line = r.stderr.trim().split('\n').pop();
  const [seconds, user, system, kb] = line.split(' ').map(Number);
  // Exit 2 is a usage or internal error (a lint finds problems with 1): a time of a failed run means nothing.
  if (!Number.isFinite(seconds) || r.status > 1) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status}): ${r.stderr}`);
  return { seconds, cpu: user + system, mb: kb / 1024 };
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

/** Median of RUNS runs of each command, the commands taking turns so a slow spell of the shared machine falls on all alike. */
function measure(commands) {
  const samples = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) for (const [k, [cmd, args]] of Object.entries(commands)) samples[k].push(sample(cmd, args));
  return Object.fromEntries(Object.entries(samples).map(([k, l]) => [k, { seconds: median(l.map((s) => s.seconds)), cpu: median(l.map((s) => s.cpu)), mb: median(l.map((s) => s.mb)) }]));
}

const lint = (path) => ['--format', 'json', '-o', '/dev/null', path];
// Wall time is the floors' measure; CPU time (user + system) is printed beside it because on a
// shared machine wall time follows the load, and CPU time much less.
console.log(`shape  command   wall s (median)  CPU s (median)  peak MB   (RUNS=${runs}, interleaved, load ${loadavg()[0].toFixed(1)})`);
for (const shape of shapes) {
  const commands = {};
  let target;
  if (shape === '200k' || shape === '1m') {
    target = zoneOf(shape === '1m' ? 1000000 : 200000);
    commands.peer = ['unshare', ['-n', 'named-checkzone', '-q', '-i', 'full', 'example.test', target]];
  } else if (shape === 'repo') {
    const r = repo();
    target = join(r.dir, 'zones');
    commands.peer = ['named-checkconf', ['-z', r.conf]];
  } else if (shape === 'small') {
    target = zoneOf(200);
    commands.peer = [process.execPath, ['-e', '0']];
  } else throw new Error(`unknown shape ${shape}`);
  commands.mxlint = [process.execPath, [cli, ...lint(target)]];
  if (other) commands.other = [process.execPath, [other, ...lint(target)]];
  const r = measure(commands);
  for (const [k, m] of Object.entries(r)) console.log(`${shape.padEnd(5)}  ${k.padEnd(8)}  ${m.seconds.toFixed(2).padStart(15)}  ${m.cpu.toFixed(2).padStart(14)}  ${m.mb.toFixed(0).padStart(7)}`);
  const ratio = (m) => (shape === 'small' ? `${((m.mxlint.seconds - m.peer.seconds) * 1000).toFixed(0)} ms over node -e 0` : `${(m.mxlint.seconds / m.peer.seconds).toFixed(2)}× the peer`);
  const cpuRatio = shape === 'small' ? `${((r.mxlint.cpu - r.peer.cpu) * 1000).toFixed(0)} ms` : `${(r.mxlint.cpu / r.peer.cpu).toFixed(2)}×`;
  console.log(`${shape.padEnd(5)}  mxlint: wall ${ratio(r)}, CPU ${cpuRatio}${other ? `; other: wall ${ratio({ mxlint: r.other, peer: r.peer })}` : ''} (at ${loadavg()[0].toFixed(1)} load)`);
}
