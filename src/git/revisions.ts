/**
 * The two versions a pull request compares: which commit is the base, what changed between it and
 * the checkout, and the bytes of any file at the base.
 *
 * Three ways to get there, tried in order:
 *   1. `git`: the base commit is in the checkout (fetch-depth: 0, or a merge commit's parent);
 *   2. `git-fetched`: it is not (a shallow clone), so `git fetch --no-tags --depth=1 origin <sha>`;
 *   3. `api`: the fetch failed and a token was given, so the pull request's files come from the
 *      GitHub API (`pulls/{n}/files`, whose patches are unified diffs) and base contents from the
 *      contents API at the base commit.
 * The API itself is passed in (`PullRequestApi`), so this module never loads the GitHub packages.
 */
import { spawnSync } from 'node:child_process';
import { readRegularFile } from '../input/safe-files.ts';
import { DEFAULT_LIMITS } from '../input/limits.ts';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { gitCommand } from './command.ts';
import { GitError, git, gitDiff, parseApiPatch, tryGit, type ChangedFile } from './diff.ts';

export interface PullRequestRef {
  number: number;
  baseSha: string;
  headSha: string;
  baseRef?: string;
  headRef?: string;
  /** The head lives in another repository (a fork). */
  fromFork: boolean;
}

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/i;

/** The pull request of an event payload (`pull_request`, `pull_request_target`, `merge_group`), if it has one. */
export function pullRequestFromEvent(payload: unknown): PullRequestRef | undefined {
  if (isObject(payload) && isObject(payload.merge_group)) return mergeGroupFromEvent(payload.merge_group);
  if (!isObject(payload) || !isObject(payload.pull_request)) return undefined;
  const pr = payload.pull_request;
  const base = isObject(pr.base) ? pr.base : {};
  const head = isObject(pr.head) ? pr.head : {};
  const number = typeof pr.number === 'number' ? pr.number : typeof payload.number === 'number' ? payload.number : NaN;
  if (typeof base.sha !== 'string' || typeof head.sha !== 'string' || !SHA.test(base.sha) || !SHA.test(head.sha)) return undefined;
  const repoName = (side: Record<string, unknown>) => (isObject(side.repo) && typeof side.repo.full_name === 'string' ? side.repo.full_name : undefined);
  const baseRepo = repoName(base);
  const headRepo = repoName(head);
  return {
    number,
    baseSha: base.sha,
    headSha: head.sha,
    baseRef: typeof base.ref === 'string' ? base.ref : undefined,
    headRef: typeof head.ref === 'string' ? head.ref : undefined,
    fromFork: baseRepo !== undefined && headRepo !== undefined && baseRepo !== headRepo,
  };
}

/**
 * A merge queue's group (`merge_group` event) is judged as its pull request was: the queue's
 * temporary branch (head) against the base branch it will land on, so findings the base already
 * had do not fail the queue after the pull request's own check passed. The pull request's number
 * comes from the queue branch's name (`gh-readonly-queue/<base>/pr-<n>-<sha>`).
 */
