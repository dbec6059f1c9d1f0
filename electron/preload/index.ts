/**
 * The sandboxed preload (bundled to CommonJS: sandboxed preloads cannot be ESM,
 * toolchain trap 9). Wiring only; the bridge's shape is built and tested in bridge.ts.
 */
import { type IpcRendererEvent, contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL, createBridge } from './bridge';

const bridge = createBridge({
  invoke: (channel, input) => ipcRenderer.invoke(channel, input),
  subscribe(channel, handler) {
    // The IpcRendererEvent stays here: its `sender` is ipcRenderer itself, and handing
    // it to the page would hand the page every channel.
    const listener = (_event: IpcRendererEvent, payload: unknown) => handler(payload);
    ipcRenderer.on(channel, listener);
    return () => {
      ipcRenderer.removeListener(channel, listener);
    };
  },
});

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
