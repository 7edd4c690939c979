/**
 * Globs in the CLI's path arguments (`mxlint 'zones/*.zone'`), for shells that pass them quoted
 * and for Windows, where no shell expands them. A path that exists is taken as it is, even if its
 * name holds a glob character.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { SKIP_DIRS } from './discover.ts';

export interface ExpandedPaths {
  paths: string[];
  /** Patterns no file matched. */
  unmatched: string[];
}

export function expandPathGlobs(args: readonly string[]): ExpandedPaths {
  const paths: string[] = [];
  const unmatched: string[] = [];
  for (const arg of args) {
    if (existsSync(arg) || !picomatch.scan(arg).isGlob) {
      paths.push(arg);
      continue;
    }
    // The static folder is walked; the pattern is matched without a leading './'.
    const { base, glob } = picomatch.scan(arg.split(sep).join('/'));
    const matcher = picomatch(base ? `${base}/${glob}` : glob);
    const matches = walk(base || '.').filter((file) => matcher(file));
    if (matches.length === 0) unmatched.push(arg);
    paths.push(...matches);
  }
  return { paths, unmatched };
}

/** Files under `dir`, as `dir`-prefixed forward-slash paths, skipping the folders discovery skips. */
function walk(dir: string): string[] {
  const out: string[] = [];
  const visit = (current: string) => {
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.')) visit(full);
      } else if (entry.isFile()) out.push(dir === '.' ? relative('.', full).split(sep).join('/') : full.split(sep).join('/'));
    }
  };
  visit(dir);
  return out;
}
