#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);
import {
  absolutePath,
  discover,
  fileHead,
  foldersWithoutZones,
  readZones
} from "./chunk-3WNIJ6AM.js";
import {
  lintZones,
  timePhase
} from "./chunk-H5HZL44F.js";
import {
  ConfigLoader
} from "./chunk-GYRZPTRP.js";
import {
  Budget,
  LIMIT_FINDINGS
} from "./chunk-C7ZOMXXB.js";

// src/engine/run.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
async function run(options) {
  return lintRead(await readPaths(options), options.base);
}
async function readPaths(options) {
  if (options.stdin) options = withStdin(options, options.stdin);
  const loader = new ConfigLoader(options.rules, options.configPath, options.readFile);
  const discovery = await timePhase("discover", async () => {
    const found = options.stdin ? { files: [{ path: resolve(options.stdin.path), kind: stdinKind(options.stdin.path), explicit: true, why: "read from standard input (--stdin-filename)" }], skipped: [], missing: [] } : discover(options.paths, loader, options.readFile ? (p) => fileHead(p, 16384, options.readFile) : void 0);
    await loader.validateAll();
    return found;
  });
  const budget = new Budget(loader.limits());
  const roots = /* @__PURE__ */ new Map();
  const root = (file) => {
    let found = roots.get(dirname(file));
    if (found === void 0) roots.set(dirname(file), found = lintRoot(file));
    return found;
  };
  const { zones, notes, listing } = await timePhase("read", () => readZones(discovery, loader, { readFile: options.readFile, root, budget }));
  return { zones, notes, listing, missing: discovery.missing, withoutZones: foldersWithoutZones(discovery.folders ?? [], listing), loader, budget };
}
async function lintRead(read, base) {
  const rules = read.loader.rules;
  const outcome = await timePhase("rules", () => lintZones(read.zones, rules, (zone) => read.loader.resolve(absolutePath(zone.source)), base));
  return { ...outcome, results: capFindings([...outcome.results, ...read.notes], read.budget), rules, missing: read.missing, withoutZones: read.withoutZones, zones: read.zones, listing: read.listing };
}
function capFindings(results, budget) {
  const { findingsPerFile, findingsPerRun } = budget.limits;
  let left = findingsPerRun;
  return results.map((result) => {
    const room = Math.max(0, Math.min(findingsPerFile, left));
    left -= Math.min(room, result.diagnostics.length);
    if (result.diagnostics.length <= room) return result;
    const kept = result.diagnostics.slice(0, room);
    const dropped = result.diagnostics.length - room;
    const which = room < findingsPerFile ? budget.message("findingsPerRun", "findings per run", "so the rest are left out") : budget.message("findingsPerFile", "findings per file", "so the rest are left out");
    const source = result.diagnostics[0].span.source;
    kept.push({ ruleId: LIMIT_FINDINGS, severity: "error", message: `${dropped} more findings in this file were not reported: ${which}`, span: { source, start: 0, end: 0 } });
    return { ...result, diagnostics: kept };
  });
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
  run,
  readPaths
};
