#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);
import {
  countSeverities,
  describeCounts,
  plural
} from "./chunk-KYABPQAJ.js";
import {
  docsUrl
} from "./chunk-CIGZ5PDF.js";
import {
  locate
} from "./chunk-VOD57E3I.js";

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
  escapeHtml,
  formatGithubSummary
};
