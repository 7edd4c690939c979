/**
 * Issue #18: random small file trees — names with any character, symbolic links to devices, to
 * files outside the tree and to each other, FIFOs, garbage and zone text — never crash or hang
 * the CLI or the action. Fixed seed, few runs: each run spawns the bundled executables.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup as cleanupAction, runAction } from '../action/harness.ts';
import { cleanup, makeTree, MAX_MS, runCli, runnerCommands, WITNESS, WITNESS_FILE, type Item } from './harness.ts';

afterAll(() => {
  cleanup();
  cleanupAction();
});

const name = fc
  .string({ unit: 'binary', minLength: 1, maxLength: 12 })
  .map((s) => s.replace(/[/\0]/g, '_'))
  .filter((s) => s !== '.' && s !== '..' && Buffer.byteLength(s) < 200);

const item: fc.Arbitrary<Item> = fc.oneof(
  fc.constantFrom<Item>(
    { symlink: '/dev/zero' },
    { symlink: '/dev/stdin' },
    { symlink: '/etc/passwd' },
    { symlink: '..' },
    { symlink: 'missing' },
    { symlink: WITNESS_FILE },
    { fifo: true },
    '',
    '$INCLUDE ' + WITNESS_FILE + '\n',
    '$GENERATE 0-65535 $ A 192.0.2.1\n',
  ),
  fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)),
  fc.string({ maxLength: 200 }).map((s) => WITNESS.slice(0, 120) + s),
);

// Besides random names, the names mxlint reads for what they are: ignore files, configurations, named.conf.
const special = fc.constantFrom('.gitignore', 'mxlint.config.json', '.mxlintrc.json', 'package.json', 'named.conf', 'named.conf.local');
const tree = fc.dictionary(
  fc.oneof(
    fc.tuple(fc.constantFrom('', 'zones/', '.hidden/'), name, fc.constantFrom('', '.zone', '.json', '.yaml', '.db')).map(([dir, n, ext]) => dir + n + ext),
    fc.tuple(fc.constantFrom('', 'zones/'), special).map(([dir, n]) => dir + n),
  ),
  item,
  { minKeys: 1, maxKeys: 6 },
);

describe('random file trees', { timeout: 240_000 }, () => {
  it('never crash or hang the CLI', async () => {
    await fc.assert(
      fc.asyncProperty(tree, async (files) => {
        const dir = makeTree({ [WITNESS_FILE]: WITNESS, ...files }, { git: true });
        // Every entry is also named on the command line (FIFOs and devices included).
        const r = await runCli(dir, ['-f', 'json', '.', ...Object.keys(files).map((f) => `./${f}`)]);
        expect(r.timedOut).toBe(false);
        expect(r.cpuMs).toBeLessThan(MAX_MS);
        expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
        expect([1, 2]).toContain(r.status);
        if (r.status === 1) expect(JSON.parse(r.stdout)).toBeInstanceOf(Array);
      }),
      { seed: 18, numRuns: 25, endOnFailure: true },
    );
  });

  it('never crash, hang or forge a command in the action', async () => {
    await fc.assert(
      fc.asyncProperty(tree, async (files) => {
        const dir = makeTree({ [WITNESS_FILE]: WITNESS, ...files }, { git: true });
        const r = await runAction({ cwd: dir, eventName: 'push' });
        expect([0, 1]).toContain(r.status);
        expect(r.stdout).not.toMatch(/internal error/);
        expect(runnerCommands(r.stdout).filter((c) => c.form === '##[' || !['error', 'warning', 'notice', 'debug'].includes(c.name))).toEqual([]);
      }),
      { seed: 18, numRuns: 8, endOnFailure: true },
    );
  });
});
