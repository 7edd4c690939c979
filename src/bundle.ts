/**
 * The entry of dist/mxlint.js, the one script that holds the command line and the library:
 * dist/cli.js runs it with V8's code cache (src/start.ts), dist/api.js re-exports the library's
 * part (the names src/api.ts exports; build.mjs writes it).
 */
export * from './api.ts';
export { runCli } from './cli.ts';
