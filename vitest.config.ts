import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'test/{unit,integration,migrations,multiparty,architecture,proof}/**/*.test.ts'],
    environment: 'node',
    // Real SQLite files in temp dirs; each test file gets its own cores, no globals.
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
