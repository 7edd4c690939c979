/**
 * One lint run, shared by the CLI, the pre-commit path and the action:
 * discover → read → rules → results. Never prints.
 */
import { existsSync } from 'node:fs';
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
  /** The zones of the pull request's base (PR mode): change rules compare the head with them. */
  base?: readonly Zone[];
}

export interface RunOutcome {
  results: FileResult[];
  rules: readonly Rule<never>[];
  internalError: boolean;
  missing: string[];
  zones: Zone[];
}

export async function run(options: RunOptions): Promise<RunOutcome> {
  return lintRead(await readZones(options), options.base);
}

export interface ReadOutcome {
  zones: Zone[];
  missing: string[];
  loader: ConfigLoader;
}

/** Lints zones already read; `base` as in RunOptions. */
export function lintRead(read: ReadOutcome, base?: readonly Zone[]): RunOutcome {
  const outcome = lintZones(read.zones, rules, (zone) => read.loader.resolve(resolve(zone.source.path)), base);
  return { ...outcome, rules, missing: read.missing, zones: read.zones };
}

/** Discovers and reads the zones of the paths, without linting them (`mxlint diff` compares postures). */
export async function readZones(options: RunOptions): Promise<ReadOutcome> {
  const loader = new ConfigLoader(rules, options.configPath);
  const discovery = discover(options.paths, loader, options.readFile ? (p) => headFrom(options.readFile!, p) : undefined);
  await loader.validateAll();
  const read: Zone[] = [];
  for (const file of discovery.files) read.push(await readCandidate(file, loader, options));
  // A file another zone $INCLUDEs is a fragment of that zone, not a zone of its own.
  const included = new Set(read.flatMap((zone) => zone.files.slice(1).map((f) => resolve(f.path))));
  const zones = read.filter((zone) => !included.has(resolve(zone.source.path)));
  return { zones, missing: discovery.missing, loader };
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

function headFrom(readFile: (p: string) => Uint8Array | undefined, path: string): string | undefined {
  const bytes = readFile(path);
  return bytes ? Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 8192)).toString('latin1') : undefined;
}
