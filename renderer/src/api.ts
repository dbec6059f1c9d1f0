/**
 * The renderer's ONLY door to the core (architecture.md §3, §5).
 *
 * Two transports carry the same `Result` values (shared/contract/bridge.ts):
 * - Electron: the preload's `window.schotvrij`, one function per contract method;
 * - browser mode and the end-to-end tests: `POST /rpc/<method>` plus server-sent
 *   events on `/events`. Auth is the session cookie the server set when the page
 *   was first opened with `?token=…`; nothing here handles credentials.
 *
 * Every method resolves with the typed output or rejects with an `ApiError` that
 * carries the core's `AppError` (Dutch message, code, field issues).
 */
import { isCoreEvent, type Bridge, type PrintResult } from '../../shared/contract/bridge';
import {
  METHOD_NAMES,
  type Api,
  type AppError,
  type ChangeTopic,
  type CoreEvent,
  type ErrorCode,
  type FieldIssue,
  type Input,
  type MethodName,
  type ProgressEvent,
  type Result,
} from '../../shared/contract/index';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in browser mode. */
    schotvrij?: Bridge;
  }
}

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details: AppError['details'];
  readonly method: string;

  constructor(readonly error: AppError, method: string) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
    this.details = error.details;
    this.method = method;
  }

  /** Field issues from a VALIDATION or CONFLICT answer ([] when there are none). */
  get issues(): FieldIssue[] {
    return this.details?.issues ?? [];
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

/** The Dutch text to show for any failure (an ApiError's message, or a generic one). */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  return 'Er ging iets mis. Probeer het opnieuw.';
}

export interface Transport {
  call(method: MethodName, input: unknown): Promise<Result<unknown>>;
  onEvent(listener: (e: CoreEvent) => void): () => void;
}

const NO_CONNECTION: AppError = {
  code: 'INTERNAL',
  message: 'Schotvrij is niet bereikbaar. Controleer of het programma nog draait en probeer het opnieuw.',
};

function isResult(x: unknown): x is Result<unknown> {
  if (typeof x !== 'object' || x === null || !('ok' in x)) return false;
  return (x as { ok: unknown }).ok === true ? 'value' in x : 'error' in x;
}

function bridgeTransport(bridge: Bridge): Transport {
  return {
    call: (method, input) => bridge[method](input),
    onEvent: (listener) => bridge.onEvent(listener),
  };
}

/**
 * Browser mode. One EventSource is shared by all listeners and closed when the
 * last one leaves. After a reconnect, events may have been missed while the
 * stream was down, so listeners get a synthetic 'workspace' change: reload all.
 */
