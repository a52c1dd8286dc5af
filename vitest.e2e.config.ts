import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension (.output/) in real Chromium and Firefox, against local
// fixture pages and local mock translators. No WXT fake browser here: these run in plain Node.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    // Two cores: two files at once keeps both busy (each file drives its own browser).
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 90_000,
    teardownTimeout: 30_000,
  },
});
