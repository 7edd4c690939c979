/**
 * Walks every rule folder: each rule has a doc page and fixtures, and its fixture zones carry
 * their expected diagnostics in comments:
 *   mail  IN MX 10 mx.example.com.   ; expect: mx-dangling-target
 *   ; expect-next-line: ttl-too-short@12   (optional @column, 1-based)
 *   ; expect: dkim-weak-key@30!warning       (optional !severity: error, warning or info)
 * The fixture folder is one run (one ZoneSet); an `mxlint.config.json` beside the fixtures sets
 * options. A `base/` folder beside `fixtures/` (change rules) holds the pull request's base
 * version of the zones: the fixtures are then linted as the head, with it as `context.base`. Only diagnostics of the folder's rule are compared, plus any syntax error (fixtures
 * must be valid zones unless they say otherwise).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readPaths, run } from '../src/engine/run.ts';
import { locate } from '../src/model/span.ts';
import { rules } from '../rules/index.ts';

const rulesDir = fileURLToPath(new URL('../rules/', import.meta.url));
const folders = readdirSync(rulesDir).filter((name) => statSync(join(rulesDir, name)).isDirectory());

const EXPECT = /;\s*expect(-next-line)?:\s*([\w/-]+)(?:@(\d+))?(?:!(error|warning|info))?/g;

function expectations(dir: string): string[] {
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

describe('rule folders', () => {
  it('every folder is a registered rule and every rule has a folder', () => {
    expect(rules.map((r) => r.meta.id).sort()).toEqual([...folders].sort());
  });

  it('the README lists every rule with a link to its page', () => {
    const readme = readFileSync(join(rulesDir, '..', 'README.md'), 'utf8');
    const listed = [...readme.matchAll(/^\| \[`([\w-]+)`\]\(rules\/([\w-]+)\/README\.md\)/gm)].filter((m) => m[1] === m[2]).map((m) => m[1]);
    expect(listed.sort()).toEqual([...folders].sort());
  });

  for (const id of folders) {
    describe(id, () => {
      const dir = join(rulesDir, id);
      it('has a doc page with why, examples, options and references', () => {
        const doc = readFileSync(join(dir, 'README.md'), 'utf8');
        expect(doc).toMatch(new RegExp(`^# ${id}\\b`, 'm'));
        for (const heading of ['Why', 'Bad', 'Good', 'Options', 'References']) expect(doc).toMatch(new RegExp(`^## ${heading}`, 'm'));
      });

      it('reports exactly what its fixtures expect', async () => {
        const fixtures = join(dir, 'fixtures');
        expect(existsSync(fixtures)).toBe(true);
        const wanted = expectations(fixtures);
        expect(wanted.length).toBeGreaterThan(0);
        // Which expectations pin a column or a severity, keyed by file:line rule.
        const key = (w: string) => w.replace(/^(\S+?:\d+)(?::\d+)? (\S+).*$/, '$1 $2');
        const withColumns = new Set(wanted.filter((w) => /^\S+:\d+:\d+ /.test(w)).map(key));
        const withSeverity = new Set(wanted.filter((w) => / (error|warning|info)$/.test(w)).map(key));
        const configPath = existsSync(join(fixtures, 'mxlint.config.json')) ? join(fixtures, 'mxlint.config.json') : undefined;
        const baseDir = join(dir, 'base');
        const base = existsSync(baseDir) ? (await readPaths({ paths: [baseDir], configPath })).zones : undefined;
        const outcome = await run({ paths: [fixtures], configPath, base });
        const got: string[] = [];
        for (const file of outcome.results) {
          for (const d of file.diagnostics) {
            if (d.ruleId !== id && !d.ruleId.startsWith('syntax/') && !d.ruleId.startsWith('mxlint/')) continue;
            const at = locate(d.span);
            const base = `${relative(fixtures, join(process.cwd(), at.file))}:${at.line}`;
            const found = `${base} ${d.ruleId}`;
            const position = withColumns.has(found) ? `${base}:${at.column}` : base;
            got.push(`${position} ${d.ruleId}${withSeverity.has(found) ? ' ' + d.severity : ''}`);
          }
        }
        expect(got.sort()).toEqual(wanted);
      });
    });
  }
});
