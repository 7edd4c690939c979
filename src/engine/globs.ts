/** Glob matching for configuration patterns, compiled once per pattern list (runs see many files). */
import picomatch from 'picomatch';

const compiled = new Map<string, (path: string) => boolean>();

/** True when `path` (relative, forward slashes) matches any of `patterns`; dotfiles included. */
export function matchesAny(patterns: string | readonly string[], path: string): boolean {
  const list = typeof patterns === 'string' ? [patterns] : patterns;
  if (list.length === 0) return false;
  const key = list.join('\0');
  let matcher = compiled.get(key);
  if (!matcher) {
    matcher = picomatch([...list], { dot: true });
    compiled.set(key, matcher);
  }
  return matcher(path);
}
