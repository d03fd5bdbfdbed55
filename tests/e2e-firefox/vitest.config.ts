import { defineConfig } from 'vitest/config';

/** End-to-end tests in Firefox: the built .output/firefox-mv3 in Debian's firefox-esr, over WebDriver BiDi. */
export default defineConfig({
  test: {
    root: '.',
    environment: 'node',
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    retry: 0,
  },
});
