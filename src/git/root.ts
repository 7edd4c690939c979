/**
 * The root that reported paths are relative to in GitHub's formats (`-f github`, SARIF's
 * %SRCROOT%): annotations and code-scanning alerts attach to repository paths, whatever directory
 * mxlint runs in.
 */
import { existsSync, realpathSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { tryGit } from './diff.ts';

/** GITHUB_WORKSPACE when set (the checkout in Actions), else git's top level, else `cwd`. */
export function repositoryRoot(cwd: string = process.cwd()): string {
  const workspace = process.env.GITHUB_WORKSPACE;
  if (workspace && existsSync(workspace)) return resolve(workspace);
  const top = tryGit(cwd, ['rev-parse', '--show-toplevel'])?.trim();
  if (!top) return cwd;
  // git answers with the real path; stay in cwd's spelling (a symlinked checkout) so relative paths hold.
  return resolve(cwd, relative(realpathSync(cwd), top));
}
