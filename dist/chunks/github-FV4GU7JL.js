#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);
import {
  SEVERITY_RANK,
  countSeverities,
  describeCounts,
  plural
} from "./chunk-KYABPQAJ.js";
import {
  docsUrl
} from "./chunk-OTU3AAMB.js";
import {
  locate
} from "./chunk-VOD57E3I.js";
import "./chunk-V73H2GFS.js";
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
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
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

// src/report/github-summary.ts
var ESCAPES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "|": "&#124;",
  "`": "&#96;",
  "\r": "",
  "\n": "<br>"
};
function escapeHtml(text) {
  return text.replace(/[&<>"'|`\r\n]/g, (ch) => ESCAPES[ch]);
}
var SEVERITY_LABEL = { error: "error", warning: "warning", info: "info" };
function formatGithubSummary(results, opts = {}) {
  const maxBytes = opts.maxBytes ?? 1e3 * 1024;
  const counts = countSeverities(results);
  const files = results.filter((r) => r.diagnostics.length > 0);
  const paragraphs = [`<h2>${escapeHtml(opts.title ?? "mxlint")}</h2>`];
  paragraphs.push(counts.total === 0 ? "No problems found." : `${describeCounts(counts)} in ${plural(files.length, "file")}.`);
  if (opts.preExisting !== void 0) {
    const n = opts.preExisting;
    paragraphs.push(`${plural(n, "pre-existing finding")} that this change did not introduce ${n === 1 ? "is" : "are"} not listed.`);
  }
  const reserve = 200;
  let output = `${paragraphs.join("\n\n")}

`;
  let size = Buffer.byteLength(output);
  let left = 0;
  for (const result of files) {
    const open = `<h3><code>${escapeHtml(result.path)}</code></h3>
<table>
<thead><tr><th>Line</th><th>Severity</th><th>Rule</th><th>Message</th></tr></thead>
<tbody>
`;
    const close = "</tbody>\n</table>\n\n";
    const rows = [];
    let sectionSize = Buffer.byteLength(open) + close.length;
    for (const d of result.diagnostics) {
      const loc = locate(d.span);
      const row = `<tr><td>${loc.line}:${loc.column}</td><td>${SEVERITY_LABEL[d.severity]}</td><td><a href="${escapeHtml(docsUrl(d.ruleId))}"><code>${escapeHtml(d.ruleId)}</code></a></td><td>${escapeHtml(d.message)}</td></tr>
`;
      const rowSize = Buffer.byteLength(row);
      if (left > 0 || size + sectionSize + rowSize + reserve > maxBytes) {
        left++;
        continue;
      }
      rows.push(row);
      sectionSize += rowSize;
    }
    if (rows.length > 0) {
      output += open + rows.join("") + close;
      size += sectionSize;
    }
  }
  if (left > 0) output += `${plural(left, "more finding")} left out: the summary is limited in size. The SARIF or JSON output lists them all.
`;
  return output;
}
export {
  escapeData,
  escapeHtml,
  escapeProperty,
  formatGithubAnnotations,
  formatGithubSummary
};
