/**
 * Unified diffs → changed files and lines, for pull-request mode. Pure parsing (`parseUnifiedDiff`,
 * `parseApiPatch`) beside the one function that asks git for a diff (`gitDiff`).
 *
 * Line numbers are 1-based. `added` holds head line numbers of `+` lines (added or modified);
 * each hunk keeps its head range (context lines included) and the base lines it removed, so a
 * finding caused by a deletion can point at where the deleted record stood.
 */
import { createRequire } from 'node:module';
import { gitCommand } from './command.ts';
import parseDiff from 'parse-diff';

export type ChangeStatus = 'added' | 'deleted' | 'modified' | 'renamed';

export interface DiffLine {
  /** 1-based line number: in the head file for added lines, in the base file for deleted ones. */
  line: number;
  /** The line's text, without the `+`/`-` marker. */
  text: string;
}

export interface Hunk {
  oldStart: number;
  oldLines: number;
  /** First head line of the hunk (context included); for a pure deletion, the line before it. */
  newStart: number;
  newLines: number;
  added: DiffLine[];
  deleted: DiffLine[];
  /** Runs of consecutive changed lines (deletions, then additions), in order. */
  blocks: ChangeBlock[];
}

export interface ChangeBlock {
  deleted: DiffLine[];
  added: DiffLine[];
  /** Head line that now stands where the block's deleted lines were (one past the end at the end of the file). */
  at: number;
}

export interface ChangedFile {
  /** Path in the head, relative to the repository root, `/`-separated; the base path for a deleted file. */
  path: string;
  /** Path in the base when it differs (renames); equal to `path` otherwise; undefined for added files. */
  oldPath?: string;
  status: ChangeStatus;
  hunks: Hunk[];
  /**
   * The diff does not say which lines changed (the API left out the patch of a large file):
   * every line of the file counts as changed.
   */
  wholeFile?: boolean;
}

/** Parses `git diff` output (any `--unified=N`, with or without rename detection). */
export function parseUnifiedDiff(text: string): ChangedFile[] {
  const files: ChangedFile[] = [];
  for (const file of parseDiff(text)) {
    const from = file.from && file.from !== '/dev/null' ? file.from : undefined;
    const to = file.to && file.to !== '/dev/null' ? file.to : undefined;
    if (!from && !to) continue;
    const status: ChangeStatus = file.new || !from ? 'added' : file.deleted || !to ? 'deleted' : from !== to ? 'renamed' : 'modified';
    files.push({
      path: unquoteGitPath((to ?? from) as string),
      oldPath: status === 'added' || from === undefined ? undefined : unquoteGitPath(from),
      status,
      hunks: file.chunks.map(toHunk),
    });
  }
  return files;
}

/**
 * A path as parse-diff leaves a name git quoted (`"a/we\"ird\tname"`): quotes and prefix gone,
 * C escapes kept. git quotes every name holding a backslash, so a backslash here is always an
 * escape: decode it (octal escapes are UTF-8 octets), or the file is never matched to the diff.
 */
export function unquoteGitPath(path: string): string {
  if (!path.includes('\\')) return path;
  const octets: number[] = [];
  const simple: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
  for (let i = 0; i < path.length; i++) {
    const c = path[i];
    if (c === '\\' && i + 1 < path.length) {
      const octal = /^[0-3][0-7]{2}/.exec(path.slice(i + 1, i + 4));
      if (octal) {
        octets.push(parseInt(octal[0], 8));
        i += 3;
        continue;
      }
      const e = simple[path[i + 1]];
      if (e !== undefined) {
        octets.push(e);
        i++;
        continue;
      }
    }
    octets.push(...Buffer.from(c, 'utf8'));
  }
  return Buffer.from(octets).toString('utf8');
}

interface ApiFile {
  filename: string;
  previous_filename?: string;
  /** added, removed, modified, renamed, copied, changed, unchanged */
  status: string;
  patch?: string;
}

/**
 * One entry of `GET /repos/{owner}/{repo}/pulls/{n}/files`: its `patch` is the hunks of a
 * unified diff without the file header.
 */
