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
  target: 'node20',
  legalComments: 'none',
  // jsonc-parser's CommonJS entry loads its parts dynamically, which a bundle cannot follow: take its ESM build.
  mainFields: ['module', 'main'],
  logLevel: 'warning',
};
// Everything in dist/ is CommonJS (dist/package.json says so), made from ES modules: Node starts a
// CommonJS main file about 10 ms sooner than an ES module one (it needs no ES module loader), and
// only a script can be compiled with V8's code cache on Node 20. Strict, as the modules it is
// made of (the directive comes before the banner's code); `import.meta.url` is the file's URL.
const cjs = {
  ...common,
  format: 'cjs',
  banner: { js: '"use strict";\nconst __mxImportMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  define: { 'import.meta.url': '__mxImportMetaUrl' },
};
mkdirSync(out, { recursive: true });
writeFileSync(`${out}/package.json`, '{ "type": "commonjs" }\n');

// The command line and the library are one script, dist/mxlint.js, which dist/cli.js runs with
// V8's code cache (src/code-cache.ts). Code a run may not need (formatters, provider readers, ajv,
// the online checks) is in it too, but runs only when imported (esbuild turns each import() into
// a call) and, once cached, costs nothing to compile. It is a CommonJS module written inside
// Node's function wrapper, so that V8 compiles the file's text as it is; its first line is the key
// of the cache, the hash of the rest. Without comments and indentation it is a third smaller, and
// ASCII (esbuild escapes the rest), so the loader reads it as Latin-1: every run reads it whole.
const [script] = (await build({ ...cjs, entryPoints: ['src/bundle.ts'], outfile: `${out}/mxlint.js`, write: false, minifyWhitespace: true })).outputFiles;
if (/\bimport\(/.test(script.text)) throw new Error('dist/mxlint.js calls import(), which a script run by node:vm cannot');
if (/[^\0-\x7f]/.test(script.text)) throw new Error('dist/mxlint.js is not ASCII');
const wrapped = `(function (exports, require, module, __filename, __dirname) {${script.text}\n})\n`;
writeFileSync(`${out}/mxlint.js`, `// mxlint-cache-key ${createHash('sha256').update(wrapped).digest('hex').slice(0, 32)}: the command line and the library, run by cli.js and api.js\n${wrapped}`);
// Executable, so the pre-commit framework's `language: script` hook runs it from the clone as is.
await build({ ...cjs, entryPoints: { cli: 'src/start.ts' }, outdir: out, banner: { js: '#!/usr/bin/env node\n' + cjs.banner.js } });
chmodSync(`${out}/cli.js`, 0o755);
// The action is one file, as GitHub's runner executes it (`node dist/action.js`).
await build({ ...cjs, entryPoints: { action: 'src/action.ts' }, outdir: out });
// The library's types: the declarations of src/api.ts, which names only its own types. Its code is
// in dist/mxlint.js; dist/api.js runs it (without the code cache) and hands on the names src/api.ts
// exports, which esbuild writes out so that Node finds them when an ES module imports it.
const program = ts.createProgram(['src/api.ts'], { declaration: true, emitDeclarationOnly: true, allowImportingTsExtensions: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, resolveJsonModule: true, skipLibCheck: true, types: ['node'] });
program.emit(program.getSourceFile('src/api.ts'), (name, text) => {
  if (/(^|[\\/])api\.d\.ts$/.test(name)) writeFileSync(`${out}/api.d.ts`, text);
});
if (!/export declare function lint\(/.test(readFileSync(`${out}/api.d.ts`, 'utf8'))) throw new Error('dist/api.d.ts was not written');
const checker = program.getTypeChecker();
const names = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile('src/api.ts'))).filter((s) => s.flags & ts.SymbolFlags.Value).map((s) => s.name).sort().join(', ');
await build({
  ...cjs,
  stdin: {
    contents: `import { runBundle } from './src/code-cache.ts';\nimport type * as Api from './src/api.ts';\n\nexport const { ${names} } = runBundle(new URL('./mxlint.js', import.meta.url), { cache: false }) as unknown as typeof Api;\n`,
    resolveDir: '.',
    sourcefile: 'src/api.js',
    loader: 'ts',
  },
  outfile: `${out}/api.js`,
});

rmSync('dist', { recursive: true, force: true });
renameSync(out, 'dist');

// The configuration's JSON Schema, generated from the rules' own option schemas, is published in
// schema/ for editors (`"$schema"` in mxlint.config.json).
const schemaBundle = 'node_modules/.cache/mxlint-schema.mjs';
await build({
  ...common,
  format: 'esm',
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
