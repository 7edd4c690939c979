/**
 * Real git repositories in temporary directories, for the pre-commit tests: a fresh CLI bundle,
 * git with no global or system configuration, husky v9 hooks and lint-staged from this project's
 * node_modules (no network).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const NODE_MODULES = join(ROOT, 'node_modules');

const scratch: string[] = [];

export function tempDir(prefix = 'mxlint-hooks-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  scratch.push(dir);
  return dir;
}

export function cleanUp(): void {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * The CLI bundled from the current sources by the project's own build.mjs (dist/ as it ships),
 * run in a scratch directory that links to the sources, so the tests judge the code as
 * `npm run build` ships it and not a stale dist/. MXLINT_CLI names an existing bundle instead
 * (`MXLINT_CLI=dist/cli.js` checks the committed one).
 */
export function buildCli(): string {
  if (process.env.MXLINT_CLI) return resolve(process.env.MXLINT_CLI);
  const dir = tempDir('mxlint-build-');
  // The build also writes schema/, README.md's rule table and node_modules/.cache: those must
  // land in the scratch directory, never in the project. Sources are linked, files it may
  // rewrite are copied, and node_modules is a directory of links.
  for (const name of readdirSync(ROOT)) {
    if (name === 'dist' || name === 'schema' || name === '.git' || name === 'node_modules') continue;
    const from = join(ROOT, name);
    if (statSync(from).isDirectory()) symlinkSync(from, join(dir, name));
    else copyFileSync(from, join(dir, name));
  }
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(NODE_MODULES)) if (name !== '.cache') symlinkSync(join(NODE_MODULES, name), join(dir, 'node_modules', name));
  const r = spawnSync(process.execPath, ['build.mjs'], { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build.mjs failed:\n${r.stdout}${r.stderr}`);
  return join(dir, 'dist', 'cli.js');
}

/** The environment of every child: no GIT_* from a surrounding hook, no user or system git config, no husky init file. */
export function cleanEnv(home: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    // NODE_ENV=test (vitest) would switch lint-staged to its event-log renderer.
    if (key.startsWith('GIT_') || key.startsWith('VITEST') || key === 'NODE_ENV' || key === 'HUSKY' || key.startsWith('LINT_STAGED') || key === 'FORCE_COLOR' || key === 'NO_COLOR' || key === 'CI') continue;
    env[key] = value;
  }
  return {
    ...env,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.com',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.com',
    NO_COLOR: '1',
    ...extra,
  };
}

export interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

function result(r: SpawnSyncReturns<string>): Result {
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export class Repo {
  readonly dir: string;
  private readonly env: NodeJS.ProcessEnv;

  constructor(readonly cli: string) {
    const base = tempDir();
    this.dir = join(base, 'repo');
    mkdirSync(this.dir);
    mkdirSync(join(base, 'home'));
    this.env = cleanEnv(join(base, 'home'));
    this.git('init', '-q', '-b', 'main');
  }

  /** git with fixed identity and no hooks unless the repository configures them; throws on failure. */
  git(...args: string[]): string {
    const r = this.tryGit(...args);
    if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed (${r.status}):\n${r.stdout}${r.stderr}`);
    return r.stdout;
  }

  tryGit(...args: string[]): Result {
    return result(spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], { cwd: this.dir, env: this.env, encoding: 'utf8' }));
  }

  /** A commit through the hooks; the result says whether they let it through. */
  commit(message: string, ...args: string[]): Result {
    return this.tryGit('commit', '-m', message, ...args);
  }

  write(path: string, text: string): void {
    const full = join(this.dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }

  /** `node cli.js …` in the repository (or a directory of it). */
  mxlint(args: string[], cwd = '.'): Result {
    return result(spawnSync(process.execPath, [this.cli, ...args], { cwd: join(this.dir, cwd), env: this.env, encoding: 'utf8' }));
  }

  /** The file names of a JSON report (ESLint format), relative to the repository. */
  static files(json: string): string[] {
    return (JSON.parse(json) as { filePath: string }[]).map((f) => f.filePath);
  }

  /** Rule ids in a JSON report, as `file: rule`, relative to the repository. */
  findings(json: string): string[] {
    const report = JSON.parse(json) as { filePath: string; messages: { ruleId: string | null }[] }[];
    return report.flatMap((f) => f.messages.map((m) => `${relativeTo(this.dir, f.filePath)}: ${m.ruleId}`));
  }

  /** husky v9 as `npx husky init` leaves it (core.hooksPath = .husky/_), with lint-staged configured in package.json. */
  installHusky(lintStaged: Record<string, string | string[]>, hook = 'lint-staged\n'): void {
    symlinkSync(NODE_MODULES, join(this.dir, 'node_modules'), 'dir');
    this.write('.gitignore', 'node_modules\n');
    this.write('package.json', JSON.stringify({ name: 'zones', private: true, 'lint-staged': lintStaged }, null, 2) + '\n');
    const r = result(spawnSync(process.execPath, [join(NODE_MODULES, 'husky', 'bin.js')], { cwd: this.dir, env: this.env, encoding: 'utf8' }));
    if (r.status !== 0 || r.stdout.trim()) throw new Error(`husky install failed: ${r.stdout}${r.stderr}`);
    this.write('.husky/pre-commit', hook);
  }

  /** A plain git hook (no framework): core.hooksPath = .githooks. */
  installPlainHook(script: string): void {
    this.write('.githooks/pre-commit', script);
    chmodSync(join(this.dir, '.githooks/pre-commit'), 0o755);
    this.git('config', 'core.hooksPath', '.githooks');
  }

  /** The content of a file in HEAD, or undefined when HEAD does not hold it. */
  committed(path: string): string | undefined {
    const r = this.tryGit('show', `HEAD:${path}`);
    return r.status === 0 ? r.stdout : undefined;
  }
}

function relativeTo(dir: string, path: string): string {
  return path.startsWith(dir + '/') ? path.slice(dir.length + 1) : path;
}

/** A zone with no errors in the recommended preset: the MX target has an address. */
export function zone(origin: string, body: string): string {
  return `$ORIGIN ${origin}.
$TTL 3600
@        IN SOA ns1.${origin}. hostmaster.${origin}. ( 2024010101 14400 3600 1209600 3600 )
@        IN NS  ns1.${origin}.
@        IN NS  ns2.dns-host.example.
ns1      IN A   192.0.2.53
_dmarc   IN TXT "v=DMARC1; p=reject; rua=mailto:dmarc@${origin}"
${body}
`;
}

export const GOOD_MX = 'mail     IN A   192.0.2.25\n@        IN MX  10 mail\n@        IN TXT "v=spf1 mx -all"';
/** mx-dangling-target (error): the MX names a host the zone does not hold. */
export const DANGLING_MX = '@        IN MX  10 mail\n@        IN TXT "v=spf1 mx -all"';
