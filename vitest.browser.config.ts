import { defineConfig } from 'vitest/config';

/**
 * `npm run test:browser`: loads the HTML report in a real headless Chromium (Debian's
 * `chromium`, or the binary named by `CHROMIUM`). Kept out of `npm test`, which must run on a
 * machine without a browser.
 */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.browser.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
