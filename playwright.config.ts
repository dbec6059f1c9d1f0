/**
 * End-to-end tests: the real UI (dist/renderer) on the real core and SQLite,
 * served by browser mode, driven in Debian's Chromium (architecture.md §7).
 * Build first: `node scripts/build.mjs`.
 */
import { defineConfig } from '@playwright/test';
import { E2E_BASE_URL, E2E_PORT, E2E_TOKEN, KASSIER_BASE_URL, KASSIER_PORT } from './test/e2e/support/env';

export default defineConfig({
  testDir: 'test/e2e',
  // Playwright empties this folder at start; screenshots we keep go to test-results/screenshots.
  outputDir: 'test-results/e2e',
  fullyParallel: false,
  // One server per installation, one data folder each: every test starts from POST /__test/reset.
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  webServer: [
    {
      // The casemanager's laptop (and every single-installation spec).
      command: `node dist/node/server.mjs --data-dir test-results/e2e-data --port ${E2E_PORT} --token ${E2E_TOKEN} --mode test`,
      // Answers 401 without the session cookie, which Playwright counts as "up".
      url: `${E2E_BASE_URL}/`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // The kassier's installation: another port and data folder (fixtures.ts, `kassier`).
      command: `node dist/node/server.mjs --data-dir test-results/e2e-data-kassier --port ${KASSIER_PORT} --token ${E2E_TOKEN} --mode test`,
      url: `${KASSIER_BASE_URL}/`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
  use: {
    baseURL: E2E_BASE_URL,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless=new',
        // Browser UI strings (the file chooser's button) in Dutch, like a Dutch desktop.
        '--lang=nl-NL',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-dev-shm-usage',
      ],
    },
  },
});
