import { describe, expect, it } from 'vitest';
import { IPC } from '../../shared/contract/bridge';
import { METHOD_NAMES, type MethodName } from '../../shared/contract/index';
import { BRIDGE_GLOBAL, createBridge } from './bridge';

function fakeTransport(answer: (channel: string, input: unknown) => unknown = () => ({ ok: true, value: null })) {
  const invoked: { channel: string; input: unknown }[] = [];
  const subs = new Map<string, Set<(payload: unknown) => void>>();
  return {
    invoked,
    subs,
    emit(channel: string, payload: unknown) {
      for (const h of subs.get(channel) ?? []) h(payload);
    },
    transport: {
      async invoke(channel: string, input: unknown) {
        invoked.push({ channel, input });
        return answer(channel, input);
      },
      subscribe(channel: string, handler: (payload: unknown) => void) {
        const set = subs.get(channel) ?? new Set();
        subs.set(channel, set);
        set.add(handler);
        return () => {
          set.delete(handler);
        };
      },
    },
  };
}

describe('createBridge', () => {
  it('is window.schotvrij', () => {
    expect(BRIDGE_GLOBAL).toBe('schotvrij');
  });

  it('exposes one function per contract method plus onEvent, and nothing generic', () => {
    const bridge = createBridge(fakeTransport().transport);
    expect(Object.keys(bridge).sort()).toEqual([...METHOD_NAMES, 'onEvent', 'printToPdf'].sort());
    for (const key of Object.keys(bridge)) expect(typeof (bridge as unknown as Record<string, unknown>)[key]).toBe('function');
    for (const generic of ['invoke', 'send', 'on', 'sendSync', 'ipcRenderer', 'process', 'env', 'require']) expect(generic in bridge).toBe(false);
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('calls each method on its own rpc channel and returns the Result untouched', async () => {
    const f = fakeTransport((channel, input) => ({ ok: true, value: { channel, input } }));
    const bridge = createBridge(f.transport);
    for (const m of METHOD_NAMES) {
      await expect(bridge[m]({ x: m })).resolves.toEqual({ ok: true, value: { channel: IPC.rpc(m), input: { x: m } } });
    }
    expect(f.invoked.map((i) => i.channel)).toEqual(METHOD_NAMES.map((m: MethodName) => `rpc:${m}`));
  });

  it('passes error Results through as they are', async () => {
    const err = { ok: false, error: { code: 'VALIDATION', message: 'Vul de achternaam in.', details: { issues: [{ path: 'achternaam', message: 'Vul de achternaam in.' }] } } };
    const bridge = createBridge(fakeTransport(() => err).transport);
    await expect(bridge['clients.create']({})).resolves.toEqual(err);
  });

  it('turns an IPC failure into an INTERNAL Result, never a rejection', async () => {
    const sync = createBridge({
      invoke: () => {
        throw new Error('An object could not be cloned.');
      },
      subscribe: () => () => {},
    });
    await expect(sync['clients.list']({ f: () => 1 })).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    const async = createBridge(fakeTransport(() => Promise.reject(new Error("No handler registered for 'rpc:clients.list'"))).transport);
    await expect(async['clients.list']()).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('does not pass through something that is not a Result', async () => {
    for (const bogus of [undefined, null, 'ok', { ok: 1 }, { ok: false }, { ok: false, error: 'x' }]) {
      const bridge = createBridge(fakeTransport(() => bogus).transport);
      await expect(bridge['workspace.status']()).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    }
  });

  it('printToPdf goes over its own named channel and always answers a PrintResult', async () => {
    const ok = fakeTransport(() => ({ ok: true, path: '/tmp/plan.pdf' }));
    await expect(createBridge(ok.transport).printToPdf('plan.pdf')).resolves.toEqual({ ok: true, path: '/tmp/plan.pdf' });
    const bogus = fakeTransport(() => ({ weird: 1 }));
    await expect(createBridge(bogus.transport).printToPdf('plan.pdf')).resolves.toMatchObject({ ok: false, cancelled: false });
  });

  it('onEvent delivers only well-formed core events, only the payload, until unsubscribed', () => {
    const f = fakeTransport();
    const bridge = createBridge(f.transport);
    const got: unknown[] = [];
    const off = bridge.onEvent((e) => got.push(e));
    expect([...f.subs.keys()]).toEqual([IPC.event]);
    f.emit(IPC.event, { type: 'changed', tables: ['client'] });
    f.emit(IPC.event, { type: 'changed', tables: 'client' });
    f.emit(IPC.event, { sender: { invoke() {} } });
    f.emit(IPC.event, null);
    off();
    f.emit(IPC.event, { type: 'changed', tables: ['workspace'] });
    expect(got).toEqual([{ type: 'changed', tables: ['client'] }]);
    expect(f.subs.get(IPC.event)?.size).toBe(0);
  });
});
