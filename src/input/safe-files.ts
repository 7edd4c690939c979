/**
 * Reading a file a pull request may have planted: only a regular file, only inside the tree it
 * belongs to (symbolic links resolved and checked before the file is opened), never inside
 * `.git/`, never more than a size cap. A FIFO or a device is refused without being read: it is
 * opened non-blocking, so a FIFO cannot hang the run, and checked with fstat on the descriptor
 * that is then read, so the file cannot be swapped between the check and the read.
 */
import { closeSync, constants, existsSync, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';

export type FileRead = { ok: true; bytes: Buffer } | { ok: false; reason: string; code: 'not-found' | 'outside' | 'git-dir' | 'not-regular' | 'too-large' };

export interface SafeReadOptions {
  /** The file must resolve to a path under this directory (itself resolved). */
  root?: string;
  /** Refuse files larger than this many octets. */
  maxBytes: number;
  /** Read at most this many octets from the start (a head for content detection). */
  head?: number;
}

/** True when `path` (resolved) lies under `root` (resolved). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || !(rel === '..' || rel.startsWith('..' + sep) || isAbsolute(rel));
}

/** True when a path has a `.git` directory component (a repository's internals). */
export function inGitDir(path: string): boolean {
  return path.split(/[\\/]/).some((part) => part.toLowerCase() === '.git');
}

export function realpathOrUndefined(path: string): string | undefined {
  try {
    // The system's realpath: one call, where Node's own walks the path with an lstat per folder.
    return realpathSync.native(path);
  } catch {
    return undefined;
  }
}

/** The nearest directory at or above `dir` that holds `.git`, if any. */
export function repositoryRoot(dir: string): string | undefined {
  for (let at = dir; ; at = dirname(at)) {
    if (existsSync(join(at, '.git'))) return at;
    if (dirname(at) === at) return undefined;
  }
}

/** Why a path that is not a regular file is refused, wherever it is checked. */
export const NOT_REGULAR_REASON = 'is not a regular file (a device, a FIFO or a socket); mxlint reads regular files only';

/** The real path of `path` when it resolves under `root` and outside its `.git/`; else why not. */
export function resolveInside(path: string, root: string): { ok: true; real: string } | (FileRead & { ok: false }) {
  const real = realpathOrUndefined(path);
  if (real === undefined) return { ok: false, code: 'not-found', reason: 'does not exist' };
  const top = realpathOrUndefined(root) ?? root;
  if (!isInside(top, real)) return { ok: false, code: 'outside', reason: `resolves to ${real}, outside ${top}` };
  if (inGitDir(relative(top, real))) return { ok: false, code: 'git-dir', reason: 'is inside .git/, which mxlint never reads' };
  return { ok: true, real };
}

export function readRegularFile(path: string, opts: SafeReadOptions): FileRead {
  // Only a file that must stay under a root is resolved first (realpath walks every folder of the path).
  let real = path;
  if (opts.root !== undefined) {
    const inside = resolveInside(path, opts.root);
    if (!inside.ok) return inside;
    real = inside.real;
  }
  let fd: number;
  try {
    fd = openSync(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // What realpath would have said of a path that leads nowhere (missing, a dangling link, a loop).
    if (opts.root === undefined && (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP')) return { ok: false, code: 'not-found', reason: 'does not exist' };
    return { ok: false, code: 'not-found', reason: `cannot be opened (${code ?? 'error'})` };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, code: 'not-regular', reason: NOT_REGULAR_REASON };
    if (stat.size > opts.maxBytes && opts.head === undefined) {
      return { ok: false, code: 'too-large', reason: `is ${stat.size.toLocaleString('en-US')} octets, over the limit of ${opts.maxBytes.toLocaleString('en-US')}` };
    }
    // Read what fstat promised, no more: a file that grows meanwhile cannot make the read unbounded.
    const size = Math.min(stat.size, opts.head ?? stat.size);
    const bytes = Buffer.allocUnsafe(size);
    let got = 0;
    while (got < size) {
      const n = readSync(fd, bytes, got, size - got, got);
      if (n === 0) break;
      got += n;
    }
    return { ok: true, bytes: got < size ? bytes.subarray(0, got) : bytes };
  } catch (error) {
    return { ok: false, code: 'not-found', reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  } finally {
    closeSync(fd);
  }
}
