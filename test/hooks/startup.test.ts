/**
 * The pre-commit path starts fast by not running what it does not use: a BIND zone linted with
 * --staged and the default formatter must not run ajv, the GitHub packages, the provider readers
 * or the other formatters. dist/mxlint.js holds them all, each module's top level in a function
 * that esbuild names by the module's path and calls on the module's first import: V8's coverage
 * (NODE_V8_COVERAGE) tells which of those functions ran. (Timing is bench/startup.mjs's job, not a
 * test's.)
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GOOD_MX, ROOT, Repo, buildCli, cleanUp, tempDir, zone } from './helpers.ts';

const VERSION_LINE = `${(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version}\n`;

let cli: string;
beforeAll(() => {
  cli = buildCli();
}, 120_000);
afterAll(cleanUp);

interface ScriptCoverage {
  url: string;
  functions: { functionName: string; ranges: { count: number }[] }[];
}

/** Modules (by their source paths) whose top level one CLI run ran. */
function loadedSources(r: Repo, args: string[]): { sources: string[]; status: number | null } {
  const coverage = tempDir();
  const run = spawnSync(process.execPath, [cli, ...args], { cwd: r.dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', NODE_V8_COVERAGE: coverage, NODE_DISABLE_COMPILE_CACHE: '1' } });
  // esbuild names each module by its path from the build's working directory (dist/..), with
  // symbolic links resolved: map them back to paths in the project.
  const base = dirname(dirname(cli));
  const sources = new Set<string>();
  for (const file of readdirSync(coverage)) {
    const scripts = (JSON.parse(readFileSync(join(coverage, file), 'utf8')) as { result: ScriptCoverage[] }).result;
    for (const script of scripts.filter((s) => s.url.endsWith('/mxlint.js'))) {
      for (const f of script.functions) {
        if (/\.([cm]?[jt]s|json)$/.test(f.functionName) && f.ranges[0].count > 0) sources.add(relative(ROOT, resolve(base, f.functionName)).split(sep).join('/'));
      }
    }
  }
  return { sources: [...sources].sort(), status: run.status };
}

const HEAVY = [/^node_modules\/ajv\//, /^node_modules\/@actions\//, /^node_modules\/@octokit\//, /^src\/providers\/(?!(meta|cloudflare-bind|cli53-bind)\.ts$)/, /^src\/engine\/config-schema\.ts$/, /^src\/report\/(github|sarif|json)/, /^src\/action\.ts$/];

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
    const { sources } = loadedSources(r, ['--staged', 'example.org.json', '-f', 'sarif']);
    expect(sources).toContain('src/providers/index.ts');
    expect(sources).toContain('src/report/sarif.ts');
  });
});

describe('the code cache of dist/mxlint.js', { timeout: 60_000 }, () => {
  /** Runs mxlint with its own temporary folder; what the cache did, from MXLINT_DEBUG. */
  function mxlint(tmp: string, args = ['--version'], env: NodeJS.ProcessEnv = {}): { out: string; cache: string[] } {
    const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, TMPDIR: tmp, MXLINT_DEBUG: 'code-cache', ...env } });
    expect(r.status === 0 || r.status === 1).toBe(true);
    return { out: r.stdout, cache: r.stderr.split('\n').filter(Boolean).map((line) => line.replace(/^mxlint: code cache | \/.*|: .*/g, '')) };
  }
  const folder = (tmp: string) => join(tmp, `mxlint-code-cache-${process.getuid?.() ?? ''}`.replace(/-$/, ''));

  it('is written by the first run, used by the next, and grown by a run that compiles more', () => {
    const tmp = tempDir();
    const zoneFile = join(tmp, 'example.com.zone');
    writeFileSync(zoneFile, zone('example.com', GOOD_MX));
    expect(mxlint(tmp)).toEqual({ out: VERSION_LINE, cache: ['missing', 'written'] });
    const [file] = readdirSync(folder(tmp));
    expect(file).toMatch(new RegExp(`^[0-9a-f]{32}-${process.version}-${process.arch}\\.bin$`));
    const small = statSync(join(folder(tmp), file)).size;
    // --version compiled little of a lint: the first lint makes the cache again, with its code.
    expect(mxlint(tmp, ['-o', join(tmp, 'report.txt'), zoneFile]).cache).toEqual(['used', 'written']);
    expect(statSync(join(folder(tmp), file)).size).toBeGreaterThan(small * 1.2);
    // Three runs that compile nothing new each count down, and later runs only read it.
    for (let i = 0; i < 3; i++) expect(mxlint(tmp).cache).toEqual(['used', 'kept']);
    expect(mxlint(tmp)).toEqual({ out: VERSION_LINE, cache: ['used'] });
  });

  it('is compiled around and written again when V8 rejects it', () => {
    const tmp = tempDir();
    mxlint(tmp);
    const file = join(folder(tmp), readdirSync(folder(tmp))[0]);
    writeFileSync(file, Buffer.alloc(statSync(file).size, 7));
    expect(mxlint(tmp)).toEqual({ out: VERSION_LINE, cache: ['rejected', 'written'] });
    expect(mxlint(tmp).cache).toEqual(['used', 'kept']);
  });

  it('is neither read nor written in a folder others may write to', () => {
    const tmp = tempDir();
    mxlint(tmp);
    chmodSync(folder(tmp), 0o777);
    expect(mxlint(tmp)).toEqual({ out: VERSION_LINE, cache: ['missing', 'not written'] });
  });

  it("is off with NODE_DISABLE_COMPILE_CACHE, as Node's own", () => {
    const tmp = tempDir();
    expect(mxlint(tmp, ['--version'], { NODE_DISABLE_COMPILE_CACHE: '1' })).toEqual({ out: VERSION_LINE, cache: [] });
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('survives runs side by side: each reads a whole cache or none', async () => {
    const tmp = tempDir();
    const runs = Array.from({ length: 4 }, () => new Promise<number | null>((done) => spawn(process.execPath, [cli, '--version'], { env: { ...process.env, TMPDIR: tmp }, stdio: 'ignore' }).on('exit', done)));
    expect(await Promise.all(runs)).toEqual([0, 0, 0, 0]);
    expect(readdirSync(folder(tmp))).toHaveLength(1);
    expect(mxlint(tmp).cache[0]).toBe('used');
  });
});
