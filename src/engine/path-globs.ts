/**
 * Globs in the CLI's path arguments (`mxlint 'zones/*.zone'`), for shells that pass them quoted
 * and for Windows, where no shell expands them. A path that exists is taken as it is, even if its
 * name holds a glob character.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { SKIP_DIRS } from './discover.ts';
import { matchesAny } from './globs.ts';

export interface ExpandedPaths {
  paths: string[];
  /** Patterns no file matched. */
  unmatched: string[];
}

export function expandPathGlobs(args: readonly string[]): ExpandedPaths {
  const paths: string[] = [];
  const unmatched: string[] = [];
  for (const arg of args) {
    const pattern = arg.split(sep).join('/');
    if (existsSync(arg) || !isGlob(pattern)) {
      paths.push(arg);
      continue;
    }
    // The static folder (the segments before the first with a glob character) is walked; the
    // pattern is matched without a leading './', with the configuration's linear matcher.
    const segments = pattern.replace(/^\.\//, '').split('/');
    const firstGlob = segments.findIndex(isGlob);
    const base = segments.slice(0, firstGlob).join('/');
    const matcher = (file: string) => matchesAny(segments.join('/'), file);
    const matches = walk(base || '.').filter((file) => matcher(file));
    if (matches.length === 0) unmatched.push(arg);
    paths.push(...matches);
  }
  return { paths, unmatched };
}

function isGlob(text: string): boolean {
  return /[*?[{]/.test(text);
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
