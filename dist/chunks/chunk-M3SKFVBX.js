#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);
import {
  discover,
  fileHead,
  lintZones,
  readZones,
  timePhase
} from "./chunk-DP3PAIXF.js";
import {
  rules
} from "./chunk-N45YSYZF.js";
import {
  ConfigLoader
} from "./chunk-7FCSRQQO.js";

// src/engine/run.ts
import { existsSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
async function run(options) {
  return lintRead(await readPaths(options), options.base);
}
async function readPaths(options) {
  const loader = new ConfigLoader(rules, options.configPath);
  const discovery = await timePhase("discover", async () => {
    const found = discover(options.paths, loader, options.readFile ? (p) => fileHead(p, 16384, options.readFile) : void 0);
    await loader.validateAll();
    return found;
  });
  const { zones, notes, listing } = await timePhase("read", () => readZones(discovery, loader, { readFile: options.readFile, root: lintRoot }));
  return { zones, notes, listing, missing: discovery.missing, loader };
}
async function lintRead(read, base) {
  const outcome = await timePhase("rules", () => lintZones(read.zones, rules, (zone) => read.loader.resolve(resolve(zone.source.path)), base));
  return { ...outcome, results: [...outcome.results, ...read.notes], rules, missing: read.missing, zones: read.zones, listing: read.listing };
}
function lintRoot(file) {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    if (existsSync(join(dir, ".git"))) return dir;
    if (dirname(dir) === dir) break;
  }
  const cwd = process.cwd();
  return relative(cwd, file).startsWith("..") ? dirname(file) : cwd;
}

export {
  run,
  readPaths
};
