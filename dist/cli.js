#!/usr/bin/env node
"use strict";
const __mxImportMetaUrl = require("node:url").pathToFileURL(__filename).href;
"use strict";

// src/code-cache.ts
var import_node_fs = require("node:fs");
var import_node_module = require("node:module");
var import_node_os = require("node:os");
var import_node_path = require("node:path");
var import_node_url = require("node:url");
var import_node_vm = require("node:vm");
var KEY_LINE = /^\/\/ mxlint-cache-key ([0-9a-f]{16,64})\b/;
function cacheFolder() {
  return (0, import_node_path.join)((0, import_node_os.tmpdir)(), process.getuid ? `mxlint-code-cache-${process.getuid()}` : "mxlint-code-cache");
}
function runBundle(url, { cache }) {
  const file = (0, import_node_url.fileURLToPath)(url);
  const source = (0, import_node_fs.readFileSync)(file, "latin1");
  const key = KEY_LINE.exec(source)?.[1];
  const folder = cacheFolder();
  const cacheFile = cache && key !== void 0 && !process.env.NODE_DISABLE_COMPILE_CACHE ? (0, import_node_path.join)(folder, `${key}-${process.version}-${process.arch}.bin`) : void 0;
  const cached = cacheFile && ownFolder(folder) ? readIfPresent(cacheFile) : void 0;
  const cachedData = cached?.subarray(1);
  const script = new import_node_vm.Script(source, { filename: file, cachedData });
  if (cacheFile) {
    if (cached && cachedData?.length && !script.cachedDataRejected) {
      trace(`code cache used: ${cacheFile}`);
      if (cached[0] > 0) process.once("exit", () => recheck(script, folder, cacheFile, cached));
    } else {
      trace(`code cache ${cached ? "rejected" : "missing"}: ${cacheFile}`);
      process.once("exit", () => save(script.createCachedData(), folder, cacheFile));
    }
  }
  const wrapper = script.runInThisContext();
  const exports2 = {};
  const mod = { exports: exports2, filename: file };
  wrapper.call(exports2, exports2, (0, import_node_module.createRequire)(file), mod, file, (0, import_node_path.dirname)(file));
  return mod.exports;
}
function ownFolder(folder) {
  let stats;
  try {
    stats = (0, import_node_fs.lstatSync)(folder);
  } catch {
    return false;
  }
  return stats.isDirectory() && (!process.getuid || stats.uid === process.getuid() && (stats.mode & 18) === 0);
}
function readIfPresent(file) {
  try {
    return (0, import_node_fs.readFileSync)(file);
  } catch {
    return void 0;
  }
}
var CHECKS = 3;
function recheck(script, folder, cacheFile, cached) {
  const data = script.createCachedData();
  if (data.length > (cached.length - 1) * 1.02) return save(data, folder, cacheFile);
  try {
    const fd = (0, import_node_fs.openSync)(cacheFile, "r+");
    try {
      (0, import_node_fs.writeSync)(fd, Uint8Array.of(cached[0] - 1), 0, 1, 0);
    } finally {
      (0, import_node_fs.closeSync)(fd);
    }
    trace(`code cache kept: ${cacheFile}`);
  } catch (error) {
    trace(`code cache not counted down: ${error instanceof Error ? error.message : String(error)}`);
  }
}
function save(data, folder, cacheFile) {
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  try {
    (0, import_node_fs.mkdirSync)(folder, { recursive: true, mode: 448 });
    if (!ownFolder(folder)) throw new Error(`${folder} is not this user's alone`);
    (0, import_node_fs.writeFileSync)(temporary, Buffer.concat([Uint8Array.of(CHECKS), data]), { mode: 384 });
    (0, import_node_fs.renameSync)(temporary, cacheFile);
    trace(`code cache written: ${cacheFile}`);
  } catch (error) {
    (0, import_node_fs.rmSync)(temporary, { force: true });
    trace(`code cache not written: ${error instanceof Error ? error.message : String(error)}`);
  }
}
function trace(message) {
  if (process.env.MXLINT_DEBUG?.split(",").includes("code-cache")) process.stderr.write(`mxlint: ${message}
`);
}

// src/start.ts
var { runCli } = runBundle(new URL("./mxlint.js", __mxImportMetaUrl), { cache: true });
runCli();
