// Bundles the CLI and the GitHub Action into self-contained ESM files under dist/.
// The output is committed: the action runs dist/action.js as is, and `node dist/cli.js`
// works on a fresh clone without `npm ci`.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// Old chunk names must not linger in the committed dist/.
rmSync('dist', { recursive: true, force: true });

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

// The CLI loads formatters, provider readers and ajv only when a run needs them: split chunks keep
// a pre-commit run on one zone from parsing code it never uses.
await build({ ...common, entryPoints: { cli: 'src/cli.ts' }, outdir: 'dist', splitting: true, chunkNames: 'chunks/[name]-[hash]', banner: { js: '#!/usr/bin/env node\n' + common.banner.js } });
// The action is one file, as GitHub's runner executes it (`node dist/action.js`).
await build({ ...common, entryPoints: { action: 'src/action.ts' }, outdir: 'dist' });
