import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The real-browser test needs Debian's Chromium: `npm run test:browser`, run by .ci/run.
    exclude: ['test/browser/**', 'node_modules/**'],
    // The CLI end-to-end tests spawn the built binary; give them room on a 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
