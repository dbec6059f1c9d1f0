/**
 * Runs the preload the way a sandboxed renderer does — as a function of
 * (require, process, exports, module, …) with a `require` that knows only electron,
 * events, timers and url, and no __filename, __dirname or Node globals — against a
 * fake contextBridge/ipcRenderer. This is the only test of electron/preload/index.ts.
 *
 * It lives in electron/main because the layer rules keep node:* and esbuild out of
 * electron/preload, tests included.
 */
import * as events from 'node:events';
import * as timers from 'node:timers';
import * as url from 'node:url';
import { Script, createContext } from 'node:vm';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { electronBuildOptions, electronTargets } from '../../scripts/build-config.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { IPC } from '../../shared/contract/bridge';
import { METHOD_NAMES } from '../../shared/contract/names';

const root = join(import.meta.dirname, '..', '..');

type Listener = (event: unknown, payload: unknown) => void;

function fakeElectron() {
  const exposed = new Map<string, unknown>();
  const invoked: { channel: string; input: unknown }[] = [];
  const listeners = new Map<string, Set<Listener>>();
  const ipcRenderer = {
    invoke: async (channel: string, input: unknown) => {
      invoked.push({ channel, input });
      return { ok: true, value: channel };
    },
    on(channel: string, l: Listener) {
      const set = listeners.get(channel) ?? new Set<Listener>();
      listeners.set(channel, set);
      set.add(l);
      return ipcRenderer;
    },
    removeListener(channel: string, l: Listener) {
      listeners.get(channel)?.delete(l);
      return ipcRenderer;
    },
  };
  const electron = { contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) }, ipcRenderer };
  return { electron, exposed, invoked, listeners };
}

/** Evaluates a CommonJS preload bundle inside a bare V8 context, Electron-sandbox style. */
function runSandboxed(code: string, electron: unknown): void {
  const loaded: Record<string, unknown> = { electron, events, timers, url, 'node:events': events, 'node:timers': timers, 'node:url': url };
  const require = (name: string) => {
    if (name in loaded) return loaded[name];
    throw new Error(`module not found: ${name}`);
  };
  const context = createContext({});
  const fn = new Script(`(function (require, process, exports, module) {\n${code}\n})`, { filename: 'preload.cjs' }).runInContext(context) as (...args: unknown[]) => void;
  const exports = {};
  fn(require, { platform: process.platform, versions: {} }, exports, { exports });
}

describe('the preload in a sandboxed renderer', () => {
  let code = '';

  beforeAll(async () => {
    // Exactly the options scripts/build.mjs ships the preload with.
    const target = electronTargets().find((t) => t.entry === 'electron/preload/index.ts')!;
    const out = await esbuild.build({ ...electronBuildOptions(root, target), write: false, sourcemap: false, logLevel: 'silent' });
    code = out.outputFiles[0]?.text ?? '';
  });

  it('needs nothing a sandboxed preload lacks', () => {
    expect(code).not.toMatch(/\b__filename\b|\b__dirname\b|process\.env/);
    const requires = [...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
    expect(new Set(requires)).toEqual(new Set(['electron']));
  });

  it('exposes window.schotvrij with one function per contract method and onEvent', async () => {
    const f = fakeElectron();
    runSandboxed(code, f.electron);
    expect([...f.exposed.keys()]).toEqual(['schotvrij']);
    const bridge = f.exposed.get('schotvrij') as Record<string, (input?: unknown) => Promise<unknown>>;
    expect(Object.keys(bridge).sort()).toEqual([...METHOD_NAMES, 'onEvent', 'printToPdf'].sort());
    await expect(bridge['clients.list']!({ search: 'Jansen' })).resolves.toEqual({ ok: true, value: 'rpc:clients.list' });
    expect(f.invoked).toEqual([{ channel: 'rpc:clients.list', input: { search: 'Jansen' } }]);
  });

  it('hands event listeners the payload only, never the IPC event (whose sender is ipcRenderer)', () => {
    const f = fakeElectron();
    runSandboxed(code, f.electron);
    const bridge = f.exposed.get('schotvrij') as { onEvent(l: (...args: unknown[]) => void): () => void };
    const got: unknown[][] = [];
    const off = bridge.onEvent((...args) => got.push(args));
    const [listener] = f.listeners.get(IPC.event) ?? [];
    listener?.({ sender: f.electron.ipcRenderer }, { type: 'changed', tables: ['client'] });
    expect(got).toEqual([[{ type: 'changed', tables: ['client'] }]]);
    off();
    expect(f.listeners.get(IPC.event)?.size).toBe(0);
  });
});