function httpTransport(): Transport {
  const listeners = new Set<(e: CoreEvent) => void>();
  let source: EventSource | null = null;
  let dropped = false;

  const emit = (e: CoreEvent) => {
    for (const l of [...listeners]) l(e);
  };

  const connect = () => {
    const es = new EventSource('/events');
    es.onmessage = (m: MessageEvent<string>) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(m.data);
      } catch {
        return;
      }
      // 'changed' after each committed write, 'progress' during long work (a kassier import).
      if (isCoreEvent(parsed)) emit(parsed);
    };
    es.onerror = () => {
      dropped = true;
    };
    es.onopen = () => {
      if (dropped) {
        dropped = false;
        emit({ type: 'changed', tables: ['workspace'] });
      }
    };
    source = es;
  };

  return {
    async call(method, input) {
      let res: Response;
      try {
        res = await fetch(`/rpc/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          credentials: 'same-origin',
          body: input === undefined ? '' : JSON.stringify(input),
        });
      } catch {
        return { ok: false, error: NO_CONNECTION };
      }
      let body: unknown = null;
      try {
        body = await res.json();
      } catch {
        // Non-JSON answers (415, 500 text) fall through to the generic error below.
      }
      if (isResult(body)) return body;
      return {
        ok: false,
        error: { code: 'INTERNAL', message: `Schotvrij gaf een onverwacht antwoord (HTTP ${res.status}). Probeer het opnieuw.` },
      };
    },
    onEvent(listener) {
      listeners.add(listener);
      if (!source) connect();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && source) {
          source.close();
          source = null;
          dropped = false;
        }
      };
    },
  };
}

const lockedListeners = new Set<() => void>();

function notifyLocked(): void {
  for (const l of [...lockedListeners]) l();
}

/**
 * Calls `listener` whenever any call is refused with LOCKED: the workspace gate then
 * reloads the status and shows the lock screen. (Not a synthetic 'changed' event:
 * that would make every open query reload, fail with LOCKED again, and loop.)
 */
export function onLocked(listener: () => void): () => void {
  lockedListeners.add(listener);
  return () => lockedListeners.delete(listener);
}

/** details.retryAfterMs of a WRONG_SECRET answer: how long the next try is refused (0 when none). */
export function retryAfterMs(e: unknown): number {
  if (!(e instanceof ApiError)) return 0;
  const ms = e.details?.['retryAfterMs'];
  return typeof ms === 'number' && Number.isFinite(ms) && ms > 0 ? ms : 0;
}

export interface ApiClient {
  api: Api;
  onEvent(listener: (e: CoreEvent) => void): () => void;
}

/** Builds the typed client over a transport (component tests pass a fake transport). */
export function createApiClient(transport: Transport): ApiClient {
  const methods: Partial<Record<MethodName, (input?: unknown) => Promise<unknown>>> = {};
  for (const method of METHOD_NAMES) {
    methods[method] = async (input?: unknown) => {
      const r = await transport.call(method, input);
      if (r.ok) return r.value;
      // The real workspace locked itself (idle, sleep) while this screen was open: tell the gate.
      if (r.error.code === 'LOCKED') notifyLocked();
      throw new ApiError(r.error, method);
    };
  }
  // The core validates every output against the contract before it answers, so the
  // untyped `value` is the method's Output here; this is the one place that says so.
  return { api: methods as unknown as Api, onEvent: (l) => transport.onEvent(l) };
}

const client = createApiClient(typeof window !== 'undefined' && window.schotvrij ? bridgeTransport(window.schotvrij) : httpTransport());

export const api: Api = client.api;

/** Core → UI events (`changed` after each committed write, `progress` during long work). Returns an unsubscribe. */
export function onEvent(listener: (e: CoreEvent) => void): () => void {
  return client.onEvent(listener);
}

/** Does a `changed` event touch any of these topics? 'workspace' touches everything. */
export function touches(e: CoreEvent, topics: readonly ChangeTopic[] | 'all'): boolean {
  if (e.type !== 'changed') return false;
  if (topics === 'all' || e.tables.includes('workspace')) return true;
  return e.tables.some((t) => topics.includes(t));
}

/** Calls `reload` whenever a committed write touches one of `topics`. */
export function onChange(topics: readonly ChangeTopic[] | 'all', reload: () => void): () => void {
  return onEvent((e) => {
    if (touches(e, topics)) reload();
  });
}

/** Calls `listener` with each progress report of a long task (e.g. 'import'). */
export function onProgress(task: string, listener: (e: ProgressEvent) => void): () => void {
  return onEvent((e) => {
    if (e.type === 'progress' && e.task === task) listener(e);
  });
}

/**
 * Print the current page: in Electron through the preload's `printToPdf` (rendered
 * with the print stylesheet, then a save dialog for the PDF), otherwise the
 * browser's own print dialog — where "Opslaan als PDF" is one of the printers.
 * Resolves with the shell's answer, or null in browser mode (the dialog says it all).
 */
/**
 * Print or save as PDF. NEN 7513: printing a client record is logged first (`audit.print`);
 * if the line cannot be written, nothing is printed.
 */
export async function printDocument(suggestedFileName: string, what: Input<'audit.print'>): Promise<PrintResult | null> {
  await api['audit.print'](what);
  const bridge = typeof window !== 'undefined' ? (window.schotvrij as Partial<Bridge> | undefined) : undefined;
  if (bridge && typeof bridge.printToPdf === 'function') return bridge.printToPdf(suggestedFileName);
  window.print();
  return null;
}

/** Offer a file (an export) for download through a temporary Blob link: text, or the bytes of a bundle. */
export function downloadFile(fileName: string, data: string | Uint8Array<ArrayBuffer>, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
