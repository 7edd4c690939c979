#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);

// src/report/counts.ts
var SEVERITY_RANK = { error: 0, warning: 1, info: 2 };
function countDiagnostics(diagnostics) {
  const counts = { errors: 0, warnings: 0, infos: 0, total: 0 };
  for (const d of diagnostics) addTo(counts, d.severity);
  return counts;
}
function countSeverities(results) {
  const counts = { errors: 0, warnings: 0, infos: 0, total: 0 };
  for (const result of results) for (const d of result.diagnostics) addTo(counts, d.severity);
  return counts;
}
function addTo(counts, severity) {
  if (severity === "error") counts.errors++;
  else if (severity === "warning") counts.warnings++;
  else counts.infos++;
  counts.total++;
}
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
function describeCounts(counts) {
  const parts = [plural(counts.errors, "error"), plural(counts.warnings, "warning")];
  if (counts.infos > 0) parts.push(plural(counts.infos, "info"));
  return `${plural(counts.total, "problem")} (${parts.join(", ")})`;
}

export {
  SEVERITY_RANK,
  countDiagnostics,
  countSeverities,
  plural,
  describeCounts
};
