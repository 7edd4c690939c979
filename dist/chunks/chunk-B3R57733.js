#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);
import {
  discover,
  fileHead,
  lintZones,
  readZones,
  timePhase
} from "./chunk-CREZW3KJ.js";
import {
  rules
} from "./chunk-TX3Y7FDA.js";
import {
  ConfigLoader
} from "./chunk-AV6A3BJP.js";

// src/engine/run.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
async function run(options) {
  if (options.stdin) options = withStdin(options, options.stdin);
  const loader = new ConfigLoader(rules, options.configPath);
  const discovery = await timePhase("discover", async () => {
    const found = options.stdin ? { files: [{ path: resolve(options.stdin.path), kind: stdinKind(options.stdin.path), explicit: true, why: "read from standard input (--stdin-filename)" }], skipped: [], missing: [] } : discover(options.paths, loader, options.readFile ? (p) => fileHead(p, 16384, options.readFile) : void 0);
    await loader.validateAll();
    return found;
  });
  const { zones, notes, listing } = await timePhase("read", () => readZones(discovery, loader, { readFile: options.readFile, root: lintRoot }));
  const outcome = await timePhase("rules", () => lintZones(zones, rules, (zone) => loader.resolve(resolve(zone.source.path))));
  return { ...outcome, results: [...outcome.results, ...notes], rules, missing: discovery.missing, zones, listing };
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

export {
  run
};
