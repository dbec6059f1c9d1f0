/**
 * Builds `window.schotvrij`: exactly one function per contract method, plus onEvent.
 * Pure (the transport is passed in), so the shape is unit-tested in Node; index.ts
 * plugs in ipcRenderer and contextBridge.
 *
 * IMPORTANT: nothing generic may be added here — no `invoke(channel)`, `send`, `on`,
 * or `process.env`. A generic channel would let any script in the page call every
 * IPC handler main ever registers (Electron's context-isolation guide, §8 checklist).
 */
import { type Bridge, type BridgeMethods, IPC, type PrintResult, isCoreEvent, isPrintResult, isResult } from '../../shared/contract/bridge';
import type { AppError, CoreEvent, Result } from '../../shared/contract/index';
import { METHOD_NAMES } from '../../shared/contract/names';

/** The global the renderer's api client looks for. */
export const BRIDGE_GLOBAL = 'schotvrij';

export interface BridgeTransport {
  invoke(channel: string, input: unknown): Promise<unknown>;
  /** Subscribes to main → renderer messages; must pass the payload only, never the IPC event. */
  subscribe(channel: string, handler: (payload: unknown) => void): () => void;
}

export const transportError: AppError = {
  code: 'INTERNAL',
  message: 'Schotvrij kon deze opdracht niet doorgeven. Probeer het opnieuw, of start Schotvrij opnieuw als dit blijft gebeuren.',
};


export function createBridge(transport: BridgeTransport): Bridge {
  const methods = Object.fromEntries(
    METHOD_NAMES.map((method) => {
      const channel = IPC.rpc(method);
      // Always a Result: an IPC failure (uncloneable input, handler missing, main
      // shutting down) becomes data the UI can show, like every other error.
      const call = async (input?: unknown): Promise<Result<unknown>> => {
        try {
          const answer = await transport.invoke(channel, input);
          return isResult(answer) ? answer : { ok: false, error: transportError };
        } catch {
          return { ok: false, error: transportError };
        }
      };
      return [method, call];
    }),
  ) as BridgeMethods;

  return Object.freeze({
    ...methods,
    onEvent(listener: (e: CoreEvent) => void): () => void {
      return transport.subscribe(IPC.event, (payload) => {
        if (isCoreEvent(payload)) listener(payload);
      });
    },
    async printToPdf(suggestedFileName: string): Promise<PrintResult> {
      const failed: PrintResult = { ok: false, cancelled: false, message: 'Het afdrukken naar PDF is mislukt.' };
      try {
        const answer = await transport.invoke(IPC.printToPdf, String(suggestedFileName).slice(0, 200));
        return isPrintResult(answer) ? answer : failed;
      } catch {
        return failed;
      }
    },
  });
}
