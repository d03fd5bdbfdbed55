import { defineConfig } from 'vitest/config';

/** End-to-end tests: the built extension in Debian's Chromium, fixtures at the real sites' URLs. */
export default defineConfig({
  test: {
    root: '.',
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    // A real browser occasionally loses a race with the machine's load; never hide a real failure twice.
    retry: 0,
  },
});
