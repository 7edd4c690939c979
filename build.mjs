// Bundles the CLI and the GitHub Action into self-contained ESM files under dist/.
// The output is committed: the action runs dist/action.js as is, and `node dist/cli.js`
// works on a fresh clone without `npm ci`.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  // Some CommonJS dependencies call require() on Node built-ins.
  banner: { js: "import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);" },
};

await build({ ...common, entryPoints: { cli: 'src/cli.ts' }, outdir: 'dist', splitting: true, chunkNames: 'chunks/[name]-[hash]', banner: { js: '#!/usr/bin/env node\n' + common.banner.js } });
