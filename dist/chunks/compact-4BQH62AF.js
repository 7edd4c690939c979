#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);
import {
  printable
} from "./chunk-6LNEOKTU.js";
import {
  countSeverities,
  plural
} from "./chunk-KYABPQAJ.js";
import {
  locate
} from "./chunk-VOD57E3I.js";
import "./chunk-CCFEVKPO.js";

// src/report/compact.ts
var WORD = { error: "Error", warning: "Warning", info: "Info" };
function formatCompact(results, style) {
  const lines = [];
  for (const result of results) {
    for (const d of result.diagnostics) {
      const { line, column } = locate(d.span);
      const message = printable(d.message);
      const path = printable(result.path);
      lines.push(style === "unix" ? `${path}:${line}:${column}: ${message} [${WORD[d.severity]}/${d.ruleId}]` : `${path}: line ${line}, col ${column}, ${WORD[d.severity]} - ${message} (${d.ruleId})`);
    }
  }
  if (lines.length === 0) return "";
  const total = countSeverities(results).total;
  return `${lines.join("\n")}

${plural(total, "problem")}
`;
}
export {
  formatCompact
};
