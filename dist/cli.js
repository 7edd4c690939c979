#!/usr/bin/env node

// src/code-cache.ts
import module from "node:module";
var require2 = module.createRequire(import.meta.url);
var fs = require2("node:fs");
var { tmpdir } = require2("node:os");
var { dirname, join } = require2("node:path");
var { fileURLToPath } = require2("node:url");
var { Script } = require2("node:vm");
var KEY_LINE = /^\/\/ mxlint-cache-key ([0-9a-f]{16,64})\r?\n/;
function cacheFolder(base = tmpdir()) {
  return join(base, process.getuid ? `mxlint-code-cache-${process.getuid()}` : "mxlint-code-cache");
}
function requireCached(url, folder = cacheFolder()) {
  const file = fileURLToPath(url);
  const source = fs.readFileSync(file, "utf8");
  const key = KEY_LINE.exec(source)?.[1];
  const enabled = key !== void 0 && !process.env.NODE_DISABLE_COMPILE_CACHE;
  const cacheFile = enabled ? join(folder, `${key}-${process.version}-${process.arch}.bin`) : void 0;
  const cachedData = cacheFile && ownFolder(folder) ? readIfPresent(cacheFile) : void 0;
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}
})`, { filename: file, cachedData });
  if (cacheFile) {
    if (cachedData && !script.cachedDataRejected) trace(`code cache used: ${cacheFile}`);
    else {
      trace(`code cache ${cachedData ? "rejected" : "missing"}: ${cacheFile}`);
      process.once("exit", () => save(script, folder, cacheFile));
    }
  }
  const wrapper = script.runInThisContext();
  const exports = {};
  const mod = { exports, filename: file };
  wrapper.call(exports, exports, module.createRequire(file), mod, file, dirname(file));
  return mod.exports;
}
function ownFolder(folder) {
  let stats;
  try {
    stats = fs.lstatSync(folder);
  } catch {
    return false;
  }
  return stats.isDirectory() && (!process.getuid || stats.uid === process.getuid() && (stats.mode & 18) === 0);
}
function readIfPresent(file) {
  try {
    return fs.readFileSync(file);
  } catch {
    return void 0;
  }
}
function save(script, folder, cacheFile) {
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(folder, { recursive: true, mode: 448 });
    if (!ownFolder(folder)) throw new Error(`${folder} is not this user's alone`);
    fs.writeFileSync(temporary, script.createCachedData(), { mode: 384 });
    fs.renameSync(temporary, cacheFile);
    trace(`code cache written: ${cacheFile}`);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    trace(`code cache not written: ${error instanceof Error ? error.message : String(error)}`);
  }
}
function trace(message) {
  if (process.env.MXLINT_DEBUG?.split(",").includes("code-cache")) process.stderr.write(`mxlint: ${message}
`);
}

// src/start.ts
var { runCli } = requireCached(new URL("./mxlint.cjs", import.meta.url));
runCli(new URL("./split-worker.js", import.meta.url));
