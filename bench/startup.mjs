#!/usr/bin/env node
// Start-up benchmark of the pre-commit path: one generated zone (200 records by default) linted
// end to end by the bundled CLI (`--format json -o /dev/null`, as bench/lint.mjs's `small`), plain
// and with --staged from a git index, beside named-checkzone on the same file and a bare
// `node -e 0` (the floor no Node CLI can go under).
// Floor (issue #14): the plain lint in at most `node -e 0` + 40 ms wall, median.
//
// Usage: node bench/startup.mjs [--records N] [--runs N] [--cli dist/cli.js]
// The commands take turns run after run (a slow spell of the shared machine falls on all alike),
// after three warm-up rounds (the first run of a build writes its code cache). Prints a Markdown
// table: wall median, p90 and min, and CPU (user + system, from /usr/bin/time, mean: its
// resolution is 10 ms) per run. On a loaded machine wall time follows the load; CPU time much
// less so: compare both, and the `node -e 0` row.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '200' },
    runs: { type: 'string', default: '30' },
    cli: { type: 'string', default: join(root, 'dist', 'cli.js') },
  },
});
const records = Number(values.records);
const runs = Math.max(20, Number(values.runs));
const cli = resolve(values.cli);
const generator = process.env.MXLINT_GEN_ZONE ?? join(root, '..', 'shared', 'bench', 'gen-zone.mjs');
if (!existsSync(cli)) fail(`${cli} does not exist: run npm run build first`);
if (!existsSync(generator)) fail(`${generator} does not exist (set MXLINT_GEN_ZONE)`);

// A scratch repository holding the zone, staged; git with no user or system configuration.
const work = join(root, 'bench', '.work', 'startup');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const zoneFile = 'example.test.zone';
const gen = spawnSync(process.execPath, [generator, String(records)], { encoding: 'latin1', maxBuffer: 1 << 30 });
if (gen.status !== 0) fail(`gen-zone.mjs failed: ${gen.stderr}`);
writeFileSync(join(work, zoneFile), gen.stdout, 'latin1');
const env = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', NO_COLOR: '1' };
for (const key of Object.keys(env)) if (key.startsWith('GIT_') && !key.startsWith('GIT_CONFIG')) delete env[key];
for (const args of [['init', '-q'], ['add', zoneFile]]) {
  const r = spawnSync('git', args, { cwd: work, env, encoding: 'utf8' });
  if (r.status !== 0) fail(`git ${args.join(' ')} failed: ${r.stderr}`);
}

const report = ['--format', 'json', '-o', '/dev/null'];
const commands = [
  { name: 'node -e 0 (Node start-up floor)', argv: [process.execPath, '-e', '0'] },
  { name: `mxlint ${zoneFile}`, argv: [process.execPath, cli, ...report, zoneFile], target: true },
  { name: `mxlint --staged ${zoneFile}`, argv: [process.execPath, cli, ...report, '--staged', zoneFile] },
  { name: 'mxlint --staged (no paths)', argv: [process.execPath, cli, ...report, '--staged'] },
];
const checkzone = which('named-checkzone');
if (checkzone) commands.push({ name: `named-checkzone -i local example.test ${zoneFile}`, argv: [checkzone, '-i', 'local', 'example.test', zoneFile] });
else console.error('named-checkzone not found (bind9-utils): its row is left out');

// Exit codes once (findings make mxlint exit 1; that is a run, not a failure).
for (const c of commands) {
  const r = spawnSync(c.argv[0], c.argv.slice(1), { cwd: work, env, encoding: 'utf8' });
  c.exit = r.status;
  if (r.status !== 0 && r.status !== 1) fail(`${c.name} exited ${r.status}: ${r.stderr}`);
}

const time = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
measure();

const ms = (s) => (s * 1000).toFixed(1);
const [load1] = loadavg();
console.log(`\nmxlint start-up, ${records}-record zone, ${runs} interleaved runs each (${time ? 'CPU from /usr/bin/time' : 'no /usr/bin/time: wall only'}); ${cpus().length} CPUs, load average ${load1.toFixed(2)}; ${process.version}\n`);
console.log('| command | exit | wall median ms | wall p90 ms | wall min ms | CPU ms (user+sys) |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const c of commands) console.log(`| ${c.name} | ${c.exit} | ${ms(c.median)} | ${ms(c.p90)} | ${ms(c.min)} | ${c.cpu === undefined ? 'n/a' : ms(c.cpu)} |`);
const target = commands.find((c) => c.target);
const floor = commands[0];
const over = target.median - floor.median;
console.log(`\nFloor: mxlint ${zoneFile} median ≤ node -e 0 + 40 ms wall: +${ms(over)} ms → ${over <= 0.04 ? 'met' : 'MISSED'}` + (target.cpu !== undefined ? ` (CPU: +${ms(target.cpu - floor.cpu)} ms)` : ''));

/** Each command once per round, after three rounds of warm-up; wall time by the clock, CPU by /usr/bin/time. */
function measure() {
  for (const c of commands) Object.assign(c, { walls: [], cpus: [] });
  for (let i = 0; i < runs + 3; i++) {
    for (const c of commands) {
      const argv = time ? [time, '-f', '%U %S', ...c.argv] : c.argv;
      const start = process.hrtime.bigint();
      const r = spawnSync(argv[0], argv.slice(1), { cwd: work, env, encoding: 'utf8' });
      const wall = Number(process.hrtime.bigint() - start) / 1e9;
      if (i < 3) continue;
      c.walls.push(wall);
      if (time) {
        const [user, sys] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
        c.cpus.push(user + sys);
      }
    }
  }
  for (const c of commands) Object.assign(c, stats(c.walls), { cpu: c.cpus.length ? c.cpus.reduce((a, b) => a + b, 0) / c.cpus.length : undefined });
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  const mid = sorted.length >> 1;
  return { median: sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2, p90: at(0.9), min: sorted[0] };
}

function which(name) {
  for (const dir of (process.env.PATH ?? '').split(':')) if (dir && existsSync(join(dir, name))) return join(dir, name);
  return undefined;
}

function fail(message) {
  console.error(`bench/startup.mjs: ${message}`);
  process.exit(2);
}
