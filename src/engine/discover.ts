/**
 * Which files of the paths given are zones: BIND files by name (`*.zone`, `db.*`, `*.db`, or the
 * globs of the configuration) or by content, and provider exports (JSON, YAML) by content.
 * Anything else is skipped silently, so a pre-commit hook can pass every staged file.
 */
import { closeSync, constants, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import type { ConfigLoader } from './config.ts';
import { matchesAny } from './globs.ts';
import { parseName } from '../zone/names.ts';

export type InputKind = 'bind' | 'json' | 'yaml';

export interface Candidate {
  path: string;
  kind: InputKind;
}

export interface Discovery {
  files: Candidate[];
  /** Paths named on the command line that do not exist. */
  missing: string[];
}

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

export function discover(paths: readonly string[], loader: ConfigLoader, readHead: (path: string) => string | undefined = headOf): Discovery {
  const files: Candidate[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const consider = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const kind = classify(path, loader, readHead);
    if (kind) files.push({ path, kind });
  };
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.')) walk(full);
      } else if (entry.isFile()) consider(full);
    }
  };
  for (const given of paths) {
    const path = resolve(given);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) missing.push(given);
    else if (stat.isDirectory()) walk(path);
    // A device or FIFO named on the command line is never opened here: the reader refuses it with a diagnostic.
    else if (!stat.isFile()) files.push({ path, kind: 'bind' });
    else consider(path);
  }
  return { files, missing };
}

function classify(path: string, loader: ConfigLoader, readHead: (path: string) => string | undefined): InputKind | undefined {
  const config = loader.resolve(path);
  const rel = relative(loader.baseDir(path), path).split(sep).join('/');
  if (matchesAny(config.zones.exclude, rel)) return undefined;
  const name = basename(path).toLowerCase();
  if (name === 'package.json' || name === 'package-lock.json' || /^(\.mxlintrc|mxlint\.config)\.json$/.test(name)) return undefined;
  if (matchesAny(config.zones.include, rel) || matchesAny(config.zones.include, name)) return 'bind';
  const head = readHead(path);
  if (head === undefined) return undefined;
  if (name.endsWith('.json')) return /"(ResourceRecordSets|Changes|result|rrsets|rrdatas|domain_records|type|properties|records)"/.test(head) ? 'json' : undefined;
  if (name.endsWith('.yaml') || name.endsWith('.yml')) return looksLikeOctodns(head) ? 'yaml' : undefined;
  return looksLikeBind(head) ? 'bind' : undefined;
}

/** A BIND master file: a directive, or a record line with a class or a common type. */
export function looksLikeBind(head: string): boolean {
  // Comments do not count: a long licence header or a NUL byte in a comment must not hide a zone BIND loads.
  const code = head.replace(/;[^\n]*/g, '');
  if (code.includes('\0')) return false;
  return /^\$(ORIGIN|TTL|INCLUDE)\s/im.test(code) || /^\S*\s+(\d+[smhdw]?\s+)?(IN\s+)?SOA\s/im.test(code);
}

function looksLikeOctodns(head: string): boolean {
  return /^\s*(type|ttl|value|values):/m.test(head) && /^['"]?[\w.*-]*['"]?:\s*$/m.test(head);
}

/** How much of a file content detection reads: enough to pass a long comment header. */
export const HEAD_BYTES = 65536;

function headOf(path: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const buffer = Buffer.alloc(HEAD_BYTES);
    const n = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.toString('latin1', 0, n);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The origin a zone file's name gives: `example.com.zone`, `example.com.db`, `db.example.com`,
 * `example.com` → `example.com.`. Configured `zones.origins` entries (path or glob) come first.
 */
export function originFromName(path: string, origins: Record<string, string>, baseDir: string): string | undefined {
  const rel = relative(baseDir, path).split(sep).join('/');
  for (const [pattern, origin] of Object.entries(origins)) {
    if (pattern === rel || matchesAny(pattern, rel)) return origin;
  }
  let name = basename(path);
  if (/^db\./i.test(name)) name = name.slice(3);
  name = name.replace(/\.(zone|db|signed|hosts|json|ya?ml)$/i, '').replace(/\.(zone|db)$/i, '');
  if (!name.includes('.') || /^\d+$/.test(name)) return undefined;
  const parsed = parseName(name.endsWith('.') ? name : name + '.', '.');
  return parsed.ok ? parsed.name : undefined;
}
