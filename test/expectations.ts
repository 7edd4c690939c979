/**
 * Expected diagnostics written in the linted files themselves, for the rule fixtures and the
 * calibration corpus:
 *   mail  IN MX 10 mx.example.com.   ; expect: mx-dangling-target
 *   ; expect-next-line: ttl-too-short@12   (optional @column, 1-based)
 *   ; expect: dkim-weak-key@30!warning       (optional !severity: error, warning or info)
 * (in YAML and JSON files, after a `#` or inside a string: the `;` marks it).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { FileResult } from '../src/model/result.ts';
import { locate } from '../src/model/span.ts';

const EXPECT = /;\s*expect(-next-line)?:\s*([\w/-]+)(?:@(\d+))?(?:!(error|warning|info))?/g;

/** `file:line[:column] rule [severity]` for every expectation under `dir`, sorted. */
export function expectations(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name !== 'mxlint.config.json' && name !== 'README.md') {
        const lines = readFileSync(full, 'latin1').split('\n');
        lines.forEach((line, i) => {
          for (const m of line.matchAll(EXPECT)) {
            const lineNo = m[1] ? i + 2 : i + 1;
            out.push(`${relative(dir, full)}:${lineNo}${m[3] ? ':' + m[3] : ''} ${m[2]}${m[4] ? ' ' + m[4] : ''}`);
          }
        });
      }
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * The diagnostics of `results` that `keep` accepts, written like `expectations` (a column or a
 * severity only where the expectation of that line and rule pins one), sorted.
 */
export function found(results: readonly FileResult[], dir: string, wanted: readonly string[], keep: (ruleId: string) => boolean): string[] {
  const key = (w: string) => w.replace(/^(\S+?:\d+)(?::\d+)? (\S+).*$/, '$1 $2');
  const withColumns = new Set(wanted.filter((w) => /^\S+:\d+:\d+ /.test(w)).map(key));
  const withSeverity = new Set(wanted.filter((w) => / (error|warning|info)$/.test(w)).map(key));
  const got: string[] = [];
  for (const file of results) {
    for (const d of file.diagnostics) {
      if (!keep(d.ruleId)) continue;
      const at = locate(d.span);
      const base = `${relative(dir, join(process.cwd(), at.file))}:${at.line}`;
      const id = `${base} ${d.ruleId}`;
      const position = withColumns.has(id) ? `${base}:${at.column}` : base;
      got.push(`${position} ${d.ruleId}${withSeverity.has(id) ? ' ' + d.severity : ''}`);
    }
  }
  return got.sort();
}
