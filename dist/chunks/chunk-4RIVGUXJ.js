#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);

// src/report/text.ts
var TAB_WIDTH = 8;
function printable(text) {
  return text.replace(/[\x00-\x1f\x7f\x80-\x9f\u202a-\u202e\u2066-\u2069]/g, (ch) => {
    const code = ch.charCodeAt(0);
    if (code < 32) return String.fromCharCode(9216 + code);
    if (code === 127) return "\u2421";
    return "\uFFFD";
  });
}
function excerpt(line, from, to, maxWidth = 120) {
  const start = Math.min(Math.max(0, from), line.length);
  const end = Math.min(Math.max(start, to), line.length);
  const pos = new Array(line.length + 1);
  let shown = "";
  for (let i = 0; i < line.length; i++) {
    pos[i] = shown.length;
    const ch = line[i];
    shown += ch === "	" ? " ".repeat(TAB_WIDTH - shown.length % TAB_WIDTH) : printable(ch);
  }
  pos[line.length] = shown.length;
  let markFrom = pos[start];
  let markWidth = Math.max(1, pos[end] - markFrom);
  if (shown.length <= maxWidth) {
    return { text: shown, marker: " ".repeat(markFrom) + "^" + "~".repeat(markWidth - 1) };
  }
  const context = Math.min(20, Math.floor(maxWidth / 4));
  const windowStart = Math.max(0, Math.min(markFrom - context, shown.length - maxWidth + 1));
  const lead = windowStart > 0 ? "\u2026" : "";
  const room = maxWidth - lead.length;
  const windowEnd = Math.min(shown.length, windowStart + room);
  const trail = windowEnd < shown.length ? "\u2026" : "";
  let text = shown.slice(windowStart, windowEnd - trail.length) + trail;
  text = lead + text;
  markFrom = markFrom - windowStart + lead.length;
  markWidth = Math.max(1, Math.min(markWidth, text.length - markFrom));
  return { text, marker: " ".repeat(markFrom) + "^" + "~".repeat(markWidth - 1) };
}

export {
  printable,
  excerpt
};
