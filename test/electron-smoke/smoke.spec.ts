/**
 * Release-machine smoke test of the real Electron app: preload wiring, sandboxing,
 * navigation blocking and startup. Run with `npm run test:electron`.
 */
import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { METHOD_NAMES } from '../../shared/contract/names';

const root = join(import.meta.dirname, '..', '..');

test('the packaged shell starts, exposes exactly the contract and blocks the way out', async () => {
  const userData = mkdtempSync(join(tmpdir(), 'schotvrij-electron-'));
  const started = Date.now();
  const app = await electron.launch({ args: [root, `--user-data-dir=${userData}`], env: { ...process.env, SCHOTVRIJ_DATA_DIR: userData } });
  try {
    const win = await app.firstWindow();
    await expect(win.getByRole('heading', { level: 1 })).toBeVisible();
    console.log(`window shown after ${Date.now() - started} ms`);
    expect(win.url()).toMatch(/^app:\/\/schotvrij\//);

    const exposed = await win.evaluate(() => Object.keys((window as unknown as { schotvrij: object }).schotvrij).sort());
    expect(exposed).toEqual([...METHOD_NAMES, 'onEvent'].sort());
    const leaks = await win.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
    }));
    expect(leaks).toEqual({ require: 'undefined', process: 'undefined' });

    const status = await win.evaluate(() => (window as unknown as { schotvrij: Record<string, (i?: unknown) => Promise<unknown>> }).schotvrij['workspace.status']!({}));
    expect(status).toMatchObject({ ok: true, value: { mode: 'electron' } });

    const before = win.url();
    await win.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await win.waitForTimeout(500);
    expect(win.url()).toBe(before);
    expect(await win.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
  } finally {
    await app.close();
    rmSync(userData, { recursive: true, force: true });
  }
});
