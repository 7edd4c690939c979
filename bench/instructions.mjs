#!/usr/bin/env node
// Counts the instructions a lint executes, under valgrind's callgrind, for this build and others:
// a measure the machine's swings in speed do not move, for changes too small for wall time to
// show (bench/README.md, "Fifth pass"). V8 runs single-threaded (no concurrent compiler or
// collector threads whose share of the work varies) and without the code cache (the flag would
// make V8 reject it, and each build would write its own).
// Usage: node bench/instructions.mjs <zone or folder> [other/dist/cli.js …]   (RUNS=3 by default)
// Needs valgrind (Debian `valgrind`). A 50,000-record zone takes about a minute a run.
import { spawn } from 'node:child_process';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [input, ...others] = process.argv.slice(2);
if (!input) throw new Error('usage: node bench/instructions.mjs <zone or folder> [other/dist/cli.js …]');
const builds = [join(root, 'dist', 'cli.js'), ...others.map((p) => resolve(p))];
const runs = Number(process.env.RUNS ?? 3);

/** Instructions of one run of `cli` over the input, all threads. */
function count(cli) {
  const args = ['--tool=callgrind', '--callgrind-out-file=/dev/null', '--smc-check=all', process.execPath, '--single-threaded', cli, resolve(input), '--format', 'json', '-o', '/dev/null'];
  return new Promise((done, fail) => {
    const child = spawn('valgrind', args, { env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (status) => {
      const collected = /Collected : (\d+)/.exec(stderr);
      // Exit 1 is a lint that found problems; anything else means the count is of a failed run.
      if (!collected || status > 1) fail(new Error(`${cli} under valgrind failed (exit ${status}): ${stderr.slice(-500)}`));
      else done(Number(collected[1]));
    });
  });
}

// Turns interleave the builds, and each turn's runs go side by side (the counts do not depend on
// the pace), as many at once as there are cores.
const samples = builds.map(() => []);
const jobs = [];
for (let i = 0; i < runs; i++) builds.forEach((cli, b) => jobs.push(() => count(cli).then((n) => samples[b].push(n))));
const parallel = Math.max(1, cpus().length);
for (let i = 0; i < jobs.length; i += parallel) await Promise.all(jobs.slice(i, i + parallel).map((job) => job()));

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const base = median(samples[0]);
console.log(`instructions (billions), median of ${runs} runs, spread min–max; ${input}`);
builds.forEach((cli, b) => {
  const m = median(samples[b]);
  const spread = `${(Math.min(...samples[b]) / 1e9).toFixed(3)}–${(Math.max(...samples[b]) / 1e9).toFixed(3)}`;
  console.log(`${(m / 1e9).toFixed(3).padStart(8)}  (${spread})  ${b === 0 ? 'this build' : `${((m / base - 1) * 100).toFixed(1)}% against this build`}  ${cli}`);
});
