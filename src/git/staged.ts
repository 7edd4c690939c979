/**
 * `mxlint --staged`: lints what the next commit will contain, the git index, not the working tree.
 *
 * - Targets: the paths given (files or directories, absolute or relative, in any order, as
 *   lint-staged and the pre-commit framework pass them), or with none, the files the index adds,
 *   copies, modifies or renames (`git diff --cached --diff-filter=ACMR`) below the working
 *   directory. Paths with no staged content (untracked, deleted in the index) are skipped
 *   silently; a path that exists nowhere is reported as missing, as in a normal run.
 * - Members: every zone file of the index is read from the index, so cross-zone lookups see the
 *   tree as committed (a zone deleted in the index is absent, a renamed one has its new name),
 *   but rules run on the targets only and findings are reported for the targets only. A zone
 *   that `$INCLUDE`s a staged file is a target too, and with no paths given, so is a zone whose
 *   `$INCLUDE`d file the index deletes or renames away. A staged `named.conf*`, or a file one
 *   includes, makes every zone a target: it says which zone each file is (as a pull request that
 *   changes it, in the action).
 * - Bytes come from one `git cat-file --batch` process per phase (targets, then member zones);
 *   `$INCLUDE`d files are fetched on demand. Each invocation is self-sufficient: lint-staged
 *   may split a long file list over several.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import { rules } from '../../rules/index.ts';
import { ConfigLoader, type ResolvedConfig } from '../engine/config.ts';
import { discover, SKIP_DIRS, withoutSignedCopies } from '../engine/discover.ts';
import { lintZones } from '../engine/lint.ts';
import { isNamedConfName, NamedConfs } from '../engine/named-conf.ts';
import { readZones } from '../engine/zones.ts';
import { Budget } from '../input/limits.ts';
import { gitCommand } from './command.ts';
import { reportedFindings, type FindingOptions, type RunOutcome } from '../engine/run.ts';
import type { Zone } from '../model/zone.ts';

/** `errorsOnly` and `unlimited` as in RunOptions. */
export interface StagedOptions extends FindingOptions {
  /** Files or directories; none means every staged (added, copied, modified, renamed) file. */
  paths: readonly string[];
  configPath?: string;
}

/** One stage-0 entry of the index. */
interface IndexEntry {
  mode: string;
  oid: string;
}

/** Git failed or the working directory is not in a repository: the CLI exits 2. */
export class GitError extends Error {
  override name = 'GitError';
}

const HEAD_BYTES = 8192;

