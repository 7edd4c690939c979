/**
 * The `mxlint` executable (dist/cli.js): a loader. The command line and the library are one
 * script, dist/mxlint.js, run here with V8's code cache (src/code-cache.ts): a pre-commit run
 * then starts from compiled code, on Node 20 as on later versions.
 */
import { runBundle } from './code-cache.ts';
import type { runCli as RunCli } from './cli.ts';

const { runCli } = runBundle(new URL('./mxlint.js', import.meta.url), { cache: true }) as { runCli: typeof RunCli };
runCli();
