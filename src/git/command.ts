/** The git executable every git call of mxlint runs. */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';

let gitExecutable: string | undefined;

/**
 * git's absolute path, from the absolute entries of PATH. Spawning plain `git` with a checkout as
 * working directory would, on Windows (and with `.` in PATH), run a `git` the pull request added
 * at the repository's root.
 */
export function gitCommand(): string {
  if (gitExecutable) return gitExecutable;
  const names = process.platform === 'win32' ? ['git.exe'] : ['git'];
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir || !isAbsolute(dir)) continue;
    for (const name of names) {
      const candidate = join(dir, name);
      try {
        if (!statSync(candidate).isFile()) continue;
        accessSync(candidate, constants.X_OK);
        gitExecutable = candidate;
        return candidate;
      } catch {
        // not here
      }
    }
  }
  // Not found: spawning `git` fails with ENOENT, which callers already report.
  return 'git';
}
