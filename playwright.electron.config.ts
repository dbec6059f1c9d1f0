import { defineConfig } from '@playwright/test';

/**
 * Electron smoke tests: ONLY on a release machine that has the Electron binary
 * (`npm run test:electron`, after `npm run build`). They are not part of `npm test`,
 * because the build machines cannot download Electron; everything they check that can
 * be a pure function is unit-tested in electron/main and electron/preload.
 */
export default defineConfig({
  testDir: 'test/electron-smoke',
  outputDir: 'test-results/electron-smoke',
  workers: 1,
  reporter: [['list']],
  timeout: 60_000,
});
