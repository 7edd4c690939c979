#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);
import {
  repositoryFileUrl
} from "./chunk-4AEENPI5.js";

// src/engine/rule.ts
function defineRule(rule) {
  return rule;
}
function docsPath(ruleId) {
  if (ruleId.startsWith("live-")) return `docs/live/${ruleId}.md`;
  return ruleId.startsWith("syntax/") ? "docs/syntax.md" : `rules/${ruleId}/README.md`;
}
function docsUrl(ruleId) {
  const anchor = ruleId.startsWith("syntax/") ? `#${ruleId.slice("syntax/".length)}` : "";
  return repositoryFileUrl(docsPath(ruleId)) + anchor;
}

export {
  defineRule,
  docsPath,
  docsUrl
};
