import { defineConfig } from 'vitest/config';

/**
 * End-to-end suites: the built extension in Debian's Chromium. One file at a time (each launches
 * its own browser; two cores), generous timeouts. globalSetup builds the e2e extension once.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    globalSetup: ['tests/e2e/global-setup.ts'],
  },
});
