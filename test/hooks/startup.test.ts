/**
 * The pre-commit path starts fast by not loading what it does not use: a BIND zone linted with
 * --staged and the default formatter must not load ajv, the GitHub packages, the provider readers
 * or the other formatters. Every ES module the bundle loads is logged by a module hook
 * (`module.register`), and the bundle's chunks are recognised by esbuild's `// path` comments.
 * (Timing is bench/startup.mjs's job, not a test's.)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GOOD_MX, ROOT, Repo, buildCli, cleanUp, tempDir, zone } from './helpers.ts';

let cli: string;
beforeAll(() => {
  cli = buildCli();
}, 120_000);
afterAll(cleanUp);

/** Modules (by the source paths esbuild notes in each chunk) that one CLI run loads. */
function loadedSources(r: Repo, args: string[]): { sources: string[]; status: number | null } {
  const dir = tempDir();
  const log = join(dir, 'loaded.log');
  writeFileSync(join(dir, 'hooks.mjs'), `import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) {\n  if (url.startsWith('file:')) appendFileSync(${JSON.stringify(log)}, url + '\\n');\n  return next(url, context);\n}\n`);
  writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n`);
  writeFileSync(log, '');
  const run = spawnSync(process.execPath, ['--import', join(dir, 'register.mjs'), cli, ...args], { cwd: r.dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const files = readFileSync(log, 'utf8').trim().split('\n').filter(Boolean);
  // esbuild names each module by its path from the build's working directory (dist/..), with
  // symbolic links resolved: map them back to paths in the project.
  const base = dirname(dirname(cli));
  const sources = new Set<string>();
  for (const url of files) {
    for (const m of readFileSync(fileURLToPath(url), 'utf8').matchAll(/^\/\/ (\S+\.[cm]?[jt]s)$/gm)) sources.add(relative(ROOT, resolve(base, m[1])).split(sep).join('/'));
  }
  return { sources: [...sources].sort(), status: run.status };
}

const HEAVY = [/^node_modules\/ajv\//, /^node_modules\/@actions\//, /^node_modules\/@octokit\//, /^src\/providers\/(?!(meta|cloudflare-bind)\.ts$)/, /^src\/engine\/config-schema\.ts$/, /^src\/report\/(github|sarif|json)/, /^src\/action\.ts$/];

describe('start-up of the pre-commit path', { timeout: 60_000 }, () => {
  it('loads no ajv, GitHub, provider or unused formatter code for a BIND zone', () => {
    const r = new Repo(cli);
    r.write('example.com.zone', zone('example.com', GOOD_MX));
    r.git('add', '-A');
    const { sources, status } = loadedSources(r, ['--staged', 'example.com.zone']);
    expect(status).toBe(0);
    expect(sources).toContain('src/git/staged.ts');
    expect(sources).toContain('src/zone/reader.ts');
    expect(sources.filter((s) => HEAVY.some((re) => re.test(s)))).toEqual([]);
  });

  it('loads the provider readers when an export is staged (the probe sees them)', () => {
    const r = new Repo(cli);
    r.write('example.org.json', JSON.stringify({ ResourceRecordSets: [{ Name: 'example.org.', Type: 'SOA', TTL: 3600, ResourceRecords: [{ Value: 'ns1.example.org. h.example.org. 1 14400 3600 1209600 3600' }] }] }));
    r.git('add', '-A');
    const { sources } = loadedSources(r, ['--staged', 'example.org.json']);
    expect(sources).toContain('src/providers/index.ts');
  });
});
