/**
 * The project's identity is written once, in package.json `repository`: every link to the
 * project's own repository in the documentation, the schema and the reports must be that one,
 * versioned by the release's tag where it points at a file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const pkg = JSON.parse(read('package.json')) as { version: string; license: string; homepage: string; bugs: { url: string }; repository: { url: string } };
const repository = pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
const slug = repository.replace('https://github.com/', '');

describe('project identity', () => {
  it('names one repository everywhere, from package.json', () => {
    expect(repository).toMatch(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+$/);
    expect(pkg.homepage.startsWith(repository)).toBe(true);
    expect(pkg.bugs.url).toBe(`${repository}/issues`);
    const docs = ['README.md', ...readdirSync(join(root, 'docs'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`), 'action.yml', 'schema/mxlint.schema.json'];
    for (const file of docs) {
      const text = read(file);
      // Links to an mxlint repository, and `uses:` lines naming the action.
      for (const [link] of text.matchAll(/(?:github\.com|githubusercontent\.com)\/[\w.-]+\/mxlint\b/g)) expect(`${file}: ${link}`).toBe(`${file}: ${link.replace(/\/[\w.-]+\/mxlint$/, `/${slug}`)}`);
      for (const [, uses] of text.matchAll(/uses: ([\w.-]+\/mxlint)@/g)) expect(`${file}: ${uses}`).toBe(`${file}: ${slug}`);
    }
    const schema = JSON.parse(read('schema/mxlint.schema.json')) as { $id: string };
    expect(schema.$id).toBe(`${repository.replace('github.com', 'raw.githubusercontent.com')}/v${pkg.version}/schema/mxlint.schema.json`);
  });

  it('ships an MIT LICENSE, as package.json says', () => {
    expect(pkg.license).toBe('MIT');
    expect(read('LICENSE')).toMatch(/^MIT License\n/);
  });

  it('describes the action in under 125 characters and runs it on this repository', () => {
    const action = parse(read('action.yml')) as { description: string };
    expect(action.description.length).toBeLessThan(125);
    const workflow = parse(read('.github/workflows/mxlint.yml')) as { on: Record<string, unknown>; jobs: Record<string, { steps: { uses?: string }[] }> };
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['pull_request', 'merge_group']));
    expect(Object.values(workflow.jobs).flatMap((j) => j.steps.map((s) => s.uses))).toContain('./');
  });
});
