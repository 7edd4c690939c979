/**
 * Walks every rule folder: each rule has a doc page and fixtures, and its fixture zones carry
 * their expected diagnostics in comments (`; expect: mx-dangling-target`, see expectations.ts).
 * The fixture folder is one run (one ZoneSet); an `mxlint.config.json` beside the fixtures sets
 * options. A `base/` folder beside `fixtures/` (change rules) holds the pull request's base
 * version of the zones: the fixtures are then linted as the head, with it as `context.base`. Only diagnostics of the folder's rule are compared, plus any syntax error (fixtures
 * must be valid zones unless they say otherwise).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readPaths, run } from '../src/engine/run.ts';
import { rules } from '../rules/index.ts';
import { expectations, found } from './expectations.ts';

const rulesDir = fileURLToPath(new URL('../rules/', import.meta.url));
const folders = readdirSync(rulesDir).filter((name) => statSync(join(rulesDir, name)).isDirectory());

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
      it('has a doc page with why, where it stands, examples, options and references', () => {
        const doc = readFileSync(join(dir, 'README.md'), 'utf8');
        expect(doc).toMatch(new RegExp(`^# ${id}\\b`, 'm'));
        for (const heading of ['Why', 'Where it stands', 'Bad', 'Good', 'Options', 'References']) expect(doc).toMatch(new RegExp(`^## ${heading}`, 'm'));
      });

      it('reports exactly what its fixtures expect', async () => {
        const fixtures = join(dir, 'fixtures');
        expect(existsSync(fixtures)).toBe(true);
        const wanted = expectations(fixtures);
        expect(wanted.length).toBeGreaterThan(0);
        const configPath = existsSync(join(fixtures, 'mxlint.config.json')) ? join(fixtures, 'mxlint.config.json') : undefined;
        const baseDir = join(dir, 'base');
        const base = existsSync(baseDir) ? (await readPaths({ rules, paths: [baseDir], configPath })).zones : undefined;
        const outcome = await run({ rules, paths: [fixtures], configPath, base });
        const got = found(outcome.results, fixtures, wanted, (ruleId) => ruleId === id || ruleId.startsWith('syntax/') || ruleId.startsWith('mxlint/'));
        expect(got).toEqual(wanted);
      });
    });
  }
});