function mergeGroupFromEvent(group: Record<string, unknown>): PullRequestRef | undefined {
  const { base_sha: baseSha, head_sha: headSha, base_ref: baseRef, head_ref: headRef } = group;
  if (typeof baseSha !== 'string' || typeof headSha !== 'string' || !SHA.test(baseSha) || !SHA.test(headSha)) return undefined;
  const number = typeof headRef === 'string' ? /\/pr-(\d+)-[0-9a-f]+$/i.exec(headRef)?.[1] : undefined;
  return {
    number: number === undefined ? NaN : Number(number),
    baseSha,
    headSha,
    baseRef: typeof baseRef === 'string' ? baseRef.replace(/^refs\/heads\//, '') : undefined,
    headRef: typeof headRef === 'string' ? headRef.replace(/^refs\/heads\//, '') : undefined,
    fromFork: false,
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What the action needs from the GitHub REST API; action.ts implements it with @actions/github. */
export interface PullRequestApi {
  /** `GET /repos/{owner}/{repo}/pulls/{n}/files`, every page. */
  listFiles(): Promise<{ filename: string; previous_filename?: string; status: string; patch?: string }[]>;
  /** A file's bytes at a commit (contents API), or undefined when it does not exist there. */
  fileAt(path: string, ref: string): Promise<Uint8Array | undefined>;
}

export type ChangeSource = 'git' | 'git-fetched' | 'api';

export interface Changes {
  source: ChangeSource;
  /** The commit the head is compared with (the merge base when git could compute it). */
  baseRef: string;
  /** Changed files; paths relative to `root`, `/`-separated. */
  files: ChangedFile[];
  /** Repository root (paths of `files` are relative to it). */
  root: string;
  /** One sentence for the log and the job summary: where the diff came from. */
  description: string;
  /** Things the user should know (a shallow clone without merge base). */
  warnings: string[];
  /** Loads what `readBase` will be asked for (the API is asynchronous, a run's readFile is not). */
  prepare(absolutePaths: readonly string[]): Promise<void>;
  /**
   * Bytes at the base of the file that the head has at `absolutePath` (following renames);
   * undefined when the file did not exist at the base.
   */
  readBase(absolutePath: string): Uint8Array | undefined;
  /** Whether the head file at `absolutePath` existed at the base. */
  existsAtBase(absolutePath: string): boolean;
}

export interface ResolveOptions {
  /** The checkout (GITHUB_WORKSPACE). */
  cwd: string;
  pr: PullRequestRef;
  /** Present when a token was given: the fallback when the base commit cannot be fetched. */
  api?: PullRequestApi;
  log?: (message: string) => void;
}

export async function resolveChanges(options: ResolveOptions): Promise<Changes> {
  const { cwd, pr } = options;
  const log = options.log ?? (() => {});
  const root = tryGit(cwd, ['rev-parse', '--show-toplevel'])?.trim();
  if (root === undefined) {
    if (options.api) return apiChanges(cwd, pr, options.api, 'the workspace is not a git repository');
    throw new GitError(`${cwd} is not a git repository: check the repository out first (actions/checkout with fetch-depth: 0).`);
  }
  let source: ChangeSource = 'git';
  if (!hasCommit(root, pr.baseSha)) {
    log(`The base commit ${short(pr.baseSha)} is not in the checkout (shallow clone): fetching it from origin.`);
    const fetched = spawnSync(gitCommand(), ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', pr.baseSha], { cwd: root, encoding: 'utf8' });
    if (fetched.status === 0 && hasCommit(root, pr.baseSha)) source = 'git-fetched';
    else {
      const why = (fetched.error?.message ?? fetched.stderr ?? '').trim().split('\n').pop() ?? '';
      if (options.api) return apiChanges(root, pr, options.api, `the base commit could not be fetched (${why})`);
      throw new GitError(
        `The base commit ${pr.baseSha} is not in the checkout and could not be fetched from origin${why ? ` (${why})` : ''}. ` +
          'Check out with fetch-depth: 0, or give the action a token (token: ${{ github.token }}) to read the changes from the GitHub API.',
      );
    }
  }

  const warnings: string[] = [];
  // `base...head`: compare with the merge base, so changes made on the base branch since the fork
  // are not taken for this pull request's. A shallow clone may not have it.
  let baseRef = tryGit(root, ['merge-base', pr.baseSha, 'HEAD'])?.trim();
  if (!baseRef) {
    baseRef = pr.baseSha;
    if (firstParent(root) !== pr.baseSha.toLowerCase()) {
      warnings.push(
        `No merge base between ${short(pr.baseSha)} and the checkout (shallow clone): comparing with the base commit itself, so changes made on the base branch since the fork may count as this pull request's. Check out with fetch-depth: 0 to avoid it.`,
      );
    }
  }
  const files = gitDiff(root, baseRef);
  const byHead = renameMap(files);
  const cache = new Map<string, Uint8Array | undefined>();
  let tree: Set<string> | undefined;
  const basePath = (absolutePath: string): string | undefined => {
    const rel = inside(root, absolutePath);
    if (rel === undefined) return undefined;
    const change = byHead.get(rel);
    if (change) return change.status === 'added' ? undefined : change.oldPath;
    return rel;
  };
  const readBase = (absolutePath: string): Uint8Array | undefined => {
    const path = basePath(absolutePath);
    if (path === undefined) return undefined;
    if (!cache.has(path)) readBlobs(root, baseRef, [path], cache);
    return cache.get(path);
  };
  const via = source === 'git' ? 'git diff' : 'git diff, after fetching the base commit from origin (shallow clone)';
  return {
    source,
    baseRef,
    files,
    root,
    description: `Changes: ${via}, ${short(baseRef)}${baseRef === pr.baseSha ? '' : ` (merge base of ${short(pr.baseSha)})`} → working tree (${short(pr.headSha)}).`,
    warnings,
    // One `git cat-file --batch` for every file the base run will read, rather than a process each.
    prepare: async (absolutePaths) => {
      const paths = absolutePaths.map(basePath).filter((p): p is string => p !== undefined && !cache.has(p));
      if (paths.length) readBlobs(root, baseRef, [...new Set(paths)], cache);
    },
    readBase,
    existsAtBase: (absolutePath) => {
      const path = basePath(absolutePath);
      if (path === undefined) return false;
      tree ??= new Set(git(root, ['ls-tree', '-r', '-z', '--name-only', baseRef]).split('\0'));
      return tree.has(path);
    },
  };
}

async function apiChanges(root: string, pr: PullRequestRef, api: PullRequestApi, why: string): Promise<Changes> {
  const files = (await api.listFiles()).map(parseApiPatch);
  const byHead = renameMap(files);
  // A file the pull request deletes exists at the base only: its contents come from the API too.
  const deleted = new Set(files.filter((f) => f.status === 'deleted').map((f) => f.path));
  const fetched = new Map<string, Uint8Array | undefined>();
  const lookup = (absolutePath: string): { changed: boolean; path?: string } => {
    const rel = inside(root, absolutePath);
    if (rel === undefined) return { changed: false };
    if (deleted.has(rel)) return { changed: true, path: rel };
    const change = byHead.get(rel);
    if (!change) return { changed: false, path: rel };
    return { changed: true, path: change.status === 'added' ? undefined : change.oldPath };
  };
  return {
    source: 'api',
    baseRef: pr.baseSha,
    files,
    root,
    description: `Changes: the pull request's files from the GitHub API (${why}); base contents from the contents API at ${short(pr.baseSha)}.`,
    warnings: [],
    prepare: async (absolutePaths) => {
      for (const absolutePath of absolutePaths) {
        const { changed, path } = lookup(absolutePath);
        if (!changed || path === undefined || fetched.has(path)) continue;
        fetched.set(path, await api.fileAt(path, pr.baseSha));
      }
    },
    readBase: (absolutePath) => {
      const { changed, path } = lookup(absolutePath);
      if (path === undefined) return undefined;
      // A file the pull request does not change is the same at the base as in the checkout.
      if (!changed) return readDisk(absolutePath);
      return fetched.get(path);
    },
    existsAtBase: (absolutePath) => {
      const { changed, path } = lookup(absolutePath);
      if (path === undefined) return false;
      return changed ? fetched.get(path) !== undefined : true;
    },
  };
}

/** Reads `paths` at `ref` with one `git cat-file --batch` into `cache` (undefined for missing ones). */
function readBlobs(root: string, ref: string, paths: readonly string[], cache: Map<string, Uint8Array | undefined>): void {
  // Paths with a line break cannot be asked for in batch mode.
  const asked = paths.filter((p) => !/[\r\n]/.test(p));
  for (const p of paths) cache.set(p, undefined);
  if (asked.length === 0) return;
  // A symbolic link is read as the file it leads to inside the tree, as the walk of the checkout reads it.
  const batch = spawnSync(gitCommand(), ['cat-file', '--batch', '--follow-symlinks'], { cwd: root, input: asked.map((p) => `${ref}:${p}\n`).join(''), maxBuffer: 1024 * 1024 * 1024 });
  if (batch.status !== 0 || !batch.stdout) throw new GitError(`git cat-file failed: ${String(batch.stderr ?? batch.error?.message ?? '').trim()}`);
  const out: Buffer = batch.stdout;
  let at = 0;
  for (const path of asked) {
    const eol = out.indexOf(10, at);
    if (eol < 0) break;
    const header = out.toString('utf8', at, eol);
    at = eol + 1;
    const found = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    // A link out of the tree, dangling, in a loop or through a file: `<kind> <size>` and what it names.
    const unfollowed = /^(symlink|dangling|loop|notdir) (\d+)$/.exec(header);
    if (unfollowed) at += Number(unfollowed[2]) + 1;
    if (!found) continue; // `<object> missing` (or ambiguous), or a link not followed: not at the base
    const size = Number(found[2]);
    if (found[1] === 'blob') cache.set(path, new Uint8Array(out.subarray(at, at + size)));
    at += size + 1;
  }
}

/** A file of the checkout the pull request does not change: a regular file only (a link to a device never hangs the run). */
function readDisk(path: string): Uint8Array | undefined {
  const read = readRegularFile(path, { maxBytes: DEFAULT_LIMITS.fileBytes });
  return read.ok ? read.bytes : undefined;
}

/** Head path → change, for files that exist in the head. */
function renameMap(files: readonly ChangedFile[]): Map<string, ChangedFile> {
  const map = new Map<string, ChangedFile>();
  for (const file of files) if (file.status !== 'deleted') map.set(file.path, file);
  return map;
}

/** `absolutePath` relative to `root`, `/`-separated, or undefined when outside it. */
export function inside(root: string, absolutePath: string): string | undefined {
  const rel = relative(root, resolve(absolutePath));
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}

function hasCommit(root: string, sha: string): boolean {
  return tryGit(root, ['cat-file', '-e', `${sha}^{commit}`]) !== undefined;
}

/** The first parent of HEAD, read from the commit object (a shallow clone still records it). */
function firstParent(root: string): string | undefined {
  const commit = tryGit(root, ['cat-file', '-p', 'HEAD']);
  return commit?.match(/^parent ([0-9a-f]+)$/m)?.[1];
}

export function short(sha: string): string {
  return sha.slice(0, 7);
}

