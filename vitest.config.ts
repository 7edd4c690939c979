import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Several suites run real processes (the bundled CLI and action, git, BIND's tools): allow for a
    // loaded 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
