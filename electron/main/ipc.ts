/**
 * One `ipcMain.handle` per contract method — never a catch-all channel — so the
 * set of callable things is exactly the contract (architecture.md §4, §8).
 *
 * ipcMain is passed in rather than imported: the registration logic then runs in
 * plain Node under test with a fake, and only index.ts touches the real module.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC } from '../../shared/contract/bridge';
import { METHOD_NAMES } from '../../shared/contract/names';
import type { Relay } from './relay';

export type IpcMainLike = Pick<IpcMain, 'handle' | 'removeHandler'>;

/** The frame URL the trust check sees; only a top-level frame may speak for the app. */
export function senderFrameUrl(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): string | undefined {
  // A subframe (even one of ours) is not the app shell; and a frame that navigated
  // away or was destroyed mid-call has no URL we can vouch for (Electron then gives
  // null, or throws on access to the disposed frame).
  try {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null) return undefined;
    return frame.url;
  } catch {
    return undefined;
  }
}

/** Registers the handlers; returns a function that removes exactly those. */
export function registerIpc(ipc: IpcMainLike, relay: Pick<Relay, 'handle'>): () => void {
  for (const method of METHOD_NAMES) {
    ipc.handle(IPC.rpc(method), (event, input: unknown) => relay.handle(method, senderFrameUrl(event), input));
  }
  return () => {
    for (const method of METHOD_NAMES) ipc.removeHandler(IPC.rpc(method));
  };
}

/**
 * The shell's own capability, print to PDF, on its named channel. It is NOT relayed to
 * the core: printing is the window's business. Same sender check as every contract call.
 */
export function registerPrintIpc(ipc: IpcMainLike, print: (senderUrl: string | undefined, suggested: unknown, sender: IpcMainInvokeEvent['sender']) => Promise<unknown>): () => void {
  ipc.handle(IPC.printToPdf, (event, suggested: unknown) => print(senderFrameUrl(event), suggested, event.sender));
  return () => ipc.removeHandler(IPC.printToPdf);
}