export async function runStaged(options: StagedOptions): Promise<RunOutcome> {
  // Display paths of sources are relative to the process's working directory.
  const cwd = process.cwd();
  const top = gitTop(cwd);
  const index = listIndex(top);
  const missing: string[] = [];

  // Targets, as paths relative to the top of the work tree ('/'-separated, as git writes them).
  const targets = new Set<string>();
  // Files the index deletes (or renames away): a zone whose `$INCLUDE` named one is a target too.
  const deletions: string[] = [];
  if (options.paths.length === 0) {
    const prefix = toIndexPath(top, cwd);
    // `-z --name-status`: status and path, each ended by a NUL.
    const changes = gitLines(top, ['diff', '--cached', '--name-status', '--diff-filter=ACMRD', '--no-renames', '-z']);
    for (let i = 0; i + 1 < changes.length; i += 2) {
      const path = changes[i + 1];
      if (changes[i] === 'D') deletions.push(path);
      else if (index.has(path) && under(path, prefix ?? '') && walked(path, prefix ?? '')) targets.add(path);
    }
  } else {
    let deleted: Set<string> | undefined;
    for (const given of options.paths) {
      const path = toIndexPath(top, resolve(cwd, given));
      if (path !== undefined && index.has(path)) {
        targets.add(path);
        continue;
      }
      // A directory: the index files below it, skipping what a directory walk skips.
      let any = false;
      if (path !== undefined) {
        for (const file of index.keys()) {
          if (under(file, path) && walked(file, path)) {
            targets.add(file);
            any = true;
          }
        }
      }
      if (any || existsSync(resolve(cwd, given))) continue; // untracked or only in the work tree: nothing staged
      deleted ??= new Set(gitLines(top, ['diff', '--cached', '--name-only', '--diff-filter=D', '--no-renames', '-z']));
      if (path === undefined || !deleted.has(path)) missing.push(given);
    }
  }

  const blobs = new BlobStore(top, index);
  const absolute = (path: string) => resolve(top, ...path.split('/'));
  const readFile = (file: string): Uint8Array | undefined => {
    const path = toIndexPath(top, file);
    return path === undefined ? undefined : blobs.get(path);
  };
  const readHead = (file: string): string | undefined => {
    const bytes = readFile(file);
    return bytes ? Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, HEAD_BYTES)).toString('latin1') : undefined;
  };

  const loader = new ConfigLoader(rules, options.configPath);
  // A symbolic link to a staged file is staged content under the link's name too (a parked
  // domain's link to the template it shares).
  const links = [...index].filter(([path, entry]) => entry.mode === '120000' && !targets.has(path) && walked(path, '')).map(([path]) => path);
  blobs.readLinks(links);
  for (const link of links) {
    const target = blobs.linkTarget(link);
    if (target !== undefined && targets.has(target)) targets.add(link);
  }
  // Targets are recognised by their staged content.
  blobs.prefetch(targets);
  const targetFiles = discover([...targets].map(absolute), loader, readHead).files;
  // Other zones of the index, recognised (cheaply) by the head of their work-tree copy, then read
  // from the index. A file whose staged and work-tree versions disagree on being a zone at all is
  // rare enough; its staged bytes are what gets linted either way.
  const others: string[] = [];
  for (const path of index.keys()) if (!targets.has(path) && walked(path, '')) others.push(absolute(path));
  const memberFiles = discover(others, loader).files;
  blobs.prefetch(memberFiles.map((c) => toIndexPath(top, c.path)!));
  await loader.validateAll();

  // Staged files are passed by tools, not named by the user: a file that is no zone is skipped quietly.
  const files = withoutSignedCopies(
    [...targetFiles, ...memberFiles].map((file) => ({ ...file, explicit: false })),
    [],
  );
  const budget = new Budget(loader.limits());
  const confs = new NamedConfs(() => top, readFile);
  const { zones, listing } = await readZones({ files, skipped: [], missing: [] }, loader, { readFile, root: () => top, budget, confs });

  // A target zone: one of the targets, a zone that $INCLUDEs a target, or one whose $INCLUDE no
  // longer finds a file the index deletes.
  const targetZones = new Set<Zone>();
  const deleted = new Set(deletions.map(absolute));
  // named.conf (and what it includes) says which zone each file is and in which view: a staged
  // change to it can change any zone's findings.
  const confFiles = new Set(confs.confFiles());
  const confStaged = [...targets].some((path) => isNamedConfName(path) || confFiles.has(absolute(path)));
  for (const zone of zones) {
    if (confStaged) targetZones.add(zone);
    for (const source of zone.files) {
      const path = toIndexPath(top, resolve(cwd, source.path));
      if (path !== undefined && targets.has(path)) targetZones.add(zone);
    }
    if (zone.missingIncludes?.some((path) => deleted.has(path))) targetZones.add(zone);
  }
  const silent = new Map<ResolvedConfig, ResolvedConfig>();
  const outcome = lintZones(zones, rules, (zone) => {
    const config = loader.resolve(resolve(cwd, zone.source.path));
    if (targetZones.has(zone)) return config;
    // Members are read for lookups only: no rule runs on them.
    let quiet = silent.get(config);
    if (!quiet) silent.set(config, (quiet = { ...config, rules: new Map() }));
    return quiet;
  });
  const reported = new Set([...targetZones].flatMap((zone) => zone.files));
  const results = reportedFindings(outcome.results.filter((r) => r.source !== undefined && reported.has(r.source)), budget, options);
  return { results, rules, internalError: outcome.internalError, missing, zones: zones.filter((z) => targetZones.has(z)), listing, withoutZones: [], budget };
}

