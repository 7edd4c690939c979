/**
 * The `mxlint` executable (dist/cli.js). Before any of the command line's code is loaded, it
 * turns on V8's compile cache where the running Node has one (`module.enableCompileCache`, Node
 * 22.1 and later; Node 20 lacks it): a pre-commit run then starts from compiled code instead of
 * parsing the bundle again. NODE_DISABLE_COMPILE_CACHE=1 turns it off, as for any Node program.
 */
import module from 'node:module';

// Typed by hand: @types/node of Node 20 does not declare it.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const { runCli } = await import('./cli.ts');
runCli(new URL('./split-worker.js', import.meta.url));
