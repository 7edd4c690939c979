/**
 * One lint run, shared by the CLI, the pre-commit path and the action:
 * discover → read → rules → results. Never prints.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { FileResult } from '../model/result.ts';
import type { Zone } from '../model/zone.ts';
import { ConfigLoader } from './config.ts';
import { discover, fileHead, type Discovery, type InputKind } from './discover.ts';
import { Budget, DEFAULT_LIMITS, LIMIT_FINDINGS } from '../input/limits.ts';
import { readRegularFile } from '../input/safe-files.ts';
import { lintZones, settled } from './lint.ts';
import { isNamedConfName, NamedConfs } from './named-conf.ts';
import type { Rule } from './rule.ts';
import { timePhase } from './timing.ts';
import { absolutePath, foldersWithoutZones, readZones, type FolderWithoutZones, type ListedFile } from './zones.ts';

export interface RunOptions {
  /** The rules of the run (rules/index.ts for the CLI, the action and the API): the engine knows none of its own. */
  rules: readonly Rule<never>[];
  paths: readonly string[];
  configPath?: string;
  /** Reads a file's bytes from elsewhere than the working tree (the git index for --staged). */
  readFile?: (absolutePath: string) => Uint8Array | undefined;
  /** The zones of the pull request's base (PR mode): change rules compare the head with them. */
  base?: readonly Zone[];
  /** One file read from standard input (`--stdin --stdin-filename`), linted as if it were `path`. */
  stdin?: { path: string; bytes: Uint8Array };
  /** Report errors only (`--quiet`): warnings are left out before the limits of findings count. */
  errorsOnly?: boolean;
  /**
   * Every finding, past the limits of findings too: for a caller that works on them all first (a
   * baseline records every finding) and then keeps to the limits itself (`reportedFindings` with the
   * outcome's budget).
   */
  unlimited?: boolean;
}

export interface RunOutcome {
  results: FileResult[];
  rules: readonly Rule<never>[];
  internalError: boolean;
  missing: string[];
  zones: Zone[];
  /** Every file looked at: what it was taken as, with which origin, or why not (--list-files). */
  listing: ListedFile[];
  /** Folders named in the paths under which no file is a zone. */
  withoutZones: FolderWithoutZones[];
  /** The run's limits (and what it used of them). */
  budget: Budget;
}

export async function run(options: RunOptions): Promise<RunOutcome> {
  return lintRead(await readPaths(options), options.base, options);
}

/** The zones of the paths, read and not yet linted, with what linting them needs. */
export interface ReadOutcome {
  zones: Zone[];
  /** Findings about files that could not be read as zones (reported with the lint results). */
  notes: FileResult[];
  listing: ListedFile[];
  missing: string[];
  /** Folders named in the paths under which no file is a zone. */
  withoutZones: FolderWithoutZones[];
  loader: ConfigLoader;
  /** The run's resource budget, spent while reading; its findings caps apply to the report. */
  budget: Budget;
  /** The named.conf files read for which zone each file is, and the files they include (absolute paths). */
  confFiles: string[];
}

/** Discovers and reads the zones of the paths without linting them (`mxlint diff` compares their postures). */
export async function readPaths(options: RunOptions): Promise<ReadOutcome> {
  if (options.stdin) options = withStdin(options, options.stdin);
  // The base of a pull request is judged by the base's configuration: read through readFile too.
  const loader = new ConfigLoader(options.rules, options.configPath, options.readFile);
  const roots = new Map<string, string>();
  // One answer per folder: the files of a repository share a few.
  const root = (file: string) => {
    let found = roots.get(dirname(file));
    if (found === undefined) roots.set(dirname(file), (found = lintRoot(file)));
    return found;
  };
  const confs = new NamedConfs(root, options.readFile);
  const discovery: Discovery = await timePhase('discover', async () => {
    const found: Discovery = options.stdin
      ? { files: [{ path: resolve(options.stdin.path), kind: stdinKind(options.stdin.path), explicit: true, why: 'read from standard input (--stdin-filename)' }], skipped: [], missing: [] }
      : discover(options.paths, loader, options.readFile ? (p) => fileHead(p, 16384, options.readFile) : undefined, (p) => (isNamedConfName(p) ? confs.declaredFiles(p) : undefined));
    await loader.validateAll();
    return found;
  });
  const budget = new Budget(loader.limits());
  const { zones, notes, listing } = await timePhase('read', () => readZones(discovery, loader, { readFile: options.readFile, root, budget, confs }));
  return { zones, notes, listing, missing: discovery.missing, withoutZones: foldersWithoutZones(discovery.folders ?? [], listing), loader, budget, confFiles: confs.confFiles() };
}

/** Lints zones already read; `base`, `errorsOnly` and `unlimited` as in RunOptions. */
export async function lintRead(read: ReadOutcome, base?: readonly Zone[], { errorsOnly, unlimited }: FindingOptions = {}): Promise<RunOutcome> {
  const rules = read.loader.rules;
  const outcome = await timePhase('rules', () => lintZones(read.zones, rules, (zone) => read.loader.resolve(absolutePath(zone.source)), base));
  const results = reportedFindings([...outcome.results, ...read.notes], read.budget, { errorsOnly, unlimited });
  return { ...outcome, results, rules, missing: read.missing, withoutZones: read.withoutZones, zones: read.zones, listing: read.listing, budget: read.budget };
}

/** Which findings a run reports (RunOptions). */
export type FindingOptions = Pick<RunOptions, 'errorsOnly' | 'unlimited'>;

/**
 * The findings a run reports, as plain objects: errors only with `errorsOnly` (warnings go first,
 * so that they use up no room), and within the budget's findings per file and per run unless
 * `unlimited`, one finding saying what was left out.
 */
export function reportedFindings(all: FileResult[], budget: Budget, { errorsOnly = false, unlimited = false }: FindingOptions = {}): FileResult[] {
  const { findingsPerFile, findingsPerRun } = budget.limits;
  const results = errorsOnly ? all.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 'error') })) : all;
  if (unlimited) return results.map((r) => ({ ...r, diagnostics: r.diagnostics.map(settled) }));
  let left = findingsPerRun;
  return results.map((result) => {
    const room = Math.max(0, Math.min(findingsPerFile, left));
    left -= Math.min(room, result.diagnostics.length);
    const kept = result.diagnostics.slice(0, room).map(settled);
    if (result.diagnostics.length <= room) return { ...result, diagnostics: kept };
    const dropped = result.diagnostics.length - room;
    const which = room < findingsPerFile ? budget.message('findingsPerRun', 'findings per run', 'so the rest are left out') : budget.message('findingsPerFile', 'findings per file', 'so the rest are left out');
    const source = result.diagnostics[0].span.source;
    kept.push({ ruleId: LIMIT_FINDINGS, severity: 'error', message: `${dropped} more findings in this file were not reported: ${which}`, span: { source, start: 0, end: 0 } });
    return { ...result, diagnostics: kept };
  });
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
  return { ...options, readFile: (p) => (p === path ? stdin.bytes : readStdinNeighbour(p)) };
}

/** A file an `$INCLUDE` of standard input names: a regular file only. */
function readStdinNeighbour(path: string): Uint8Array | undefined {
  const read = readRegularFile(path, { maxBytes: DEFAULT_LIMITS.fileBytes });
  return read.ok ? read.bytes : undefined;
}

/** The file name decides how standard input is read: a provider export by its extension, else a master file. */
function stdinKind(path: string): InputKind {
  return /\.json$/i.test(path) ? 'json' : /\.ya?ml$/i.test(path) ? 'yaml' : 'bind';
}
