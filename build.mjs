// Bundles the CLI, the library and the GitHub Action into self-contained files under dist/.
// The output is committed: the action runs dist/action.js as is, and `node dist/cli.js`
// works on a fresh clone without `npm ci`.
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import ts from 'typescript';

// Build into a fresh folder and swap it in at the end: old file names must not linger in the
// committed dist/, and a test running meanwhile never finds dist/ half-written.
const out = 'dist.new';
rmSync(out, { recursive: true, force: true });

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  // jsonc-parser's CommonJS entry loads its parts dynamically, which a bundle cannot follow: take its ESM build.
  mainFields: ['module', 'main'],
  logLevel: 'warning',
  // Some CommonJS dependencies call require() on Node built-ins.
  banner: { js: "import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);" },
};

// The command line and the library are one CommonJS script, dist/mxlint.cjs: a script (unlike an
// ES module) can be compiled with V8's code cache on Node 20, which src/code-cache.ts keeps. Code
// a run may not need (formatters, provider readers, ajv, the online checks) is in it too, but
// runs only when imported (esbuild turns each import() into a call) and, once cached, costs
// nothing to compile. Its first line is the key of the cache: the hash of the rest.
const [script] = (
  await build({
    ...common,
    format: 'cjs',
    entryPoints: ['src/bundle.ts'],
    outfile: `${out}/mxlint.cjs`,
    write: false,
    // Strict as the ES modules it is made of: the directive must come before the banner's code.
    banner: { js: '"use strict";\nconst __mxImportMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
    define: { 'import.meta.url': '__mxImportMetaUrl' },
  })
).outputFiles;
if (/\bimport\(/.test(script.text)) throw new Error('dist/mxlint.cjs calls import(), which a script run by node:vm cannot');
mkdirSync(out, { recursive: true });
writeFileSync(`${out}/mxlint.cjs`, `// mxlint-cache-key ${createHash('sha256').update(script.contents).digest('hex').slice(0, 32)}\n${script.text}`);
// dist/cli.js runs it with the code cache (src/start.ts); executable, so the pre-commit
// framework's `language: script` hook runs it from the clone as is.
await build({ ...common, entryPoints: { cli: 'src/start.ts' }, outdir: out, banner: { js: '#!/usr/bin/env node' } });
chmodSync(`${out}/cli.js`, 0o755);
// split-worker is the second thread that reads large zones (src/zone/split.ts): it holds the reader alone.
await build({ ...common, entryPoints: { 'split-worker': 'src/zone/split-worker.ts' }, outdir: out });
// The action is one file, as GitHub's runner executes it (`node dist/action.js`).
await build({ ...common, entryPoints: { action: 'src/action.ts' }, outdir: out });
// The library's types: the declarations of src/api.ts, which names only its own types. Its code is
// dist/mxlint.cjs, whose exports dist/api.js names (an ES module can import those of a CommonJS
// script that Node finds by reading it, which esbuild's output provides for).
const program = ts.createProgram(['src/api.ts'], { declaration: true, emitDeclarationOnly: true, allowImportingTsExtensions: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, resolveJsonModule: true, skipLibCheck: true, types: ['node'] });
program.emit(program.getSourceFile('src/api.ts'), (name, text) => {
  if (/(^|[\\/])api\.d\.ts$/.test(name)) writeFileSync(`${out}/api.d.ts`, text);
});
if (!/export declare function lint\(/.test(readFileSync(`${out}/api.d.ts`, 'utf8'))) throw new Error('dist/api.d.ts was not written');
const checker = program.getTypeChecker();
const values = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile('src/api.ts'))).filter((s) => s.flags & ts.SymbolFlags.Value).map((s) => s.name);
writeFileSync(`${out}/api.js`, `// mxlint as a library (src/api.ts); the code is in mxlint.cjs.\nexport { ${values.sort().join(', ')} } from './mxlint.cjs';\n`);

rmSync('dist', { recursive: true, force: true });
renameSync(out, 'dist');

// The configuration's JSON Schema, generated from the rules' own option schemas, is published in
// schema/ for editors (`"$schema"` in mxlint.config.json).
const schemaBundle = 'node_modules/.cache/mxlint-schema.mjs';
await build({
  ...common,
  banner: undefined,
  stdin: {
    contents: "import { configSchema } from './src/engine/config-schema.ts'; import { rules } from './rules/index.ts'; export default configSchema(rules); export const metas = rules.map((r) => r.meta);",
    resolveDir: '.',
    loader: 'ts',
  },
  outfile: schemaBundle,
});
const { default: schema, metas } = await import(new URL(schemaBundle, `file://${process.cwd()}/`).href);
mkdirSync('schema', { recursive: true });
writeFileSync('schema/mxlint.schema.json', JSON.stringify(schema, null, 2) + '\n');

// The README's rule table is generated from the rules' meta, so it cannot drift from the code.
const readme = readFileSync('README.md', 'utf8');
const severity = (s) => (s === 'off' ? 'off' : s === 'warning' ? 'warn' : s);
// Default = mxlint:recommended; strict as config.ts computes it (an off rule without `strict` stays off).
const strictOf = (m) => m.strict ?? (m.severity === 'off' ? 'off' : 'error');
const table = ['| Rule | Default | Strict | What it finds |', '| --- | --- | --- | --- |', ...metas.map((m) => `| [\`${m.id}\`](rules/${m.id}/README.md) | ${severity(m.severity)} | ${severity(strictOf(m))} | ${m.description.replace(/\|/g, '\\|')} |`)].join('\n');
const marked = readme.replace(/(<!-- rules:start -->)[^]*?(<!-- rules:end -->)/, `$1\n${table}\n$2`);
if (marked !== readme) writeFileSync('README.md', marked);
