import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// End-to-end tests drive a real browser (Debian's chromium through
// playwright-core) against the built playground. They are kept out of
// `npm test` (whose include is tests/**/*.test.ts) because they need a build
// and a browser; run them with `npm run test:e2e`.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