export function parseApiPatch(file: ApiFile): ChangedFile {
  const status: ChangeStatus =
    file.status === 'added' || file.status === 'copied' ? 'added' : file.status === 'removed' ? 'deleted' : file.status === 'renamed' ? 'renamed' : 'modified';
  const oldPath = status === 'added' ? undefined : (file.previous_filename ?? file.filename);
  const changed: ChangedFile = { path: file.filename, oldPath, status, hunks: [] };
  if (file.patch === undefined) {
    // GitHub omits the patch of large or binary files.
    if (status !== 'deleted') changed.wholeFile = true;
    return changed;
  }
  const header = `--- ${oldPath ? `a/${oldPath}` : '/dev/null'}\n+++ ${status === 'deleted' ? '/dev/null' : `b/${file.filename}`}\n`;
  const [parsed] = parseDiff(header + file.patch);
  changed.hunks = parsed ? parsed.chunks.map(toHunk) : [];
  return changed;
}

function toHunk(chunk: parseDiff.Chunk): Hunk {
  const added: DiffLine[] = [];
  const deleted: DiffLine[] = [];
  const blocks: ChangeBlock[] = [];
  let block: ChangeBlock | undefined;
  // For a pure deletion, newStart is the head line before it.
  let headLine = chunk.newLines === 0 ? chunk.newStart + 1 : chunk.newStart;
  for (const change of chunk.changes) {
    // `\ No newline at end of file` repeats the previous change's type: skip it.
    if (change.content.startsWith('\\')) continue;
    if (change.type === 'normal') {
      block = undefined;
      headLine = change.ln2 + 1;
      continue;
    }
    if (!block) {
      block = { deleted: [], added: [], at: headLine };
      blocks.push(block);
    }
    const line = { line: change.ln, text: change.content.slice(1) };
    if (change.type === 'add') {
      added.push(line);
      block.added.push(line);
      headLine = change.ln + 1;
    } else {
      deleted.push(line);
      block.deleted.push(line);
    }
  }
  return { oldStart: chunk.oldStart, oldLines: chunk.oldLines, newStart: chunk.newStart, newLines: chunk.newLines, added, deleted, blocks };
}

/** Head lines of `+` lines (added or modified), or `undefined` when every line counts. */
export function addedLines(file: ChangedFile): Set<number> | undefined {
  if (file.wholeFile) return undefined;
  const lines = new Set<number>();
  for (const hunk of file.hunks) for (const a of hunk.added) lines.add(a.line);
  return lines;
}

/** Head line ranges of the hunks, context lines included (reviewdog's `diff_context`). */
export function hunkRanges(file: ChangedFile): [first: number, last: number][] | undefined {
  if (file.wholeFile) return undefined;
  const ranges: [number, number][] = [];
  for (const hunk of file.hunks) {
    // A pure deletion has no head lines; the lines around it are the context.
    if (hunk.newLines === 0) ranges.push([Math.max(1, hunk.newStart), hunk.newStart + 1]);
    else ranges.push([hunk.newStart, hunk.newStart + hunk.newLines - 1]);
  }
  return ranges;
}

export class GitError extends Error {}

/** Loaded with the first git command: a lint that runs none (most) does not pay its 4 ms. */
function childProcess(): typeof import('node:child_process') {
  return createRequire(import.meta.url)('node:child_process') as typeof import('node:child_process');
}

/** Runs git in `cwd`; throws a GitError with git's own message when it fails. */
export function git(cwd: string, args: readonly string[]): string {
  const result = childProcess().spawnSync(gitCommand(), ['-c', 'core.quotePath=false', ...args], { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  if (result.error) throw new GitError(`cannot run git: ${result.error.message}`);
  if (result.status !== 0) throw new GitError(`git ${args[0]} failed: ${(result.stderr || result.stdout).trim()}`);
  return result.stdout;
}

/** Like `git`, but returns undefined instead of throwing. */
export function tryGit(cwd: string, args: readonly string[]): string | undefined {
  try {
    return git(cwd, args);
  } catch {
    return undefined;
  }
}

/**
 * The changes from `base` to the working tree (what the run lints), with three lines of context
 * and rename detection. External diff drivers and textconv filters stay off: line numbers must
 * be the file's own.
 */
export function gitDiff(cwd: string, base: string): ChangedFile[] {
  const text = git(cwd, [
    'diff',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--find-renames',
    '--unified=3',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    base,
    '--',
  ]);
  return parseUnifiedDiff(text);
}
