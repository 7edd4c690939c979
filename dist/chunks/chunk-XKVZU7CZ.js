#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);

// src/engine/rule.ts
function defineRule(rule) {
  return rule;
}
var DOCS_BASE = "https://github.com/mxlint/mxlint/blob/main/rules/";
function docsUrl(ruleId) {
  if (ruleId.startsWith("live-")) return `${DOCS_BASE.replace(/rules\/$/, "docs/live/")}${ruleId}.md`;
  return ruleId.startsWith("syntax/") ? `${DOCS_BASE}README.md#syntax-diagnostics` : `${DOCS_BASE}${ruleId}/README.md`;
}

export {
  defineRule,
  docsUrl
};
