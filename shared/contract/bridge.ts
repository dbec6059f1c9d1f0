/**
 * Transports. The contract travels over two transports that carry the same
 * `Result` values:
 *
 * 1. Electron: the preload exposes `window.schotvrij`, one function per contract
 *    method (generated from the contract keys; nothing generic), each returning a
 *    `Result`. Main relays `rpc:<method>` IPC calls to the core in a utilityProcess.
 * 2. Browser mode (and the end-to-end tests): `POST /rpc/<method>` on 127.0.0.1
 *    with the JSON input as body; the answer is the `Result` as JSON. Events come
 *    over `GET /events` as server-sent events.
 *
 * The renderer's api client (renderer/src/api.ts) is the only code that picks one.
 */
import type { MethodName, Result } from './index';
import type { CoreEvent } from './events';

export type BridgeMethods = { [K in MethodName]: (input?: unknown) => Promise<Result<unknown>> };

/** Answer of the shell's print-to-PDF: saved (with the path), cancelled in the save dialog, or failed. */
export type PrintResult = { ok: true; path: string } | { ok: false; cancelled: boolean; message: string };

export interface Bridge extends BridgeMethods {
  onEvent(listener: (e: CoreEvent) => void): () => void;
  /**
   * Shell capability (not a core method): print the current page with the print
   * stylesheet to a PDF the user saves. Browser mode uses window.print() instead.
   */
  printToPdf(suggestedFileName: string): Promise<PrintResult>;
}

/** IPC channel names, shared by preload and main. */
export const IPC = {
  rpc: (method: MethodName) => `rpc:${method}`,
  event: 'schotvrij:event',
  printToPdf: 'shell:print-to-pdf',
} as const;

export function isPrintResult(v: unknown): v is PrintResult {
  if (!isObject(v)) return false;
  return v.ok === true ? typeof v.path === 'string' : v.ok === false && typeof v.cancelled === 'boolean' && typeof v.message === 'string';
}

/** Messages between Electron main and the core's utilityProcess. */
export type ToCore =
  | { type: 'call'; id: number; method: string; input: unknown }
  /** Quit: the core finishes in-flight calls, closes SQLite (which checkpoints the WAL) and exits. */
  | { type: 'close' }
  /** The system suspends or the screen locks (Electron powerMonitor): lock the real workspace now. */
  | { type: 'lock' };
export type FromCore =
  | { type: 'ready' }
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'event'; event: CoreEvent }
  | { type: 'fatal'; message: string };

/** Browser mode: the session cookie set after the per-launch token was presented once. */
export const SESSION_COOKIE = 'schotvrij_sessie';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * Shape checks for what arrives over a process boundary (IPC reply, utility-process
 * message). Deliberately zod-free: the preload and main must stay small.
 */
export function isResult(v: unknown): v is Result<unknown> {
  if (!isObject(v)) return false;
  if (v.ok === true) return true;
  return v.ok === false && isObject(v.error) && typeof v.error.code === 'string' && typeof v.error.message === 'string';
}

export function isCoreEvent(v: unknown): v is CoreEvent {
  if (!isObject(v)) return false;
  if (v.type === 'changed') return Array.isArray(v.tables) && v.tables.every((t) => typeof t === 'string');
  return v.type === 'progress' && typeof v.task === 'string' && Number.isFinite(v.done) && Number.isFinite(v.total);
}
