#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);
import {
  countDiagnostics
} from "./chunk-KYABPQAJ.js";
import {
  locate
} from "./chunk-VOD57E3I.js";
import "./chunk-CCFEVKPO.js";

// src/report/json.ts
import { resolve } from "node:path";
function toJsonResults(results, opts = {}) {
  const cwd = opts.cwd ?? process.cwd();
  return results.map((result) => {
    const counts = countDiagnostics(result.diagnostics);
    const entry = {
      filePath: resolve(cwd, result.path),
      messages: result.diagnostics.map((d) => {
        const loc = locate(d.span);
        return {
          ruleId: d.ruleId,
          severity: d.severity === "error" ? 2 : 1,
          message: d.message,
          line: loc.line,
          column: loc.column,
          endLine: loc.endLine,
          endColumn: loc.endColumn,
          nodeType: null
        };
      }),
      suppressedMessages: [],
      errorCount: counts.errors,
      fatalErrorCount: 0,
      warningCount: counts.warnings,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      infoCount: counts.infos,
      usedDeprecatedRules: []
    };
    if (result.source && result.diagnostics.length > 0) entry.source = result.source.display(result.source.text);
    return entry;
  });
}
function formatJson(results, opts = {}) {
  return [...formatJsonChunks(results, opts)].join("");
}
function* formatJsonChunks(results, opts = {}) {
  yield "[";
  for (let i = 0; i < results.length; i++) {
    const [{ source, ...entry }] = toJsonResults([results[i]], opts);
    const head = (i > 0 ? "," : "") + JSON.stringify(entry);
    if (source === void 0) {
      yield head;
      continue;
    }
    yield head.slice(0, -1) + ',"source":"';
    for (let at = 0; at < source.length; ) {
      let end = Math.min(source.length, at + SOURCE_PIECE);
      const last = source.charCodeAt(end - 1);
      if (last >= 55296 && last <= 56319 && end < source.length) end++;
      yield JSON.stringify(source.slice(at, end)).slice(1, -1);
      at = end;
    }
    yield '"}';
  }
  yield "]";
}
var SOURCE_PIECE = 1 << 16;
export {
  formatJson,
  formatJsonChunks,
  toJsonResults
};
