/**
 * One lint run, shared by the CLI, the pre-commit path and the action:
 * discover → read → rules → results. Never prints.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { FileResult } from '../model/result.ts';
import type { Zone } from '../model/zone.ts';
import { rules } from '../../rules/index.ts';
import { ConfigLoader } from './config.ts';
import { discover, fileHead, type Discovery, type InputKind } from './discover.ts';
import { lintZones } from './lint.ts';
import type { Rule } from './rule.ts';
import { timePhase } from './timing.ts';
import { readZones, type ListedFile } from './zones.ts';

export interface RunOptions {
  paths: readonly string[];
  configPath?: string;
  /** Reads a file's bytes from elsewhere than the working tree (the git index for --staged). */
  readFile?: (absolutePath: string) => Uint8Array | undefined;
  /** One file read from standard input (`--stdin --stdin-filename`), linted as if it were `path`. */
  stdin?: { path: string; bytes: Uint8Array };
}

export interface RunOutcome {
  results: FileResult[];
  rules: readonly Rule<never>[];
  internalError: boolean;
  missing: string[];
  zones: Zone[];
  /** Every file looked at: what it was taken as, with which origin, or why not (--list-files). */
  listing: ListedFile[];
}

export async function run(options: RunOptions): Promise<RunOutcome> {
  if (options.stdin) options = withStdin(options, options.stdin);
  const loader = new ConfigLoader(rules, options.configPath);
  const discovery: Discovery = await timePhase('discover', async () => {
    const found: Discovery = options.stdin
      ? { files: [{ path: resolve(options.stdin.path), kind: stdinKind(options.stdin.path), explicit: true, why: 'read from standard input (--stdin-filename)' }], skipped: [], missing: [] }
      : discover(options.paths, loader, options.readFile ? (p) => fileHead(p, 16384, options.readFile) : undefined);
    await loader.validateAll();
    return found;
  });
  const { zones, notes, listing } = await timePhase('read', () => readZones(discovery, loader, { readFile: options.readFile, root: lintRoot }));
  const outcome = await timePhase('rules', () => lintZones(zones, rules, (zone) => loader.resolve(resolve(zone.source.path))));
  return { ...outcome, results: [...outcome.results, ...notes], rules, missing: discovery.missing, zones, listing };
}

/** `$INCLUDE` stays inside the repository that holds the file (or the working directory). */
function lintRoot(file: string): string {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) break;
  }
  const cwd = process.cwd();
  return relative(cwd, file).startsWith('..') ? dirname(file) : cwd;
}

/** Standard input stands for its file name; other files ($INCLUDE) are read from disk. */
function withStdin(options: RunOptions, stdin: { path: string; bytes: Uint8Array }): RunOptions {
  const path = resolve(stdin.path);
  return { ...options, readFile: (p) => (p === path ? stdin.bytes : existsSync(p) ? readFileSync(p) : undefined) };
}

/** The file name decides how standard input is read: a provider export by its extension, else a master file. */
function stdinKind(path: string): InputKind {
  return /\.json$/i.test(path) ? 'json' : /\.ya?ml$/i.test(path) ? 'yaml' : 'bind';
}
