/**
 * The core inside Electron's utilityProcess: `utilityProcess.fork(core.cjs,
 * ['--data-dir', userData])`. Messages are the ToCore/FromCore types of
 * shared/contract/bridge.ts; the workspace host does all the real work.
 *
 * IMPORTANT: no `electron` import here, not even `import type`. The core is plain
 * Node (architecture.md §3) and this file is tested with a fake port; the parent
 * port is reached through `process` with a local, minimal interface instead.
 */
import type { FromCore, ToCore } from '../../shared/contract/bridge';
import type { AppError, Result } from '../../shared/contract/index';
import { type Logger, silentLogger, stderrLogger } from './logger';
import { type WorkspaceHost, createWorkspaceHost } from './workspaces';

/** The part of Electron's `process.parentPort` the core uses. */
export interface ParentPortLike {
  on(event: 'message', listener: (messageEvent: { data: unknown }) => void): unknown;
  postMessage(message: unknown): void;
}

export interface CoreProcess {
  /** Resolves after a `close` message: in-flight calls answered, SQLite closed. */
  readonly closed: Promise<void>;
}

/** `--data-dir <dir>` or `--data-dir=<dir>`; null when absent or empty. */
export function parseDataDir(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--data-dir') {
      const value = argv[i + 1];
      return value && !value.startsWith('--') ? value : null;
    }
    if (arg.startsWith('--data-dir=')) return arg.slice('--data-dir='.length) || null;
  }
  return null;
}

function isToCore(m: unknown): m is ToCore {
  if (typeof m !== 'object' || m === null) return false;
  const msg = m as Record<string, unknown>;
  if (msg.type === 'close' || msg.type === 'lock') return true;
  return msg.type === 'call' && Number.isSafeInteger(msg.id) && typeof msg.method === 'string';
}

const notStarted: AppError = { code: 'INTERNAL', message: 'De gegevensverwerking van Schotvrij kon niet starten. Start Schotvrij opnieuw.' };
const shuttingDown: AppError = { code: 'INTERNAL', message: 'Schotvrij wordt afgesloten; deze opdracht is niet uitgevoerd.' };
const unexpected: AppError = { code: 'INTERNAL', message: 'Er ging iets mis in Schotvrij. Er is niets opgeslagen van deze actie.' };

export function startCoreProcess(port: ParentPortLike, dataDir: string | null, logger: Logger = silentLogger): CoreProcess {
  const post = (message: FromCore) => port.postMessage(message);
  let host: WorkspaceHost | null = null;
  let fatal: string | null = null;
  let closing = false;
  const inflight = new Set<Promise<void>>();
  let markClosed: () => void = () => {};
  const closed = new Promise<void>((resolve) => (markClosed = resolve));

  try {
    if (!dataDir) throw new Error('missing --data-dir argument');
    host = createWorkspaceHost({ dataDir, mode: 'electron', logger });
    host.onEvent((event) => post({ type: 'event', event }));
  } catch (e) {
    fatal = e instanceof Error ? e.message : String(e);
    logger.error('core failed to start', { error: fatal });
  }

  async function close(): Promise<void> {
    if (closing) return;
    closing = true;
    // Let running calls finish first: closing the database under an async handler
    // (a backup's VACUUM INTO) would fail that call half-way.
    await Promise.allSettled(inflight);
    try {
      // The last connection to close checkpoints the WAL into the database file.
      host?.close();
    } catch (e) {
      logger.error('core failed to close cleanly', { error: e instanceof Error ? e.message : String(e) });
    }
    markClosed();
  }

  port.on('message', ({ data }) => {
    if (!isToCore(data)) {
      logger.warn('core ignored a malformed message');
      return;
    }
    if (data.type === 'close') {
      void close();
      return;
    }
    if (data.type === 'lock') {
      void host?.lockNow('sleep').catch((e: unknown) => logger.error('lock on sleep failed', { error: String(e) }));
      return;
    }
    const { id, method, input } = data;
    const answer = (result: Result<unknown>) => post({ type: 'result', id, result });
    if (!host || closing) {
      answer({ ok: false, error: host ? shuttingDown : notStarted });
      return;
    }
    const call: Promise<void> = host
      .dispatch(method, input)
      .then(answer, (e: unknown) => {
        logger.error(`dispatch of ${method} threw`, { error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
        answer({ ok: false, error: unexpected });
      })
      .catch((e: unknown) => logger.error('core could not post a result', { error: e instanceof Error ? e.message : String(e) }))
      .finally(() => inflight.delete(call));
    inflight.add(call);
  });

  post(fatal === null ? { type: 'ready' } : { type: 'fatal', message: fatal });
  return { closed };
}

// Only inside Electron's utilityProcess does `process.parentPort` exist; importing
// this module anywhere else (tests, tools) starts nothing.
const parentPort = (process as unknown as { parentPort?: ParentPortLike }).parentPort;
if (parentPort) {
  const core = startCoreProcess(parentPort, parseDataDir(process.argv), stderrLogger('schotvrij-core'));
  void core.closed.then(() => process.exit(0));
}
