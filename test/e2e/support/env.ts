/** Shared by playwright.config.ts and the specs. */
export const E2E_PORT = 5299;
export const E2E_TOKEN = 'e2e-token';
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
