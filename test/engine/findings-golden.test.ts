/**
 * Findings stay put while the engine changes underneath the rules: every diagnostic of examples/,
 * the fixture repository and each rule's fixture folder (rule id, severity, message, exact span,
 * related spans, fingerprint) must equal test/golden/findings.json, captured before the engine's
 * rework. A deliberate change of findings regenerates it with UPDATE_GOLDEN=1 and says why in the
 * commit.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { readPaths, run } from '../../src/engine/run.ts';
import { locate } from '../../src/model/span.ts';
import { rules } from '../../rules/index.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const golden = join(root, 'test', 'golden', 'findings.json');

/** Every lint run of the golden: one path and the config it is linted with (as rules.test.ts does). */
function runs(): { path: string; configPath?: string; base?: string }[] {
  const list: { path: string; configPath?: string; base?: string }[] = [{ path: 'examples' }, { path: 'test/fixtures/repo' }];
  for (const id of readdirSync(join(root, 'rules')).sort()) {
    const fixtures = join('rules', id, 'fixtures');
    if (!existsSync(join(root, fixtures)) || !statSync(join(root, fixtures)).isDirectory()) continue;
    const config = join(root, fixtures, 'mxlint.config.json');
    // Change rules' fixtures are the head of a change whose base is `base/` beside them.
    const base = join('rules', id, 'base');
    list.push({ path: fixtures, configPath: existsSync(config) ? config : undefined, base: existsSync(join(root, base)) ? base : undefined });
  }
  return list;
}

it('findings of examples/, the fixture repository and the rule fixtures equal the golden', async () => {
  const out: Record<string, string[]> = {};
  const cwd = process.cwd();
  process.chdir(root);
  try {
    for (const { path, configPath, base } of runs()) {
      const baseZones = base ? (await readPaths({ rules, paths: [base], configPath })).zones : undefined;
      const outcome = await run({ rules, paths: [path], configPath, base: baseZones });
      const lines: string[] = [];
      for (const file of outcome.results) {
        for (const d of file.diagnostics) {
          const at = locate(d.span);
          const related = (d.related ?? []).map((r) => `${relative(root, join(root, r.span.source.path))}@${r.span.start}-${r.span.end} ${r.message}`);
          lines.push(
            [relative(root, join(root, at.file)), `${at.line}:${at.column}-${at.endLine}:${at.endColumn}`, `${d.span.start}-${d.span.end}`, d.ruleId, d.severity, d.message, d.fingerprint ?? '', ...related].join(' | '),
          );
        }
      }
      out[path] = lines;
    }
  } finally {
    process.chdir(cwd);
  }
  const text = JSON.stringify(out, null, 1) + '\n';
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden, text);
  expect(text).toBe(readFileSync(golden, 'utf8'));
}, 60_000);
