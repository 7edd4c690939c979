/**
 * Terminal output in the manner of ESLint's `stylish` formatter, with the source line and a
 * `^~~~` marker under each finding as actionlint and ShellCheck show it:
 *
 *     zones/example.com.zone
 *       3:12  error  MX target is an IP address  mx-target-ip
 *         3 | @ IN MX 10 192.0.2.1
 *           |            ^~~~~~~~~
 *
 *     ✖ 1 problem (1 error, 0 warnings)
 */
import picocolors from 'picocolors';
import type { Diagnostic, Severity } from '../model/diagnostic.ts';
import type { FileResult } from '../model/result.ts';
import { locate } from '../model/span.ts';
import { countSeverities, describeCounts } from './counts.ts';
import { excerpt, printable } from './text.ts';

export interface StylishOptions {
  /** Whether to emit ANSI colours (the CLI resolves NO_COLOR, FORCE_COLOR and --no-color). */
  color: boolean;
  /** Show the source line under each finding (default true). */
  excerpts?: boolean;
}

type Colors = ReturnType<typeof picocolors.createColors>;

interface Row {
  position: [line: string, column: string];
  severity: Severity;
  message: string;
  ruleId: string;
  snippet: string[];
}

export function formatStylish(results: readonly FileResult[], opts: StylishOptions): string {
  const c = picocolors.createColors(opts.color);
  const counts = countSeverities(results);
  if (counts.total === 0) return '';
  let output = '\n';
  for (const result of results) {
    if (result.diagnostics.length === 0) continue;
    const rows = result.diagnostics.map((d) => toRow(d, c, opts.excerpts ?? true));
    output += `${c.underline(printable(result.path))}\n${table(rows, c)}\n\n`;
  }
  const summaryColor = counts.errors > 0 ? c.red : counts.warnings > 0 ? c.yellow : c.blue;
  output += summaryColor(c.bold(`\u2716 ${describeCounts(counts)}\n`));
  // As ESLint does: reset at the end so a colour never leaks into the shell prompt.
  return c.reset(output);
}

function severityColor(severity: Severity, c: Colors): (text: string) => string {
  return severity === 'error' ? c.red : severity === 'warning' ? c.yellow : c.blue;
}

function toRow(d: Diagnostic, c: Colors, withExcerpt: boolean): Row {
  const loc = locate(d.span);
  return {
    position: [String(loc.line), String(loc.column)],
    severity: d.severity,
    // ESLint drops one final full stop from messages.
    message: printable(d.message).replace(/([^ ])\.$/u, '$1'),
    ruleId: printable(d.ruleId),
    snippet: withExcerpt ? snippet(d, c) : [],
  };
}

function snippet(d: Diagnostic, c: Colors): string[] {
  const loc = locate(d.span);
  const line = d.span.source.lineText(loc.line);
  if (line.trim() === '') return [];
  // Multi-line spans are marked to the end of their first line.
  const endColumn = loc.endLine === loc.line ? loc.endColumn : line.length + 1;
  const { text, marker } = excerpt(line, loc.column - 1, endColumn - 1);
  const number = String(loc.line);
  const gutter = ' '.repeat(number.length);
  return [
    `    ${c.dim(`${number} |`)} ${text}`.trimEnd(),
    `    ${c.dim(`${gutter} |`)} ${severityColor(d.severity, c)(marker)}`,
  ];
}

const MESSAGE_ALIGN = 60;

/** Columns aligned as text-table lays them out for ESLint: line right, the rest left, 2 spaces. */
function table(rows: readonly Row[], c: Colors): string {
  const width = { line: 0, column: 0, severity: 0, message: 0 };
  for (const row of rows) {
    width.line = Math.max(width.line, row.position[0].length);
    width.column = Math.max(width.column, row.position[1].length);
    width.severity = Math.max(width.severity, row.severity.length);
    // mxlint's messages are whole sentences: aligning rule ids past the longest one would push
    // them off the screen, so only short messages are padded.
    width.message = Math.min(MESSAGE_ALIGN, Math.max(width.message, row.message.length));
  }
  const lines: string[] = [];
  for (const row of rows) {
    const [line, column] = row.position;
    const position = ' '.repeat(width.line - line.length) + c.dim(`${line}:${column}`) + ' '.repeat(width.column - column.length);
    const severity = severityColor(row.severity, c)(row.severity) + ' '.repeat(width.severity - row.severity.length);
    const message = row.ruleId === '' ? row.message : row.message.padEnd(width.message);
    const ruleId = row.ruleId === '' ? '' : `  ${c.dim(row.ruleId)}`;
    lines.push(`  ${position}  ${severity}  ${message}${ruleId}`.trimEnd(), ...row.snippet);
  }
  return lines.join('\n');
}
