/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`), one per finding.
 *
 * GitHub shows at most 10 error, 10 warning and 10 notice annotations per step, so the most
 * severe are emitted first, each level is capped, and the last annotation of a capped level
 * says how many were left out and where they are listed.
 */
import { sep } from 'node:path';
import type { Diagnostic, Severity } from '../model/diagnostic.ts';
import type { FileResult } from '../model/result.ts';
import { locate } from '../model/span.ts';
import { SEVERITY_RANK, plural } from './counts.ts';
import { neutraliseCommands } from './text.ts';

export interface AnnotationOptions {
  /** Annotations emitted per level at most (default 10, GitHub's own limit per step). */
  maxPerLevel?: number;
  /** Where the findings left out can be read, said on the last annotation of a capped level. */
  listedIn?: string;
}

export interface Annotations {
  /** Workflow command lines, without line breaks. */
  lines: string[];
  /** Findings per level that were not emitted because of the cap. */
  omitted: { errors: number; warnings: number; notices: number };
}

const COMMAND: Readonly<Record<Severity, 'error' | 'warning' | 'notice'>> = {
  error: 'error',
  warning: 'warning',
  info: 'notice',
};

const NOUN: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escapes a command's message, as @actions/core's `escapeData` does. */
export function escapeData(value: string): string {
  // And `##[`, which the runner's legacy command form would read (see neutraliseCommands).
  return neutraliseCommands(value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** Escapes a command property's value, as @actions/core's `escapeProperty` does. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

interface Entry {
  path: string;
  diagnostic: Diagnostic;
}

export function formatGithubAnnotations(results: readonly FileResult[], opts: AnnotationOptions = {}): Annotations {
  const max = Math.max(0, Math.floor(opts.maxPerLevel ?? 10));
  const byLevel: Record<Severity, Entry[]> = { error: [], warning: [], info: [] };
  for (const result of results) {
    for (const diagnostic of result.diagnostics) byLevel[diagnostic.severity].push({ path: result.path, diagnostic });
  }
  const lines: string[] = [];
  const omitted = { errors: 0, warnings: 0, notices: 0 };
  const levels = (Object.keys(byLevel) as Severity[]).sort((a, b) => SEVERITY_RANK[a] - SEVERITY_RANK[b]);
  for (const severity of levels) {
    const entries = byLevel[severity];
    const shown = entries.slice(0, max);
    const left = entries.length - shown.length;
    shown.forEach((entry, i) => {
      const note =
        left > 0 && i === shown.length - 1
          ? `\n\n${plural(left, `more ${NOUN[severity]}`)} not shown as annotations (GitHub shows at most ${max} per step); ${opts.listedIn ?? 'the job summary lists them all'}.`
          : '';
      lines.push(command(entry, note));
    });
    if (severity === 'error') omitted.errors = left;
    else if (severity === 'warning') omitted.warnings = left;
    else omitted.notices = left;
  }
  return { lines, omitted };
}

function command({ path, diagnostic: d }: Entry, note: string): string {
  const loc = locate(d.span);
  const properties: [string, string | number][] = [
    ['file', sep === '\\' ? path.replace(/\\/g, '/') : path],
    ['line', loc.line],
    ['col', loc.column],
    ['endLine', loc.endLine],
    ['endColumn', loc.endColumn],
    ['title', `mxlint (${d.ruleId})`],
  ];
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${COMMAND[d.severity]} ${props}::${escapeData(d.message + note)}`;
}