/** Index blobs by path, fetched in batches with `git cat-file --batch` and cached. */
class BlobStore {
  private readonly cache = new Map<string, Uint8Array | undefined>();
  /** What each symbolic link blob holds (a path), by oid. */
  private readonly links = new Map<string, string | undefined>();

  constructor(
    private readonly top: string,
    private readonly index: Map<string, IndexEntry>,
  ) {}

  get(path: string): Uint8Array | undefined {
    if (!this.cache.has(path)) this.prefetch([path]);
    return this.cache.get(path);
  }

  prefetch(paths: Iterable<string>): void {
    const wanted: string[] = [];
    const links: string[] = [];
    for (const path of paths) {
      if (this.cache.has(path)) continue;
      const mode = this.index.get(path)?.mode;
      if (mode === '100644' || mode === '100755') wanted.push(path);
      else if (mode === '120000') links.push(path);
      // A submodule (160000) holds a commit: no zone.
      else this.cache.set(path, undefined);
    }
    this.fetch(wanted);
    // A symbolic link is read as the regular file of the index it leads to, as a walk of the work tree reads it.
    this.readLinks(links);
    for (const link of links) {
      const target = this.linkTarget(link);
      this.cache.set(link, target === undefined ? undefined : this.get(target));
    }
  }

  /** Reads the paths the symbolic links at `paths` hold, in one `git cat-file --batch`. */
  readLinks(paths: string[]): void {
    const oids = [...new Set(paths.map((path) => this.index.get(path)?.oid).filter((oid): oid is string => oid !== undefined && !this.links.has(oid)))];
    if (oids.length === 0) return;
    this.blobs(oids).forEach((bytes, i) => this.links.set(oids[i], bytes?.toString('utf8')));
  }

  /** The regular file of the index a chain of symbolic links leads to, inside the work tree; undefined for any other. */
  linkTarget(path: string): string | undefined {
    let current = path;
    for (let hops = 0; hops < 8; hops++) {
      const entry = this.index.get(current);
      if (entry?.mode === '100644' || entry?.mode === '100755') return current;
      if (entry?.mode !== '120000') return undefined;
      this.readLinks([current]);
      const written = this.links.get(entry.oid);
      if (written === undefined || posix.isAbsolute(written)) return undefined;
      current = posix.normalize(posix.join(posix.dirname(current), written));
      if (current === '..' || current.startsWith('../')) return undefined;
    }
    return undefined;
  }

  private fetch(paths: string[]): void {
    if (paths.length === 0) return;
    const bytes = this.blobs(paths.map((p) => this.index.get(p)!.oid));
    paths.forEach((path, i) => this.cache.set(path, bytes[i]));
  }

  /** The blobs of `oids`, in order (undefined for a missing one), from one `git cat-file --batch`. */
  private blobs(oids: string[]): (Buffer | undefined)[] {
    const out = git(this.top, ['cat-file', '--batch'], oids.map((oid) => oid + '\n').join(''));
    // Each answer: `<oid> <type> <size>\n<bytes>\n`, in the order asked.
    const found: (Buffer | undefined)[] = [];
    let at = 0;
    for (let i = 0; i < oids.length; i++) {
      const eol = out.indexOf(10, at);
      const header = out.toString('latin1', at, eol).split(' ');
      if (header[1] === 'missing' || header.length < 3) {
        found.push(undefined);
        at = eol + 1;
        continue;
      }
      const size = Number(header[2]);
      found.push(out.subarray(eol + 1, eol + 1 + size));
      at = eol + 1 + size + 1;
    }
    return found;
  }
}

/**
 * The top of the work tree. Found without a git process when nothing overrides git's own search
 * (each spawn from Node costs milliseconds of a pre-commit run): the nearest directory holding
 * `.git` (a directory, or a file in linked work trees and submodules). GIT_DIR or GIT_WORK_TREE
 * in the environment leave the answer to git.
 */
