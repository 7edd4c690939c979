#!/usr/bin/env node
// What one pass over a large list costs the first time a function runs it, as a lint of one large
// zone runs most of its loops: `for…of` against an indexed loop over an array, and `for…of`
// against forEach over a Map. Each way is timed in a fresh process (nothing compiled yet), `RUNS`
// times, taking turns; medians in milliseconds.
// Usage: RUNS=7 node bench/cold-loops.mjs [elements]   (default 200000)
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ways = {
  'array for…of': (list) => {
    let n = 0;
    for (const v of list) if (v.row & 1) n++;
    return n;
  },
  'array indexed': (list) => {
    let n = 0;
    for (let i = 0; i < list.length; i++) if (list[i].row & 1) n++;
    return n;
  },
  'map for…of entries': (_, map) => {
    let n = 0;
    for (const [k, v] of map) if (v.row & 1) n += k.length;
    return n;
  },
  'map forEach': (_, map) => {
    let n = 0;
    map.forEach((v, k) => {
      if (v.row & 1) n += k.length;
    });
    return n;
  },
};

const [way, size] = process.argv.slice(2);
if (way in ways) {
  // The child: builds the data, then times the one pass, in a function not run before.
  const list = Array.from({ length: Number(size) }, (_, row) => ({ row }));
  const map = new Map(list.map((v) => [`k${v.row}`, v]));
  const start = performance.now();
  ways[way](list, map);
  process.stdout.write(String(performance.now() - start));
} else {
  const elements = way ?? '200000';
  const runs = Number(process.env.RUNS ?? 7);
  const times = Object.fromEntries(Object.keys(ways).map((w) => [w, []]));
  for (let i = 0; i < runs; i++) {
    for (const w of Object.keys(ways)) times[w].push(Number(execFileSync(process.execPath, [fileURLToPath(import.meta.url), w, elements], { encoding: 'utf8' })));
  }
  const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
  console.log(`${elements} elements, first pass, median of ${runs} (ms)`);
  for (const [w, t] of Object.entries(times)) console.log(`${w.padEnd(20)} ${median(t).toFixed(1).padStart(7)}`);
}
