/**
 * Runs mxlint's bundle (dist/mxlint.js), with V8's code cache on every Node mxlint supports.
 * Node 22.1 and later cache modules themselves (`module.enableCompileCache`); Node 20 has no such
 * cache, and a pre-commit run of mxlint spent a third of its own time compiling. So dist/cli.js
 * runs the bundle through here: the bytecode of every function the run compiled, lazily compiled
 * ones included, is saved when the process exits, and the next run starts from it. The bundle is
 * a CommonJS module written inside Node's function wrapper (build.mjs), so that V8 compiles the
 * file's own text (a wrapper added here would copy the megabyte). dist/api.js runs it without the
 * cache: a library does not write files when its host exits.
 *
 * The cache is a file per bundle build, Node version and architecture, in a folder of the system's
 * temporary folder that only this user may write (as Node's own cache, `node-compile-cache`).
 * The bundle's first line carries its build's hash: V8 checks the cache's Node version, flags and
 * the source's length, never its content, so the key must. A cache V8 rejects is compiled around
 * and written again; a cache that cannot be read or written only costs the time it would have
 * saved. Writes go to a file of their own that is then renamed over the cache, so runs side by
 * side never read half a file; the next runs take in what the first did not compile (CHECKS).
 * NODE_DISABLE_COMPILE_CACHE=1 turns it off, as it does Node's; MXLINT_DEBUG=code-cache tells on
 * standard error what was done.
 */
import { closeSync, lstatSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync, type Stats } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

/** The first line of the bundle: `// mxlint-cache-key <hex>`. */
const KEY_LINE = /^\/\/ mxlint-cache-key ([0-9a-f]{16,64})\b/;

/** The folder of this user's caches. */
function cacheFolder(): string {
  return join(tmpdir(), process.getuid ? `mxlint-code-cache-${process.getuid()}` : 'mxlint-code-cache');
}

type Wrapper = (exports: object, require: NodeJS.Require, module: object, filename: string, dirname: string) => void;

/** Runs the bundle at `url` as Node runs a CommonJS module; returns its `module.exports`. */
export function runBundle(url: URL, { cache }: { cache: boolean }): Record<string, unknown> {
  const file = fileURLToPath(url);
  // The bundle is ASCII (build.mjs checks): Latin-1 makes its string with no decoding.
  const source = readFileSync(file, 'latin1');
  const key = KEY_LINE.exec(source)?.[1];
  const folder = cacheFolder();
  const cacheFile = cache && key !== undefined && !process.env.NODE_DISABLE_COMPILE_CACHE ? join(folder, `${key}-${process.version}-${process.arch}.bin`) : undefined;
  // The file is one octet, how many runs are still to compare their code with it, then V8's data.
  const cached = cacheFile && ownFolder(folder) ? readIfPresent(cacheFile) : undefined;
  const cachedData = cached?.subarray(1);
  const script = new Script(source, { filename: file, cachedData });
  if (cacheFile) {
    if (cached && cachedData?.length && !script.cachedDataRejected) {
      trace(`code cache used: ${cacheFile}`);
      if (cached[0] > 0) process.once('exit', () => recheck(script, folder, cacheFile, cached));
    } else {
      trace(`code cache ${cached ? 'rejected' : 'missing'}: ${cacheFile}`);
      process.once('exit', () => save(script.createCachedData(), folder, cacheFile));
    }
  }
  const wrapper = script.runInThisContext() as Wrapper;
  const exports = {};
  const mod = { exports, filename: file };
  wrapper.call(exports, exports, createRequire(file), mod, file, dirname(file));
  return mod.exports;
}

/** The folder exists, is this user's and nobody else may write in it: a cache there is ours. */
function ownFolder(folder: string): boolean {
  let stats: Stats;
  try {
    stats = lstatSync(folder);
  } catch {
    return false;
  }
  return stats.isDirectory() && (!process.getuid || (stats.uid === process.getuid() && (stats.mode & 0o022) === 0));
}

function readIfPresent(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * The first run makes the cache of what it compiled, which may be little of what a lint runs
 * (`mxlint --version`, or a zone without mail records): the next CHECKS runs each make the cache
 * again (4 ms) and keep it when it grew (the code the cache held is in it too). A run that finds
 * it grown starts the count again; one that does not counts down.
 */
const CHECKS = 3;

function recheck(script: InstanceType<typeof Script>, folder: string, cacheFile: string, cached: Buffer): void {
  const data = script.createCachedData();
  if (data.length > (cached.length - 1) * 1.02) return save(data, folder, cacheFile);
  try {
    const fd = openSync(cacheFile, 'r+');
    try {
      writeSync(fd, Uint8Array.of(cached[0] - 1), 0, 1, 0);
    } finally {
      closeSync(fd);
    }
    trace(`code cache kept: ${cacheFile}`);
  } catch (error) {
    trace(`code cache not counted down: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Saves the code the run compiled; at exit, so the functions it compiled lazily are in. */
function save(data: Buffer, folder: string, cacheFile: string): void {
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    if (!ownFolder(folder)) throw new Error(`${folder} is not this user's alone`);
    writeFileSync(temporary, Buffer.concat([Uint8Array.of(CHECKS), data]), { mode: 0o600 });
    renameSync(temporary, cacheFile);
    trace(`code cache written: ${cacheFile}`);
  } catch (error) {
    rmSync(temporary, { force: true });
    trace(`code cache not written: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function trace(message: string): void {
  if (process.env.MXLINT_DEBUG?.split(',').includes('code-cache')) process.stderr.write(`mxlint: ${message}\n`);
}
