#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);
import {
  docsPath
} from "./chunk-CIGZ5PDF.js";

// src/engine/docs.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var root;
function packageRoot() {
  if (root !== void 0) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "docs", "syntax.md"))) return root = dir;
    const parent = dirname(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}
function rulePage(ruleId) {
  const base = packageRoot();
  if (base === void 0 || !/^(syntax\/)?[a-z0-9]+(-[a-z0-9]+)*$/.test(ruleId)) return void 0;
  const file = join(base, docsPath(ruleId));
  if (!existsSync(file)) return void 0;
  const text = readFileSync(file, "utf8");
  if (!ruleId.startsWith("syntax/")) return text;
  const code = ruleId.slice("syntax/".length);
  const section = new RegExp(`^### ${code}\\n([^]*?)(?=^#|(?![^]))`, "m").exec(text);
  return section ? `# ${ruleId}

${section[1].trim()}

All syntax diagnostics: docs/syntax.md.
` : void 0;
}

export {
  rulePage
};
