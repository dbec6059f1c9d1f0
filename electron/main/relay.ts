/**
 * The main process's only job on the data path: check who is calling, then pass the
 * call to the core's utilityProcess and its answer back. Pure (no electron import):
 * ipc.ts and index.ts plug in ipcMain and the UtilityProcess.
 *
 * Every call ends in a `Result` — answered by the core, or failed here as data when
 * the caller is not our app, the method does not exist, or the core is gone. The
 * renderer never sees a rejected promise or a raw Error from this layer.
 */
import { type FromCore, type ToCore, isCoreEvent, isResult } from '../../shared/contract/bridge';
import type { AppError, CoreEvent, Result } from '../../shared/contract/index';
import { isMethodName } from '../../shared/contract/names';

export interface RelayOptions {
  /** Decides on the URL of the frame that sent the IPC message (undefined: no frame). */
  isTrustedSender(senderFrameUrl: string | undefined): boolean;
  /** Posts to the core process; may throw once the process is gone. */
  send(message: ToCore): void;
  /** The core reported it cannot run (database folder unusable, startup crash). */
  onFatal?(message: string): void;
}

export type RelayState = 'starting' | 'ready' | 'stopped';

export interface Relay {
  handle(method: string, senderFrameUrl: string | undefined, input: unknown): Promise<Result<unknown>>;
  /** A message from the core process. Anything that is not a well-formed FromCore is dropped. */
  deliver(message: unknown): void;
  /** The core process exited or was killed: fail everything in flight, refuse what follows. */
  coreStopped(reason: string): void;
  onEvent(listener: (e: CoreEvent) => void): () => void;
  state(): RelayState;
  pendingCalls(): number;
}

export const untrustedSenderError: AppError = {
  code: 'FORBIDDEN',
  message: 'Deze opdracht is niet toegestaan vanuit deze pagina.',
  details: { reason: 'untrusted-sender' },
};

export function unknownMethodError(method: string): AppError {
  return { code: 'UNKNOWN_METHOD', message: 'Onbekende opdracht.', details: { method: method.slice(0, 100) } };
}

export function coreStoppedError(reason: string): AppError {
  return {
    code: 'INTERNAL',
    message: 'De gegevensverwerking van Schotvrij is gestopt. Start Schotvrij opnieuw en controleer of uw laatste wijziging is opgeslagen.',
    details: { reason: reason.slice(0, 200) },
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;


/** Narrows an untyped utilityProcess message; exported for main's lifecycle code and tests. */
export function parseFromCore(m: unknown): FromCore | { type: 'malformed-result'; id: number } | null {
  if (!isObject(m)) return null;
  switch (m.type) {
    case 'ready':
      return { type: 'ready' };
    case 'fatal':
      return typeof m.message === 'string' ? { type: 'fatal', message: m.message } : { type: 'fatal', message: 'unknown startup failure' };
    case 'event':
      return isCoreEvent(m.event) ? { type: 'event', event: m.event } : null;
    case 'result':
      if (typeof m.id !== 'number') return null;
      return isResult(m.result) ? { type: 'result', id: m.id, result: m.result } : { type: 'malformed-result', id: m.id };
    default:
      return null;
  }
}

export function createRelay(opts: RelayOptions): Relay {
  let state: RelayState = 'starting';
  let stoppedReason = '';
  let nextId = 1;
  const pending = new Map<number, (r: Result<unknown>) => void>();
  // Calls made before the core said 'ready' wait here, so a slow core start (first
  // run, migrations) delays the first screen instead of failing it.
  const queued: ToCore[] = [];
  const listeners = new Set<(e: CoreEvent) => void>();

  const settle = (id: number, result: Result<unknown>) => {
    const resolve = pending.get(id);
    if (!resolve) return;
    pending.delete(id);
    resolve(result);
  };

  const post = (message: ToCore & { type: 'call' }) => {
    try {
      opts.send(message);
    } catch (e) {
      settle(message.id, { ok: false, error: coreStoppedError(`send failed: ${e instanceof Error ? e.message : String(e)}`) });
    }
  };

  const stop = (reason: string) => {
    if (state === 'stopped') return;
    state = 'stopped';
    stoppedReason = reason;
    queued.length = 0;
    // NOTE: a call in flight may or may not have committed in the core; the error
    // says so, and we never retry it here — a retried command could write twice.
    for (const id of [...pending.keys()]) settle(id, { ok: false, error: coreStoppedError(reason) });
  };

  return {
    handle(method, senderFrameUrl, input) {
      if (!opts.isTrustedSender(senderFrameUrl)) return Promise.resolve({ ok: false, error: untrustedSenderError });
      if (!isMethodName(method)) return Promise.resolve({ ok: false, error: unknownMethodError(method) });
      if (state === 'stopped') return Promise.resolve({ ok: false, error: coreStoppedError(stoppedReason) });
      const id = nextId++;
      // No timeout, on purpose: a 1M-row import legitimately takes tens of seconds,
      // and a timed-out command the core still commits invites a duplicate retry.
      // The core's exit is the only failure signal we trust (coreStopped).
      const answer = new Promise<Result<unknown>>((resolve) => pending.set(id, resolve));
      const message = { type: 'call', id, method, input } as const;
      if (state === 'ready') post(message);
      else queued.push(message);
      return answer;
    },

    deliver(raw) {
      const m = parseFromCore(raw);
      if (!m) return;
      switch (m.type) {
        case 'ready':
          if (state !== 'starting') return;
          state = 'ready';
          for (const q of queued.splice(0)) if (q.type === 'call') post(q);
          return;
        case 'result':
          return settle(m.id, m.result);
        case 'malformed-result':
          return settle(m.id, { ok: false, error: coreStoppedError('malformed result from core') });
        case 'event':
          for (const l of listeners) l(m.event);
          return;
        case 'fatal':
          stop(`core fatal: ${m.message}`);
          opts.onFatal?.(m.message);
          return;
      }
    },

    coreStopped: stop,

    onEvent(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },

    state: () => state,
    pendingCalls: () => pending.size,
  };
}
