/**
 * Runs the committed dist/cli.js on hostile inputs the way a CI job would, inside the floors of
 * issue #18 (5 s, 300 MB): CPU time and peak resident memory measured by GNU time, a heap bound,
 * and a wall-clock bound past which the child is killed. The floor is checked on CPU time: wall
 * time on a shared CI machine measures the neighbours too.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The committed bundle; MXLINT_CLI_JS points the tests at another build (the figures before a change). */
export const CLI = process.env.MXLINT_CLI_JS ?? join(ROOT, 'dist/cli.js');
/** Floors of the issue: every case ends within these. */
export const MAX_MS = 5000;
export const MAX_MB = 300;

const scratch: string[] = [];

export function cleanup(): void {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A file's content, a symbolic link, or a named pipe. */
export type Item = string | Buffer | { symlink: string } | { fifo: true };

export function makeTree(files: Record<string, Item>, opts: { git?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'mxlint-hostile-'));
  scratch.push(dir);
  if (opts.git) execFileSync('git', ['init', '-q', dir]);
  for (const [path, item] of Object.entries(files)) {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    if (typeof item === 'string' || Buffer.isBuffer(item)) writeFileSync(full, item);
    else if ('symlink' in item) symlinkSync(item.symlink, full);
    else execFileSync('mkfifo', [full]);
  }
  return dir;
}

/** A zone with one known finding (spf-permissive-all on line 8): it must survive beside any hostile file. */
export const WITNESS = [
  '$ORIGIN witness.example.',
  '$TTL 3600',
  '@ IN SOA ns1 hostmaster 1 14400 3600 1209600 3600',
  '@ IN NS ns1',
  'ns1 IN A 192.0.2.1',
  '@ IN MX 10 mail',
  'mail IN A 192.0.2.2',
  '@ IN TXT "v=spf1 +all"',
  '_dmarc IN TXT "v=DMARC1; p=reject"',
  '',
].join('\n');
export const WITNESS_FILE = 'witness.example.zone';

export interface Outcome {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Wall-clock time. */
  ms: number;
  /** User and system CPU time of the process. */
  cpuMs: number;
  /** Peak resident set size of the process, in MB. */
  mb: number;
  timedOut: boolean;
}

/** `node dist/cli.js args` in `cwd`, killed after `timeoutMs`; `stdout` may name a file to write to instead of a pipe. */
export async function runCli(cwd: string, args: string[], opts: { timeoutMs?: number; stdoutFile?: string; env?: Record<string, string> } = {}): Promise<Outcome> {
  const timeoutMs = opts.timeoutMs ?? MAX_MS * 4;
  const started = Date.now();
  const command = `exec /usr/bin/time -f '@@rss %M %U %S' "$@"${opts.stdoutFile ? ` > '${opts.stdoutFile}'` : ''}`;
  const child = spawn('sh', ['-c', command, 'sh', process.execPath, `--max-old-space-size=${MAX_MB}`, CLI, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: cwd, NO_COLOR: '1', ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    if (child.pid) process.kill(-child.pid, 'SIGKILL');
  }, timeoutMs);
  const status = await new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  clearTimeout(timer);
  const rss = /@@rss (\d+) ([\d.]+) ([\d.]+)\s*$/.exec(stderr);
  if (rss) stderr = stderr.slice(0, rss.index);
  // GNU time reports a child killed by a signal as "Command terminated by signal" / "exited with non-zero status".
  stderr = stderr.replace(/^Command (exited with non-zero status \d+|terminated by signal \d+)\n/m, '');
  const cpuMs = rss ? (Number(rss[2]) + Number(rss[3])) * 1000 : NaN;
  return { status, stdout, stderr, ms: Date.now() - started, cpuMs, mb: rss ? Number(rss[1]) / 1024 : NaN, timedOut };
}

export interface JsonFinding {
  file: string;
  ruleId: string;
  line: number;
  column: number;
  message: string;
}

/** The findings of `-f json` output, with paths relative to `dir`. */
export function findings(dir: string, json: string): JsonFinding[] {
  const results = JSON.parse(json) as { filePath: string; messages: { ruleId: string; line: number; column: number; message: string }[] }[];
  return results.flatMap((r) => r.messages.map((m) => ({ file: r.filePath.slice(dir.length + 1), ruleId: m.ruleId, line: m.line, column: m.column, message: m.message })));
}

export interface RunnerCommand {
  form: '::' | '##[';
  name: string;
  line: string;
}

/**
 * The workflow commands GitHub's runner would execute in this output: a line that starts (after
 * blank space) with `::name`, else any `##[name` in the line (the legacy form), as the runner's
 * ActionCommandManager reads them.
 */
export function runnerCommands(stdout: string): RunnerCommand[] {
  const out: RunnerCommand[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const v2 = /^\s*::([^\s:]+)/.exec(line);
    if (v2) {
      out.push({ form: '::', name: v2[1], line });
      continue;
    }
    const at = line.indexOf('##[');
    const end = at < 0 ? -1 : line.indexOf(']', at);
    if (end > at) out.push({ form: '##[', name: line.slice(at + 3, end).split(/[\s;]/)[0], line });
  }
  return out;
}
