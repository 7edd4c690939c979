#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);
import {
  discover,
  lintZones,
  originFromName,
  rules
} from "./chunk-J4OB6PLK.js";
import {
  readZone
} from "./chunk-F5NSMPIR.js";
import {
  ConfigLoader
} from "./chunk-KKBMAPDJ.js";

// src/engine/run.ts
import { existsSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
async function run(options) {
  return lintRead(await readZones(options), options.base);
}
function lintRead(read, base) {
  const outcome = lintZones(read.zones, rules, (zone) => read.loader.resolve(resolve(zone.source.path)), base);
  return { ...outcome, rules, missing: read.missing, zones: read.zones };
}
async function readZones(options) {
  const loader = new ConfigLoader(rules, options.configPath);
  const discovery = discover(options.paths, loader, options.readFile ? (p) => headFrom(options.readFile, p) : void 0);
  await loader.validateAll();
  const read = [];
  for (const file of discovery.files) read.push(await readCandidate(file, loader, options));
  const included = new Set(read.flatMap((zone) => zone.files.slice(1).map((f) => resolve(f.path))));
  const zones = read.filter((zone) => !included.has(resolve(zone.source.path)));
  return { zones, missing: discovery.missing, loader };
}
async function readCandidate(file, loader, options) {
  const config = loader.resolve(file.path);
  const origin = originFromName(file.path, config.zones.origins, loader.baseDir(file.path));
  if (file.kind !== "bind") {
    const { readExport } = await import("./providers-RFQJACF2.js");
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
function headFrom(readFile, path) {
  const bytes = readFile(path);
  return bytes ? Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 8192)).toString("latin1") : void 0;
}

export {
  run,
  readZones
};
