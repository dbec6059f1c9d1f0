/**
 * The relay, driven like electron-trpc's handleIPCMessage tests: fake senders and a
 * fake core, no Electron.
 */
import { describe, expect, it } from 'vitest';
import type { ToCore } from '../../shared/contract/bridge';
import { createRelay, parseFromCore } from './relay';
import { isTrustedUrl } from './security';

const APP = 'app://schotvrij/index.html';

function setup(opts: { ready?: boolean; sendThrows?: boolean } = {}) {
  const sent: ToCore[] = [];
  const fatals: string[] = [];
  const relay = createRelay({
    isTrustedSender: isTrustedUrl,
    send(m) {
      if (opts.sendThrows) throw new Error('process gone');
      sent.push(m);
    },
    onFatal: (m) => fatals.push(m),
  });
  if (opts.ready !== false) relay.deliver({ type: 'ready' });
  const calls = () => sent.filter((m): m is Extract<ToCore, { type: 'call' }> => m.type === 'call');
  return { relay, sent, calls, fatals };
}

describe('relay: who may call', () => {
  it.each([undefined, '', 'https://evil.example/', 'file:///C:/x/index.html', 'app://schotvrij.evil/', 'app://x@schotvrij/', 'devtools://devtools/'])(
    'refuses sender %j with a typed result and forwards nothing',
    async (url) => {
      const { relay, sent } = setup();
      const r = await relay.handle('clients.list', url, {});
      expect(r).toEqual({ ok: false, error: expect.objectContaining({ code: 'FORBIDDEN', details: { reason: 'untrusted-sender' } }) });
      expect(sent).toEqual([]);
      expect(relay.pendingCalls()).toBe(0);
    },
  );

  it.each(['clients.drop', 'constructor', '__proto__', 'toString', 'rpc:clients.list', 'clients.list ', ''])('refuses unknown method %j', async (method) => {
    const { relay, sent } = setup();
    const r = await relay.handle(method, APP, {});
    expect(r).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(sent).toEqual([]);
  });

  it('checks the sender before the method, so a hostile frame learns nothing about method names', async () => {
    const { relay } = setup();
    const known = await relay.handle('clients.list', 'https://evil.example/', {});
    const unknown = await relay.handle('nope.nope', 'https://evil.example/', {});
    expect(known).toEqual(unknown);
  });
});

describe('relay: calls and answers', () => {
  it('forwards a trusted call and resolves with the core result for that id', async () => {
    const { relay, calls } = setup();
    const p = relay.handle('clients.list', APP, { search: 'de Vries' });
    expect(calls()).toEqual([{ type: 'call', id: expect.any(Number), method: 'clients.list', input: { search: 'de Vries' } }]);
    const id = calls()[0]!.id;
    relay.deliver({ type: 'result', id, result: { ok: true, value: { total: 1 } } });
    await expect(p).resolves.toEqual({ ok: true, value: { total: 1 } });
    expect(relay.pendingCalls()).toBe(0);
  });

  it('correlates out-of-order answers by id', async () => {
    const { relay, calls } = setup();
    const a = relay.handle('clients.list', APP, { search: 'a' });
    const b = relay.handle('clients.get', APP, { id: 'b' });
    const [ca, cb] = calls();
    expect(ca!.id).not.toBe(cb!.id);
    relay.deliver({ type: 'result', id: cb!.id, result: { ok: false, error: { code: 'NOT_FOUND', message: 'Niet gevonden.' } } });
    relay.deliver({ type: 'result', id: ca!.id, result: { ok: true, value: 'A' } });
    await expect(a).resolves.toEqual({ ok: true, value: 'A' });
    await expect(b).resolves.toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'Niet gevonden.' } });
  });

  it('ignores answers for unknown or already-settled ids', async () => {
    const { relay, calls } = setup();
    const p = relay.handle('clients.list', APP, {});
    const id = calls()[0]!.id;
    relay.deliver({ type: 'result', id: id + 1000, result: { ok: true, value: 'stray' } });
    relay.deliver({ type: 'result', id, result: { ok: true, value: 'first' } });
    relay.deliver({ type: 'result', id, result: { ok: true, value: 'second' } });
    await expect(p).resolves.toEqual({ ok: true, value: 'first' });
  });

  it('turns a malformed result into an INTERNAL error instead of hanging', async () => {
    const { relay, calls } = setup();
    const p = relay.handle('clients.list', APP, {});
    relay.deliver({ type: 'result', id: calls()[0]!.id, result: { ok: 'yes' } });
    await expect(p).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('drops garbage from the core without throwing', () => {
    const { relay } = setup();
    for (const m of [null, undefined, 42, 'ready', {}, { type: 'result' }, { type: 'result', id: '1', result: { ok: true } }, { type: 'event', event: { type: 'changed', tables: 'client' } }, { type: 'bogus' }]) {
      expect(() => relay.deliver(m)).not.toThrow();
    }
  });

  it('holds calls made before the core is ready, then sends them in order', async () => {
    const { relay, calls } = setup({ ready: false });
    const a = relay.handle('workspace.status', APP, {});
    const b = relay.handle('clients.list', APP, {});
    expect(calls()).toEqual([]);
    expect(relay.state()).toBe('starting');
    relay.deliver({ type: 'ready' });
    expect(calls().map((c) => c.method)).toEqual(['workspace.status', 'clients.list']);
    for (const c of calls()) relay.deliver({ type: 'result', id: c.id, result: { ok: true, value: c.method } });
    await expect(a).resolves.toEqual({ ok: true, value: 'workspace.status' });
    await expect(b).resolves.toEqual({ ok: true, value: 'clients.list' });
  });

  it('fails the call as data when posting to the core throws', async () => {
    const { relay } = setup({ sendThrows: true });
    await expect(relay.handle('clients.list', APP, {})).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(relay.pendingCalls()).toBe(0);
  });
});

