/**
 * One line per finding, for editors and tools that parse `file:line:col` (vim's errorformat,
 * Emacs compilation mode, grep-like pipelines):
 *
 *     compact (ESLint's):  zones/a.zone: line 3, col 12, Error - MX target is an IP address (mx-target-ip)
 *     unix:                zones/a.zone:3:12: MX target is an IP address [Error/mx-target-ip]
 */
import type { Severity } from '../model/diagnostic.ts';
import type { FileResult } from '../model/result.ts';
import { locate } from '../model/span.ts';
import { countSeverities, plural } from './counts.ts';
import { printable } from './text.ts';

const WORD: Readonly<Record<Severity, string>> = { error: 'Error', warning: 'Warning', info: 'Info' };

export function formatCompact(results: readonly FileResult[], style: 'compact' | 'unix'): string {
  const lines: string[] = [];
  for (const result of results) {
    for (const d of result.diagnostics) {
      const { line, column } = locate(d.span);
      // One finding, one line: a line break inside a message would start a bogus entry.
      const message = printable(d.message);
      const path = printable(result.path);
      lines.push(style === 'unix' ? `${path}:${line}:${column}: ${message} [${WORD[d.severity]}/${d.ruleId}]` : `${path}: line ${line}, col ${column}, ${WORD[d.severity]} - ${message} (${d.ruleId})`);
    }
  }
  if (lines.length === 0) return '';
  const total = countSeverities(results).total;
  return `${lines.join('\n')}\n\n${plural(total, 'problem')}\n`;
}
