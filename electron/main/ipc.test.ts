/**
 * ipc.ts against a fake ipcMain and fake invoke events (electron-trpc style): the
 * registered channel set is exactly the contract, and the sender frame decides.
 */
import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { IPC } from '../../shared/contract/bridge';
import { METHOD_NAMES, type Result } from '../../shared/contract/index';
import { type IpcMainLike, registerIpc, senderFrameUrl } from './ipc';
import { createRelay } from './relay';
import { isTrustedUrl } from './security';

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  const ipc: IpcMainLike = {
    handle(channel, listener) {
      if (handlers.has(channel)) throw new Error(`duplicate handler for ${channel}`);
      handlers.set(channel, listener);
    },
    removeHandler(channel) {
      handlers.delete(channel);
    },
  };
  return { ipc, handlers };
}

/** The parts of an IpcMainInvokeEvent ipc.ts reads; the rest is irrelevant to the decision. */
function fakeEvent(frame: { url: string; parent: unknown } | null | 'disposed'): IpcMainInvokeEvent {
  const event = {
    get senderFrame() {
      if (frame === 'disposed') throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      return frame;
    },
  };
  return event as unknown as IpcMainInvokeEvent;
}

const top = (url: string) => fakeEvent({ url, parent: null });

function setup() {
  const { ipc, handlers } = fakeIpcMain();
  const relay = createRelay({
    isTrustedSender: isTrustedUrl,
    send(m) {
      // An instant fake core: echoes the method, so routing is visible in the answer.
      if (m.type === 'call') queueMicrotask(() => relay.deliver({ type: 'result', id: m.id, result: { ok: true, value: { method: m.method, input: m.input } } }));
    },
  });
  relay.deliver({ type: 'ready' });
  const unregister = registerIpc(ipc, relay);
  const invoke = (channel: string, event: IpcMainInvokeEvent, input?: unknown) => {
    const h = handlers.get(channel);
    if (!h) throw new Error(`No handler registered for '${channel}'`);
    return h(event, input) as Promise<Result<unknown>>;
  };
  return { handlers, invoke, unregister };
}

describe('registerIpc', () => {
  it('registers exactly one channel per contract method, and nothing else', () => {
    const { handlers } = setup();
    expect([...handlers.keys()].sort()).toEqual(METHOD_NAMES.map((m) => IPC.rpc(m)).sort());
    expect(handlers.size).toBe(METHOD_NAMES.length);
    expect([...handlers.keys()].every((c) => c.startsWith('rpc:'))).toBe(true);
  });

  it('routes each channel to its own method', async () => {
    const { invoke } = setup();
    for (const m of METHOD_NAMES) {
      await expect(invoke(IPC.rpc(m), top('app://schotvrij/index.html'), { n: 1 })).resolves.toEqual({ ok: true, value: { method: m, input: { n: 1 } } });
    }
  });

  it('refuses untrusted, sub-frame, missing and disposed senders', async () => {
    const { invoke } = setup();
    const channel = IPC.rpc('clients.list');
    const events = [
      top('https://evil.example/'),
      top('file:///home/u/index.html'),
      fakeEvent({ url: 'app://schotvrij/index.html', parent: { url: 'app://schotvrij/index.html' } }),
      fakeEvent(null),
      fakeEvent('disposed'),
    ];
    for (const e of events) {
      await expect(invoke(channel, e, {})).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN', details: { reason: 'untrusted-sender' } } });
    }
  });

  it('never registers generic or unknown channels', () => {
    const { handlers } = setup();
    for (const c of ['rpc:clients.drop', 'invoke', 'send', 'rpc:*', 'schotvrij:event', 'rpc:']) expect(handlers.has(c)).toBe(false);
  });

  it('unregisters exactly what it registered', () => {
    const { handlers, unregister } = setup();
    handlers.set('someone-else', () => null);
    unregister();
    expect([...handlers.keys()]).toEqual(['someone-else']);
  });
});

describe('senderFrameUrl', () => {
  it('gives the URL of a top-level frame only', () => {
    expect(senderFrameUrl(top('app://schotvrij/x'))).toBe('app://schotvrij/x');
    expect(senderFrameUrl(fakeEvent({ url: 'app://schotvrij/x', parent: {} }))).toBeUndefined();
    expect(senderFrameUrl(fakeEvent(null))).toBeUndefined();
    expect(senderFrameUrl(fakeEvent('disposed'))).toBeUndefined();
  });
});
