import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit and component tests: everything beside the code, plus test/unit. End-to-end tests have their own config.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['utils/**/*.test.ts', 'components/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'test/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup-unit.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
