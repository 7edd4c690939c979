#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);
import {
  findingFingerprint,
  relativeUri
} from "./chunk-GTEJDMJM.js";
import "./chunk-CCFEVKPO.js";

// src/engine/baseline.ts
import { readFileSync, writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";
var BaselineError = class extends Error {
  name = "BaselineError";
};
function fingerprints(result, root) {
  const uri = relativeUri(relative(root, resolve(result.path)));
  return result.diagnostics.map((d) => findingFingerprint(d, uri));
}
function writeBaseline(file, results, root) {
  const findings = {};
  let total = 0;
  for (const result of results) {
    for (const key of fingerprints(result, root)) {
      findings[key] = (findings[key] ?? 0) + 1;
      total++;
    }
  }
  const sorted = Object.fromEntries(Object.entries(findings).sort(([a], [b]) => a < b ? -1 : 1));
  const content = { mxlintBaseline: 1, findings: sorted };
  writeFileSync(file, JSON.stringify(content, null, 2) + "\n");
  return total;
}
function readBaseline(file) {
  let parsed;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    const why = error instanceof SyntaxError ? `not JSON (${error.message})` : "cannot be read";
    throw new BaselineError(`baseline ${file}: ${why}; write one with --baseline-write`);
  }
  const findings = parsed?.findings;
  if (parsed?.mxlintBaseline !== 1 || typeof findings !== "object" || findings === null) {
    throw new BaselineError(`baseline ${file}: not an mxlint baseline (written by --baseline-write)`);
  }
  return new Map(Object.entries(findings).filter((e) => typeof e[1] === "number"));
}
function applyBaseline(results, baseline, root) {
  const left = new Map(baseline);
  let known = 0;
  const kept = results.map((result) => {
    const keys = fingerprints(result, root);
    const diagnostics = result.diagnostics.filter((_, i) => {
      const n = left.get(keys[i]) ?? 0;
      if (n === 0) return true;
      left.set(keys[i], n - 1);
      known++;
      return false;
    });
    return { ...result, diagnostics };
  });
  return { results: kept, known };
}
export {
  BaselineError,
  applyBaseline,
  readBaseline,
  writeBaseline
};
