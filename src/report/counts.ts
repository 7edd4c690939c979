/**
 * Counting and ordering shared by every formatter, so the totals read the same in the terminal,
 * in JSON and in a job summary.
 */
import type { Diagnostic, Severity } from '../model/diagnostic.ts';
import type { FileResult } from '../model/result.ts';

export interface SeverityCounts {
  errors: number;
  warnings: number;
  infos: number;
  /** errors + warnings + infos */
  total: number;
}

/** Most severe first: errors, then warnings, then infos. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

export function countDiagnostics(diagnostics: readonly Diagnostic[]): SeverityCounts {
  const counts: SeverityCounts = { errors: 0, warnings: 0, infos: 0, total: 0 };
  for (const d of diagnostics) addTo(counts, d.severity);
  return counts;
}

export function countSeverities(results: readonly FileResult[]): SeverityCounts {
  const counts: SeverityCounts = { errors: 0, warnings: 0, infos: 0, total: 0 };
  for (const result of results) for (const d of result.diagnostics) addTo(counts, d.severity);
  return counts;
}

function addTo(counts: SeverityCounts, severity: Severity): void {
  if (severity === 'error') counts.errors++;
  else if (severity === 'warning') counts.warnings++;
  else counts.infos++;
  counts.total++;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * `3 problems (1 error, 1 warning)`, with `, N infos` only when there are infos,
 * as ESLint's stylish summary reads.
 */
export function describeCounts(counts: SeverityCounts): string {
  const parts = [plural(counts.errors, 'error'), plural(counts.warnings, 'warning')];
  if (counts.infos > 0) parts.push(plural(counts.infos, 'info'));
  return `${plural(counts.total, 'problem')} (${parts.join(', ')})`;
}
