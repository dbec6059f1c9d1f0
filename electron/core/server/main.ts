/**
 * `node dist/node/server.mjs` — browser mode: the Schotvrij UI and core served on
 * 127.0.0.1. Started by `npm start` when Electron is unavailable, and by the
 * end-to-end tests (`--mode test`, which also enables POST /__test/reset).
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { APP_VERSION } from '../app-info';
import { stderrLogger } from '../logger';
import { appRoot, defaultDataDir } from '../paths';
import { createWorkspaceHost } from '../workspaces';
import { startBrowserServer } from './browser-server';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      token: { type: 'string' },
      static: { type: 'string' },
      mode: { type: 'string', default: 'browser' },
      reason: { type: 'string' },
    },
  });
  const mode = values.mode === 'test' ? 'test' : 'browser';
  const dataDir = values['data-dir'] ?? defaultDataDir();
  const port = Number(values.port ?? process.env.SCHOTVRIJ_PORT ?? 5199);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`schotvrij: invalid port ${values.port ?? process.env.SCHOTVRIJ_PORT}\n`);
    process.exit(2);
  }
  const token = values.token ?? randomBytes(24).toString('base64url');
  const staticDir = values.static ?? join(appRoot(), 'dist', 'renderer');
  const logger = stderrLogger('schotvrij');
  // SCHOTVRIJ_KEY (password or recovery key) unlocks the real workspace when it is opened.
  const host = createWorkspaceHost({ dataDir, mode, logger, secret: process.env.SCHOTVRIJ_KEY || undefined });
  const server = await startBrowserServer({
    host,
    port,
    token,
    staticDir,
    logger,
    testHooks: mode === 'test' ? { reset: async () => host.wipeForTests() } : undefined,
  });

  const reason = values.reason ? `${values.reason}\n` : '';
  process.stdout.write(
    `${reason}Schotvrij ${APP_VERSION} is running in BROWSER MODE: the same core and UI, served on ${server.url} (loopback only).\n` +
      `Open this link in your browser: ${server.loginUrl}\n` +
      `Data folder: ${dataDir}\n` +
      `Stop with Ctrl+C.\n`,
  );

  const stop = async () => {
    await server.close();
    host.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((e) => {
  process.stderr.write(`schotvrij: ${(e as Error).message}\n`);
  process.exit(1);
});
