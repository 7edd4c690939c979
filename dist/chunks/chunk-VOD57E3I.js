#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);

// src/model/span.ts
function locate(span) {
  const from = span.source.positionAt(span.start);
  const to = span.source.positionAt(Math.max(span.start, span.end));
  return { file: span.source.path, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
}
function spanText(span) {
  return span.source.display(span.source.slice(span.start, span.end));
}

export {
  locate,
  spanText
};
