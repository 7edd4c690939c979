/**
 * The documentation pages of rules and syntax codes, read offline from the package: a rule's page
 * is rules/<id>/README.md, a syntax code's is its section of docs/syntax.md. `mxlint --explain`
 * prints them and SARIF carries them as each rule's `help`: one source for both.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { docsPath } from './rule.ts';

let root: string | undefined;

/**
 * The folder that holds rules/ and docs/: the repository (src/engine/ runs under the tests) or the
 * installed package (dist/mxlint.js and dist/action.js run from dist/).
 */
function packageRoot(): string | undefined {
  if (root !== undefined) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'docs', 'syntax.md'))) return (root = dir);
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The page of a rule or the section of a syntax code, as Markdown; undefined when there is none. */
export function rulePage(ruleId: string): string | undefined {
  const base = packageRoot();
  if (base === undefined || !/^(syntax\/)?[a-z0-9]+(-[a-z0-9]+)*$/.test(ruleId)) return undefined;
  const file = join(base, docsPath(ruleId));
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  if (!ruleId.startsWith('syntax/')) return text;
  const code = ruleId.slice('syntax/'.length);
  // A code's section runs from its `### code` heading to the next heading.
  const section = new RegExp(`^### ${code}\\n([^]*?)(?=^#|(?![^]))`, 'm').exec(text);
  return section ? `# ${ruleId}\n\n${section[1].trim()}\n\nAll syntax diagnostics: docs/syntax.md.\n` : undefined;
}
