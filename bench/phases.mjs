#!/usr/bin/env node
// Times the two phases of a lint run, discovery with reading (`readPaths`) and the rules
// (`lintRead`), several times in one process, to tell what a cold run pays for warming up from
// what the work itself costs once compiled.
// Usage: node bench/phases.mjs <folder or zone> [runs]   (default 3 runs)
// The engine is bundled from the sources with esbuild (a dev dependency), as dist/ bundles it.
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [target, runs = '3'] = process.argv.slice(2);
if (!target) throw new Error('usage: node bench/phases.mjs <folder or zone> [runs]');
const work = join(root, 'bench', '.work');
mkdirSync(work, { recursive: true });
const bundle = join(work, 'phases-engine.mjs');
await build({
  stdin: { contents: "export { readPaths, lintRead } from './src/engine/run.ts'; export { rules } from './rules/index.ts';", resolveDir: root, loader: 'ts' },
  bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'error', packages: 'external',
});
const { readPaths, lintRead, rules } = await import(pathToFileURL(bundle).href);

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const timed = async (work) => {
  const [c, w] = [cpu(), performance.now()];
  const value = await work();
  return { value, cpu: cpu() - c, wall: performance.now() - w };
};
console.log('run  read CPU ms (wall)  rules CPU ms (wall)  findings');
for (let i = 0; i < Number(runs); i++) {
  const read = await timed(() => readPaths({ rules, paths: [resolve(target)] }));
  const lint = await timed(() => lintRead(read.value));
  const findings = lint.value.results.reduce((n, r) => n + r.diagnostics.length, 0);
  const phase = (t) => `${t.cpu.toFixed(0).padStart(6)} (${t.wall.toFixed(0).padStart(5)})`;
  console.log(`${String(i + 1).padStart(3)}  ${phase(read).padStart(18)}  ${phase(lint).padStart(19)}  ${findings}`);
}
