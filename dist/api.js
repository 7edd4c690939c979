#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);
import {
  findingFingerprint,
  relativeUri
} from "./chunks/chunk-GTEJDMJM.js";
import {
  rulePage
} from "./chunks/chunk-BRA3G5FL.js";
import {
  repositoryRoot
} from "./chunks/chunk-36HG7PXG.js";
import {
  run
} from "./chunks/chunk-ZPCBEGAE.js";
import "./chunks/chunk-6NVZVCCY.js";
import "./chunks/chunk-3WNIJ6AM.js";
import {
  rules
} from "./chunks/chunk-H5HZL44F.js";
import "./chunks/chunk-CIGZ5PDF.js";
import {
  locate
} from "./chunks/chunk-VOD57E3I.js";
import {
  useReadWorker
} from "./chunks/chunk-ATMOH74O.js";
import "./chunks/chunk-GYRZPTRP.js";
import {
  VERSION
} from "./chunks/chunk-4AEENPI5.js";
import "./chunks/chunk-5KNXT2RY.js";
import "./chunks/chunk-CUWRVAA3.js";
import "./chunks/chunk-FO3ECEPE.js";
import "./chunks/chunk-C7ZOMXXB.js";
import "./chunks/chunk-CCFEVKPO.js";

// src/api.ts
import { relative, resolve } from "node:path";
var MissingPathError = class extends Error {
  constructor(paths) {
    super(`no such file or directory: ${paths.join(", ")}`);
    this.paths = paths;
  }
  paths;
  name = "MissingPathError";
};
useReadWorker(new URL("./split-worker.js", import.meta.url));
async function lint(input, options = {}) {
  const cwd = resolve(options.cwd ?? process.cwd());
  const config = options.config === void 0 ? void 0 : resolve(cwd, options.config);
  const outcome = typeof input === "object" && "text" in input ? await run({ rules, paths: [], configPath: config, stdin: { path: resolve(cwd, input.filePath), bytes: typeof input.text === "string" ? Buffer.from(input.text, "utf8") : input.text } }) : await run({ rules, paths: [input].flat().map((p) => resolve(cwd, p)), configPath: config });
  if (outcome.missing.length) throw new MissingPathError(outcome.missing);
  const root = repositoryRoot(cwd);
  return outcome.results.map((result) => {
    const filePath = resolve(result.path);
    const uri = relativeUri(relative(root, filePath));
    const messages = result.diagnostics.map((d) => {
      const { line, column, endLine, endColumn } = locate(d.span);
      return { ruleId: d.ruleId, severity: d.severity, message: d.message, line, column, endLine, endColumn, fingerprint: findingFingerprint(d, uri) };
    });
    const count = (severity) => messages.filter((m) => m.severity === severity).length;
    return { filePath, messages, errorCount: count("error"), warningCount: count("warning"), infoCount: count("info") };
  });
}
function listRules() {
  return rules.map(({ meta }) => ({ id: meta.id, description: meta.description, severity: meta.severity }));
}
function explain(ruleId) {
  return rulePage(ruleId);
}
var version = VERSION;
export {
  MissingPathError,
  explain,
  lint,
  listRules,
  version
};
