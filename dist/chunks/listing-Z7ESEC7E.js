#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);
import "./chunk-CCFEVKPO.js";

// src/report/listing.ts
import { relative } from "node:path";
var FROM = {
  content: "from its content",
  config: "from the configuration",
  "file-name": "from the file name",
  records: "guessed from the records' common suffix"
};
function formatListing(files) {
  return files.map((file) => {
    const path = relative(process.cwd(), file.path) || file.path;
    if (!file.as) return `${path}: skipped: ${file.why}
`;
    const zone = file.origin ? `zone ${file.origin} (${FROM[file.originFrom ?? "content"]})` : file.originFrom === "unknown" ? "zone unknown" : "part of another zone";
    const view = file.view ? `, view ${file.view}` : "";
    return `${path}: ${file.as}, ${zone}${view}: ${file.why}
`;
  }).join("");
}
export {
  formatListing
};
