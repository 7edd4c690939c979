/**
 * Runs the committed dist/action.js as GitHub's runner does: a real git repository (base and head
 * commits), a recorded event payload, INPUT_* variables, GITHUB_STEP_SUMMARY and GITHUB_OUTPUT
 * files, cwd = the workspace. Only the variables set here reach the action (no leak from a CI
 * that itself runs on GitHub Actions).
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The committed bundle; MXLINT_ACTION_JS points the tests at another build (checking a build change). */
export const ACTION = process.env.MXLINT_ACTION_JS ?? join(ROOT, 'dist/action.js');

const scratch: string[] = [];

export function tempDir(prefix = 'mxlint-action-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  scratch.push(dir);
  return dir;
}

export function cleanup(): void {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Environment for git and the action: no user or system git configuration. */
function baseEnv(home: string): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Zone Editor',
    GIT_AUTHOR_EMAIL: 'editor@example.com',
    GIT_COMMITTER_NAME: 'Zone Editor',
    GIT_COMMITTER_EMAIL: 'editor@example.com',
    GIT_AUTHOR_DATE: '2024-05-01T12:00:00Z',
    GIT_COMMITTER_DATE: '2024-05-01T12:00:00Z',
    LANG: 'C.UTF-8',
  };
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: baseEnv(cwd), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

export type Files = Record<string, string | null>;

function writeFiles(dir: string, files: Files): void {
  for (const [path, content] of Object.entries(files)) {
    const full = join(dir, path);
    if (content === null) rmSync(full, { force: true });
    else {
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, content);
    }
  }
}

export interface Repo {
  dir: string;
  baseSha: string;
  headSha: string;
}

/** A repository on `main` with the base commit, and the pull request's head commit checked out on `feature`. */
export function makeRepo(base: Files, head: Files): Repo {
  const dir = join(tempDir(), 'repo');
  mkdirSync(dir);
  git(dir, 'init', '-q', '-b', 'main');
  writeFiles(dir, base);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  const baseSha = git(dir, 'rev-parse', 'HEAD');
  git(dir, 'checkout', '-q', '-b', 'feature');
  writeFiles(dir, head);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', 'head');
  const headSha = git(dir, 'rev-parse', 'HEAD');
  return { dir, baseSha, headSha };
}

/** A realistic subset of a `pull_request` event payload. */
export function pullRequestEvent(repo: { baseSha: string; headSha: string }, opts: { number?: number; fork?: boolean } = {}): object {
  const number = opts.number ?? 7;
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      state: 'open',
      title: 'Move mail to the new exchanger',
      user: { login: 'contributor' },
      base: { ref: 'main', sha: repo.baseSha, repo: { full_name: 'acme/zones', name: 'zones', owner: { login: 'acme' } } },
      head: {
        ref: 'feature',
        sha: repo.headSha,
        repo: { full_name: opts.fork ? 'contributor/zones' : 'acme/zones', name: 'zones', owner: { login: opts.fork ? 'contributor' : 'acme' } },
      },
    },
    repository: { full_name: 'acme/zones', name: 'zones', owner: { login: 'acme' } },
    sender: { login: 'contributor' },
  };
}

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  /** stdout lines that are workflow commands (`::name …::…`). */
  commands: string[];
}

export interface RunOptions {
  cwd: string;
  event?: object;
  eventName?: string;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
}

/** Runs `node dist/action.js` (asynchronously, so a test's HTTP server can answer it). */
export async function runAction(opts: RunOptions): Promise<ActionRun> {
  const runner = tempDir('mxlint-runner-');
  const eventPath = join(runner, 'event.json');
  writeFileSync(eventPath, JSON.stringify(opts.event ?? {}));
  const summaryPath = join(runner, 'step_summary.md');
  const outputPath = join(runner, 'output.txt');
  writeFileSync(summaryPath, '');
  writeFileSync(outputPath, '');
  const env: Record<string, string> = {
    ...baseEnv(runner),
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: opts.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: opts.cwd,
    GITHUB_REPOSITORY: 'acme/zones',
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_API_URL: 'http://127.0.0.1:9', // nothing listens: a test that uses the API sets its own
    RUNNER_TEMP: runner,
    NO_PROXY: '127.0.0.1,localhost',
    no_proxy: '127.0.0.1,localhost',
    ...opts.env,
  };
  // GitHub keeps the hyphen: `filter-mode` arrives as INPUT_FILTER-MODE.
  for (const [name, value] of Object.entries(opts.inputs ?? {})) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const child = spawn(process.execPath, [ACTION], { cwd: opts.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const status = await new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  return {
    status,
    stdout,
    stderr,
    summary: readFileSync(summaryPath, 'utf8'),
    outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
    commands: stdout.split(/\r?\n/).filter((line) => /^::[a-z-]+( |::)/.test(line)),
  };
}

/** GITHUB_OUTPUT as @actions/core writes it: `name<<delimiter`, value lines, `delimiter`. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i]);
      outputs[heredoc[1]] = value.join('\n');
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=');
      outputs[lines[i].slice(0, at)] = lines[i].slice(at + 1);
    }
  }
  return outputs;
}

/** A zone file with a SOA, NS and an MX whose exchanger has an address; `extra` lines appended. */
export function zone(origin: string, extra: string[] = [], opts: { spf?: string; mailA?: boolean } = {}): string {
  return [
    `$ORIGIN ${origin}.`,
    '$TTL 3600',
    `@       IN SOA  ns1.${origin}. hostmaster.${origin}. 2024050101 14400 3600 1209600 3600`,
    `@       IN NS   ns1.${origin}.`,
    `ns1     IN A    192.0.2.53`,
    `@       IN MX   10 mail.${origin}.`,
    ...(opts.mailA === false ? [] : ['mail    IN A    192.0.2.25']),
    `@       IN TXT  "${opts.spf ?? 'v=spf1 mx -all'}"`,
    `_dmarc  IN TXT  "v=DMARC1; p=reject; rua=mailto:dmarc@${origin}"`,
    ...extra,
    '',
  ].join('\n');
}
