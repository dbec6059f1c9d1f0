/** Shared by playwright.config.ts and the specs. */
export const E2E_PORT = 5299;
export const E2E_TOKEN = 'e2e-token';
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;

/**
 * A second installation on the same machine (the kassier of the network): its own
 * server, port and data folder, so one spec can use a casemanager laptop and a
 * kassier side by side. Same token: each runs in its own browser context anyway.
 */
export const KASSIER_PORT = 5298;
export const KASSIER_BASE_URL = `http://127.0.0.1:${KASSIER_PORT}`;