describe('relay: events', () => {
  it('forwards core events to every listener until unsubscribed', () => {
    const { relay } = setup();
    const a: unknown[] = [];
    const b: unknown[] = [];
    const offA = relay.onEvent((e) => a.push(e));
    relay.onEvent((e) => b.push(e));
    relay.deliver({ type: 'event', event: { type: 'changed', tables: ['client'] } });
    offA();
    relay.deliver({ type: 'event', event: { type: 'changed', tables: ['workspace'] } });
    expect(a).toEqual([{ type: 'changed', tables: ['client'] }]);
    expect(b).toEqual([
      { type: 'changed', tables: ['client'] },
      { type: 'changed', tables: ['workspace'] },
    ]);
  });
});

describe('relay: the core dies', () => {
  it('fails every pending call with a typed INTERNAL result', async () => {
    const { relay } = setup();
    const calls = [relay.handle('clients.list', APP, {}), relay.handle('clients.create', APP, { voornaam: 'Jan' })];
    expect(relay.pendingCalls()).toBe(2);
    relay.coreStopped('core exited with code 9');
    for (const r of await Promise.all(calls)) {
      expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL', details: { reason: 'core exited with code 9' } } });
      if (!r.ok) expect(r.error.message).toMatch(/opnieuw/);
    }
    expect(relay.pendingCalls()).toBe(0);
    expect(relay.state()).toBe('stopped');
  });

  it('refuses new calls afterwards without posting them, and ignores late answers', async () => {
    const { relay, calls } = setup();
    const p = relay.handle('clients.list', APP, {});
    const id = calls()[0]!.id;
    relay.coreStopped('killed');
    relay.deliver({ type: 'result', id, result: { ok: true, value: 'too late' } });
    await expect(p).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    await expect(relay.handle('clients.list', APP, {})).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(calls()).toHaveLength(1);
  });

  it('treats a fatal startup report like a death, including calls still queued', async () => {
    const { relay, calls, fatals } = setup({ ready: false });
    const p = relay.handle('workspace.status', APP, {});
    relay.deliver({ type: 'fatal', message: 'EACCES: permission denied' });
    await expect(p).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(fatals).toEqual(['EACCES: permission denied']);
    relay.deliver({ type: 'ready' });
    expect(relay.state()).toBe('stopped');
    expect(calls()).toEqual([]);
  });
});

describe('parseFromCore', () => {
  it('accepts the four message kinds and nothing else', () => {
    expect(parseFromCore({ type: 'ready' })).toEqual({ type: 'ready' });
    expect(parseFromCore({ type: 'fatal', message: 'x' })).toEqual({ type: 'fatal', message: 'x' });
    expect(parseFromCore({ type: 'event', event: { type: 'changed', tables: [] } })).toEqual({ type: 'event', event: { type: 'changed', tables: [] } });
    expect(parseFromCore({ type: 'result', id: 1, result: { ok: true, value: null } })).toEqual({ type: 'result', id: 1, result: { ok: true, value: null } });
    expect(parseFromCore({ type: 'call', id: 1, method: 'clients.list', input: {} })).toBeNull();
    expect(parseFromCore({ type: 'event', event: { type: 'other' } })).toBeNull();
  });
});
