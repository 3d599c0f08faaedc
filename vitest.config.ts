import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: [
      'tests/unit/**/*.test.ts',
      'tests/unit/**/*.test.tsx',
      'tests/extension/**/*.test.ts',
      'tests/extension/**/*.test.tsx',
      'lib/**/*.test.ts',
    ],
    testTimeout: 20000,
  },
});