function gitTop(cwd: string): string {
  if (process.env.GIT_DIR === undefined && process.env.GIT_WORK_TREE === undefined) {
    for (let dir = cwd; ; dir = dirname(dir)) {
      if (existsSync(join(dir, '.git'))) return dir;
      if (dirname(dir) === dir) break;
    }
  }
  let out: Buffer;
  try {
    out = git(cwd, ['rev-parse', '--show-toplevel']);
  } catch (error) {
    throw new GitError(`--staged needs a git work tree: ${error instanceof Error ? error.message : String(error)}`);
  }
  const top = out.toString('utf8').trim();
  if (!top) throw new GitError('--staged needs a git work tree (this is a bare repository or a .git directory)');
  return top;
}

/** Stage-0 entries of the index by path; conflicted paths (stages 1–3) cannot be committed and are left out. */
function listIndex(top: string): Map<string, IndexEntry> {
  const index = new Map<string, IndexEntry>();
  for (const line of gitLines(top, ['ls-files', '--stage', '-z'])) {
    // `<mode> <oid> <stage>\t<path>`
    const tab = line.indexOf('\t');
    const [mode, oid, stage] = line.slice(0, tab).split(' ');
    if (stage === '0') index.set(line.slice(tab + 1), { mode, oid });
  }
  return index;
}

function gitLines(cwd: string, args: string[]): string[] {
  const out = git(cwd, args).toString('utf8');
  return out ? out.split('\0').filter((s) => s !== '') : [];
}

function git(cwd: string, args: string[], input?: string): Buffer {
  // `core.quotePath` does not apply with -z; the index may be a temporary one (`git commit <paths>`
  // sets GIT_INDEX_FILE for hooks), which the environment passes on.
  const result = spawnSync(gitCommand(), args, { cwd, input, maxBuffer: 1024 ** 3, stdio: ['pipe', 'pipe', 'pipe'] });
  if (result.error) throw new GitError(`git ${args[0]}: ${result.error.message}`);
  if (result.status !== 0) throw new GitError(`git ${args[0]} failed: ${result.stderr.toString('utf8').trim() || `exit ${result.status}`}`);
  return result.stdout;
}

/**
 * The index path ('/'-separated, relative to the top) of an absolute path, or undefined when it
 * lies outside the work tree. Tries the path as given, then with symbolic links resolved (git
 * reports the top with links resolved).
 */
function toIndexPath(top: string, absolutePath: string): string | undefined {
  const direct = inside(top, absolutePath);
  if (direct !== undefined) return direct;
  const real = realpathOrParent(absolutePath);
  return real === undefined ? undefined : inside(top, real);
}

function inside(top: string, path: string): string | undefined {
  const rel = relative(top, path);
  if (rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}

/** The real path of a file, or of its nearest existing ancestor with the rest appended. */
function realpathOrParent(path: string): string | undefined {
  for (let dir = path, rest = ''; ; ) {
    try {
      return resolve(realpathSync(dir), rest);
    } catch {
      const parent = dirname(dir);
      if (parent === dir) return undefined;
      rest = rest ? `${dir.slice(parent.length + 1)}${sep}${rest}` : dir.slice(parent.length + 1);
      dir = parent;
    }
  }
}

/** True when `path` is `dir` or below it ('' is the top). */
function under(path: string, dir: string): boolean {
  return dir === '' || path === dir || path.startsWith(dir + '/');
}

/** True when a directory walk from `dir` reaches `path`: no dot directory or node_modules between. */
function walked(path: string, dir: string): boolean {
  const rest = dir === '' ? path : path.slice(dir.length + 1);
  const parts = rest.split('/');
  for (let i = 0; i < parts.length - 1; i++) if (parts[i].startsWith('.') || SKIP_DIRS.has(parts[i])) return false;
  return true;
}
