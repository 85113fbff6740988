import { defineConfig } from 'vitest/config';

// Warmline Team server: one contract suite, run against PGlite in-process and a real PostgreSQL
// (WARMLINE_TEST_DATABASE_URL, or a throwaway one the global setup starts and stops).
export default defineConfig({
  test: {
    include: ['tests/server/**/*.test.ts'],
    globalSetup: ['tests/server/support/global-setup.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
