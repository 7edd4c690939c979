import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // test/conformance/ reads corpora from ../shared beside the clone: `npm run test:conformance`
    // (vitest.conformance.config.ts) runs it, so `npm test` works on a clone with nothing beside it.
    exclude: ['test/conformance/**', '**/node_modules/**'],
    // Several suites run real processes (the bundled CLI and action, git, BIND's tools): allow for a
    // loaded 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
