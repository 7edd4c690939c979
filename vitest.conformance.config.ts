import { defineConfig } from 'vitest/config';
import base from './vitest.config.ts';

// The conformance suite: tests against corpora kept beside the repository in ../shared/corpus
// (see README, "Tests"). Same settings as `npm test`, other files.
export default defineConfig({ test: { ...base.test, include: ['test/conformance/**/*.test.ts'], exclude: ['**/node_modules/**'] } });
