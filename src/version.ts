import pkg from '../package.json' with { type: 'json' };

/** mxlint's version, from package.json (the bundles inline it). */
export const VERSION: string = pkg.version;

/**
 * The project's repository, from package.json `repository` (the one place it is written):
 * documentation links, the schema `$id` and SARIF's informationUri derive from it.
 */
export const REPOSITORY: string = pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');

/** Documentation links point at the release's tag, so a page always matches the code that links to it. */
export const DOCS_REF = `v${VERSION}`;

/** A file of the repository as GitHub shows it at this release's tag. */
export function repositoryFileUrl(path: string): string {
  return `${REPOSITORY}/blob/${DOCS_REF}/${path}`;
}
