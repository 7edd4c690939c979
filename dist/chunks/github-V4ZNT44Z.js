#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);
import {
  escapeHtml,
  formatGithubSummary
} from "./chunk-QFQY5WIX.js";
import {
  neutraliseCommands
} from "./chunk-6LNEOKTU.js";
import {
  SEVERITY_RANK,
  plural
} from "./chunk-KYABPQAJ.js";
import "./chunk-CIGZ5PDF.js";
import {
  locate
} from "./chunk-VOD57E3I.js";
import "./chunk-4AEENPI5.js";
import "./chunk-CCFEVKPO.js";

// src/report/github-annotations.ts
import { sep } from "node:path";
var COMMAND = {
  error: "error",
  warning: "warning",
  info: "notice"
};
var NOUN = { error: "error", warning: "warning", info: "notice" };
function escapeData(value) {
  return neutraliseCommands(value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
}
function escapeProperty(value) {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function formatGithubAnnotations(results, opts = {}) {
  const max = Math.max(0, Math.floor(opts.maxPerLevel ?? 10));
  const byLevel = { error: [], warning: [], info: [] };
  for (const result of results) {
    for (const diagnostic of result.diagnostics) byLevel[diagnostic.severity].push({ path: result.path, diagnostic });
  }
  const lines = [];
  const omitted = { errors: 0, warnings: 0, notices: 0 };
  const levels = Object.keys(byLevel).sort((a, b) => SEVERITY_RANK[a] - SEVERITY_RANK[b]);
  for (const severity of levels) {
    const entries = byLevel[severity];
    const shown = entries.slice(0, max);
    const left = entries.length - shown.length;
    shown.forEach((entry, i) => {
      const note = left > 0 && i === shown.length - 1 ? `

${plural(left, `more ${NOUN[severity]}`)} not shown as annotations (GitHub shows at most ${max} per step); ${opts.listedIn ?? "the job summary lists them all"}.` : "";
      lines.push(command(entry, note));
    });
    if (severity === "error") omitted.errors = left;
    else if (severity === "warning") omitted.warnings = left;
    else omitted.notices = left;
  }
  return { lines, omitted };
}
function command({ path, diagnostic: d }, note) {
  const loc = locate(d.span);
  const properties = [
    ["file", sep === "\\" ? path.replace(/\\/g, "/") : path],
    ["line", loc.line],
    ["col", loc.column],
    ["endLine", loc.endLine],
    ["endColumn", loc.endColumn],
    ["title", `mxlint (${d.ruleId})`]
  ];
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
  return `::${COMMAND[d.severity]} ${props}::${escapeData(d.message + note)}`;
}
export {
  escapeData,
  escapeHtml,
  escapeProperty,
  formatGithubAnnotations,
  formatGithubSummary
};
