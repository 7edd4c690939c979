/**
 * Where a path written in a file of the repository points inside it: an `$INCLUDE` of a zone
 * file, a `file` or `include` of named.conf. BIND resolves a relative path from named's
 * `directory`, which a repository mirrors at its root or a folder of it (`$INCLUDE
 * zones/common/mx.inc` in zones/example.com): it is looked for from the writing file's folder
 * (named-checkzone run there, Knot), then from each folder above it up to the root. An absolute
 * path is where the file lies on the name server (`/etc/bind/zones/common.inc`): the
 * repository's copy is the file the longest end of that path names, looked for the same way.
 * Undefined when nothing is found.
 */
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';

export function mirroredPath(folder: string, written: string, root: string, exists: (path: string) => boolean): string | undefined {
  if (!isAbsolute(written)) return foundUpwards(folder, written, root, exists);
  const parts = written.split(/[\\/]+/).filter((part) => part !== '');
  for (let i = 0; i < parts.length; i++) {
    const found = foundUpwards(folder, join(...parts.slice(i)), root, exists);
    if (found) return found;
  }
  return undefined;
}

/** `written` from `folder` or the nearest folder above it, up to the root, where it names a file. */
function foundUpwards(folder: string, written: string, root: string, exists: (path: string) => boolean): string | undefined {
  const top = resolve(root);
  for (let at = folder; ; at = dirname(at)) {
    const candidate = resolve(at, written);
    if (exists(candidate)) return candidate;
    const below = relative(top, at);
    // Up to the root and no further (nor from a folder outside it).
    if (below === '' || below.startsWith('..') || isAbsolute(below)) return undefined;
  }
}
