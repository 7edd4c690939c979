#!/usr/bin/env node
// Times the mail grammars alone (src/mail: parseSpf, parseDmarc, parseDkimKey) over the SPF,
// DMARC and DKIM texts of a generated zone, three rounds each (the first includes warm-up).
// Usage: node bench/grammars.mjs [records]   (default 200000; needs ../shared/bench/gen-zone.mjs)
// The parsers are bundled from the sources with esbuild (a dev dependency), as dist/ bundles them.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = join(root, 'bench', '.work');
const records = Number(process.argv[2] ?? 200000);
mkdirSync(work, { recursive: true });
const zone = join(work, `gen-${records}.zone`);
if (!existsSync(zone)) writeFileSync(zone, execFileSync(process.execPath, [join(root, '..', 'shared', 'bench', 'gen-zone.mjs'), String(records), '--seed', '1'], { maxBuffer: 1 << 30 }));

const bundle = join(work, 'grammars.mjs');
await build({
  stdin: { contents: "export { parseSpf } from './src/mail/spf.ts'; export { parseDmarc } from './src/mail/dmarc.ts'; export { parseDkimKey } from './src/mail/dkim.ts';", resolveDir: root, loader: 'ts' },
  bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'error',
});
const { parseSpf, parseDmarc, parseDkimKey } = await import(pathToFileURL(bundle).href);

// The texts as the zone writes them (the generator's DKIM keys are three quoted strings in parentheses).
const text = readFileSync(zone, 'latin1');
const texts = {
  spf: [...text.matchAll(/"(v=spf1[^"]*)"/g)].map((m) => m[1]),
  dmarc: [...text.matchAll(/"(v=DMARC1[^"]*)"/g)].map((m) => m[1]),
  dkim: [...text.matchAll(/\( "(v=DKIM1; k=rsa; )"\s*"([^"]*)"\s*"([^"]*)"/g)].map((m) => m[1] + m[2] + m[3]),
};
const parsers = { spf: parseSpf, dmarc: parseDmarc, dkim: parseDkimKey };
for (const [kind, list] of Object.entries(texts)) {
  const rounds = [];
  for (let r = 0; r < 3; r++) {
    const start = performance.now();
    for (const t of list) parsers[kind](t);
    rounds.push((performance.now() - start).toFixed(0));
  }
  console.log(`${kind.padEnd(6)} ${String(list.length).padStart(7)} texts: ${rounds.join(' / ')} ms`);
}
