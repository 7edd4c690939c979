#!/usr/bin/env node
import { createRequire as __mxCreateRequire } from 'node:module'; const require = __mxCreateRequire(import.meta.url);
import {
  excerpt,
  printable
} from "./chunk-4RIVGUXJ.js";
import {
  countSeverities,
  describeCounts
} from "./chunk-KYABPQAJ.js";
import {
  locate
} from "./chunk-VOD57E3I.js";
import {
  __commonJS,
  __toESM
} from "./chunk-CCFEVKPO.js";

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports, module) {
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    };
    var replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do {
        result += string.substring(cursor, index) + replace;
        cursor = index + close.length;
        index = string.indexOf(close, cursor);
      } while (~index);
      return result + string.substring(cursor);
    };
    var createColors = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module.exports = createColors();
    module.exports.createColors = createColors;
  }
});

// src/report/stylish.ts
var import_picocolors = __toESM(require_picocolors(), 1);
function formatStylish(results, opts) {
  const c = import_picocolors.default.createColors(opts.color);
  const counts = countSeverities(results);
  if (counts.total === 0) return "";
  let output = "\n";
  for (const result of results) {
    if (result.diagnostics.length === 0) continue;
    const rows = result.diagnostics.map((d) => toRow(d, c, opts.excerpts ?? true));
    output += `${c.underline(printable(result.path))}
${table(rows, c)}

`;
  }
  const summaryColor = counts.errors > 0 ? c.red : counts.warnings > 0 ? c.yellow : c.blue;
  output += summaryColor(c.bold(`\u2716 ${describeCounts(counts)}
`));
  return c.reset(output);
}
function severityColor(severity, c) {
  return severity === "error" ? c.red : severity === "warning" ? c.yellow : c.blue;
}
function toRow(d, c, withExcerpt) {
  const loc = locate(d.span);
  return {
    position: [String(loc.line), String(loc.column)],
    severity: d.severity,
    // ESLint drops one final full stop from messages.
    message: printable(d.message).replace(/([^ ])\.$/u, "$1"),
    ruleId: printable(d.ruleId),
    snippet: withExcerpt ? snippet(d, c) : []
  };
}
function snippet(d, c) {
  const loc = locate(d.span);
  const line = d.span.source.lineText(loc.line);
  if (line.trim() === "") return [];
  const endColumn = loc.endLine === loc.line ? loc.endColumn : line.length + 1;
  const { text, marker } = excerpt(line, loc.column - 1, endColumn - 1);
  const number = String(loc.line);
  const gutter = " ".repeat(number.length);
  return [
    `    ${c.dim(`${number} |`)} ${text}`.trimEnd(),
    `    ${c.dim(`${gutter} |`)} ${severityColor(d.severity, c)(marker)}`
  ];
}
var MESSAGE_ALIGN = 60;
function table(rows, c) {
  const width = { line: 0, column: 0, severity: 0, message: 0 };
  for (const row of rows) {
    width.line = Math.max(width.line, row.position[0].length);
    width.column = Math.max(width.column, row.position[1].length);
    width.severity = Math.max(width.severity, row.severity.length);
    width.message = Math.min(MESSAGE_ALIGN, Math.max(width.message, row.message.length));
  }
  const lines = [];
  for (const row of rows) {
    const [line, column] = row.position;
    const position = " ".repeat(width.line - line.length) + c.dim(`${line}:${column}`) + " ".repeat(width.column - column.length);
    const severity = severityColor(row.severity, c)(row.severity) + " ".repeat(width.severity - row.severity.length);
    const message = row.ruleId === "" ? row.message : row.message.padEnd(width.message);
    const ruleId = row.ruleId === "" ? "" : `  ${c.dim(row.ruleId)}`;
    lines.push(`  ${position}  ${severity}  ${message}${ruleId}`.trimEnd(), ...row.snippet);
  }
  return lines.join("\n");
}
export {
  formatStylish
};
