/**
 * One lint run, shared by the CLI, the pre-commit path and the action:
 * discover → read → rules → results. Never prints.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { FileResult } from '../model/result.ts';
import type { Zone } from '../model/zone.ts';
import { readZone } from '../zone/reader.ts';
import { rules } from '../../rules/index.ts';
import { ConfigLoader } from './config.ts';
import { discover, originFromName, type Candidate } from './discover.ts';
import { lintZones } from './lint.ts';
import type { Rule } from './rule.ts';

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
}

export async function run(options: RunOptions): Promise<RunOutcome> {
  if (options.stdin) options = withStdin(options, options.stdin);
  const loader = new ConfigLoader(rules, options.configPath);
  const discovery = options.stdin
    ? { files: [{ path: resolve(options.stdin.path), kind: stdinKind(options.stdin.path) }], missing: [] }
    : discover(options.paths, loader, options.readFile ? (p) => headFrom(options.readFile!, p) : undefined);
  await loader.validateAll();
  const read: Zone[] = [];
  for (const file of discovery.files) read.push(await readCandidate(file, loader, options));
  // A file another zone $INCLUDEs is a fragment of that zone, not a zone of its own.
  const included = new Set(read.flatMap((zone) => zone.files.slice(1).map((f) => resolve(f.path))));
  const zones = read.filter((zone) => !included.has(resolve(zone.source.path)));
  const outcome = lintZones(zones, rules, (zone) => loader.resolve(resolve(zone.source.path)));
  return { ...outcome, rules, missing: discovery.missing, zones };
}

async function readCandidate(file: Candidate, loader: ConfigLoader, options: RunOptions): Promise<Zone> {
  const config = loader.resolve(file.path);
  const origin = originFromName(file.path, config.zones.origins, loader.baseDir(file.path));
  if (file.kind !== 'bind') {
    const { readExport } = await import('../providers/index.ts');
    return readExport(file.path, file.kind, { origin, readFile: options.readFile });
  }
  return readZone(file.path, { origin, root: lintRoot(file.path), readFile: options.readFile });
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
function stdinKind(path: string): Candidate['kind'] {
  return /\.json$/i.test(path) ? 'json' : /\.ya?ml$/i.test(path) ? 'yaml' : 'bind';
}

function headFrom(readFile: (p: string) => Uint8Array | undefined, path: string): string | undefined {
  const bytes = readFile(path);
  return bytes ? Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 8192)).toString('latin1') : undefined;
}
