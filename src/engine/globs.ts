/**
 * Glob matching for configuration patterns. A configuration may come from a pull request, so the
 * matcher must not backtrack: picomatch compiles `*a*a*a*a*a*a*a*a*a*a*b` to a regular expression
 * that takes minutes on a 40-character name. This one matches a segment with the classic
 * one-star-backtrack algorithm (time proportional to pattern × name) and `**` segments by
 * dynamic programming over (pattern segment, path segment).
 *
 * Syntax: `*` (any run within a segment), `?` (one character), `[abc]`, `[a-z]`, `[!a]`/`[^a]`,
 * `\x` (a literal x), `**` as a whole segment (any number of segments), `{a,b}` alternatives
 * (nested allowed). Dotfiles match like other names. A pattern is matched against the whole path.
 */

import { relative, sep } from 'node:path';
import { ConfigError } from './config.ts';

/** `path` from the folder `from`, with `/` between segments as patterns write them. */
export function patternPath(from: string, path: string): string {
  return relative(from, path).split(sep).join('/');
}

type Matcher = (path: string) => boolean;

const compiled = new Map<string, Matcher>();

/** Alternatives one pattern's braces may expand to: more is a mistake (or a bomb). */
const MAX_ALTERNATIVES = 1024;

/** True when `path` (relative, forward slashes) matches any of `patterns`; dotfiles included. */
export function matchesAny(patterns: string | readonly string[], path: string): boolean {
  const list = typeof patterns === 'string' ? [patterns] : patterns;
  if (list.length === 0) return false;
  const key = list.join('\0');
  let matcher = compiled.get(key);
  if (!matcher) {
    const each = list.flatMap((p) => expandBraces(p)).map(compile);
    matcher = (path) => each.some((m) => m(path));
    compiled.set(key, matcher);
  }
  return matcher(path);
}

/** `a{b,c{d,e}}` → `ab`, `acd`, `ace`; a pattern whose braces do not pair is taken literally. */
export function expandBraces(pattern: string): string[] {
  const open = findUnescaped(pattern, '{', 0);
  if (open < 0) return [pattern];
  let depth = 0;
  const commas: number[] = [];
  let close = -1;
  for (let i = open; i < pattern.length && close < 0; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) close = i;
    else if (c === ',' && depth === 1) commas.push(i);
  }
  if (close < 0 || commas.length === 0) {
    // Not an alternative: keep `{…}` literal and expand what follows.
    const rest = expandBraces(pattern.slice(open + 1));
    return rest.map((r) => pattern.slice(0, open) + '\\{' + r);
  }
  const bounds = [open, ...commas, close];
  const out: string[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    for (const tail of expandBraces(pattern.slice(bounds[k] + 1, bounds[k + 1]) + pattern.slice(close + 1))) {
      out.push(pattern.slice(0, open) + tail);
      if (out.length > MAX_ALTERNATIVES) throw new ConfigError(`the glob '${pattern}' expands to more than ${MAX_ALTERNATIVES} alternatives`);
    }
  }
  return out;
}

function findUnescaped(text: string, ch: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === ch) return i;
  }
  return -1;
}

function compile(pattern: string): Matcher {
  const segments = pattern.replace(/^\.\//, '').split('/');
  return (path) => {
    const parts = path.split('/');
    // memo[i * (parts+1) + j]: 0 unknown, 1 match, 2 no match, for pattern segment i and path segment j.
    const width = parts.length + 1;
    const memo = new Uint8Array((segments.length + 1) * width);
    const match = (i: number, j: number): boolean => {
      const at = i * width + j;
      if (memo[at]) return memo[at] === 1;
      let ok: boolean;
      if (i === segments.length) ok = j === parts.length;
      else if (segments[i] === '**') ok = match(i + 1, j) || (j < parts.length && match(i, j + 1));
      else ok = j < parts.length && matchSegment(segments[i], parts[j]) && match(i + 1, j + 1);
      memo[at] = ok ? 1 : 2;
      return ok;
    };
    return match(0, 0);
  };
}

/**
 * One segment against one name: on a mismatch after a `*`, retry with that star taking one more
 * character (only the last star ever moves back), so the work is at most pattern × name.
 */
export function matchSegment(pattern: string, name: string): boolean {
  let p = 0;
  let n = 0;
  let starP = -1;
  let starN = 0;
  while (n < name.length) {
    if (p < pattern.length && pattern[p] === '*') {
      while (pattern[p] === '*') p++;
      starP = p;
      starN = n;
      continue;
    }
    const step = p < pattern.length ? matchOne(pattern, p, name[n]) : -1;
    if (step > 0) {
      p += step;
      n++;
    } else if (starP >= 0) {
      p = starP;
      n = ++starN;
    } else return false;
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}

/** How many pattern characters matched `ch` at `p` (0: no match). */
function matchOne(pattern: string, p: number, ch: string): number {
  const c = pattern[p];
  if (c === '?') return 1;
  if (c === '\\') return pattern[p + 1] === ch ? 2 : 0;
  if (c === '[') {
    const close = pattern.indexOf(']', p + 2);
    if (close < 0) return ch === '[' ? 1 : 0;
    let i = p + 1;
    const negate = pattern[i] === '!' || pattern[i] === '^';
    if (negate) i++;
    let hit = false;
    for (; i < close; i++) {
      if (pattern[i + 1] === '-' && i + 2 < close) {
        if (ch >= pattern[i] && ch <= pattern[i + 2]) hit = true;
        i += 2;
      } else if (pattern[i] === ch) hit = true;
    }
    return hit !== negate ? close - p + 1 : 0;
  }
  return c === ch ? 1 : 0;
}
