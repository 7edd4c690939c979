#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);
import {
  discover,
  lintZones,
  originFromName,
  rules
} from "./chunk-OPTZKOGO.js";
import {
  readZone
} from "./chunk-F5NSMPIR.js";
import {
  ConfigLoader
} from "./chunk-AQOUCT3F.js";

// src/engine/run.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
async function run(options) {
  if (options.stdin) options = withStdin(options, options.stdin);
  const loader = new ConfigLoader(rules, options.configPath);
  const discovery = options.stdin ? { files: [{ path: resolve(options.stdin.path), kind: stdinKind(options.stdin.path) }], missing: [] } : discover(options.paths, loader, options.readFile ? (p) => headFrom(options.readFile, p) : void 0);
  await loader.validateAll();
  const read = [];
  for (const file of discovery.files) read.push(await readCandidate(file, loader, options));
  const included = new Set(read.flatMap((zone) => zone.files.slice(1).map((f) => resolve(f.path))));
  const zones = read.filter((zone) => !included.has(resolve(zone.source.path)));
  const outcome = lintZones(zones, rules, (zone) => loader.resolve(resolve(zone.source.path)));
  return { ...outcome, rules, missing: discovery.missing, zones };
}
async function readCandidate(file, loader, options) {
  const config = loader.resolve(file.path);
  const origin = originFromName(file.path, config.zones.origins, loader.baseDir(file.path));
  if (file.kind !== "bind") {
    const { readExport } = await import("./providers-EIN23EA6.js");
    return readExport(file.path, file.kind, { origin, readFile: options.readFile });
  }
  return readZone(file.path, { origin, root: lintRoot(file.path), readFile: options.readFile });
}
function lintRoot(file) {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    if (existsSync(join(dir, ".git"))) return dir;
    if (dirname(dir) === dir) break;
  }
  const cwd = process.cwd();
  return relative(cwd, file).startsWith("..") ? dirname(file) : cwd;
}
function withStdin(options, stdin) {
  const path = resolve(stdin.path);
  return { ...options, readFile: (p) => p === path ? stdin.bytes : existsSync(p) ? readFileSync(p) : void 0 };
}
function stdinKind(path) {
  return /\.json$/i.test(path) ? "json" : /\.ya?ml$/i.test(path) ? "yaml" : "bind";
}
function headFrom(readFile, path) {
  const bytes = readFile(path);
  return bytes ? Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 8192)).toString("latin1") : void 0;
}

export {
  run
};
