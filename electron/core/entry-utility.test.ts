/**
 * The utilityProcess adapter with a fake parent port and a real temp data folder:
 * real SQLite, real workspace host, no Electron.
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { FromCore } from '../../shared/contract/bridge';
import type { Result } from '../../shared/contract/index';
import { useTempDirs } from '../../test/support/temp';
import { type ParentPortLike, parseDataDir, startCoreProcess } from './entry-utility';

const tempDir = useTempDirs();

function fakePort() {
  const posted: FromCore[] = [];
  let listener: ((e: { data: unknown }) => void) | null = null;
  const port: ParentPortLike = {
    on(_event, l) {
      listener = l;
    },
    postMessage(m) {
      // Electron structured-clones across the process boundary; so do we.
      posted.push(structuredClone(m) as FromCore);
    },
  };
  let nextId = 1;
  const send = (data: unknown) => {
    if (!listener) throw new Error('core did not listen on the port');
    listener({ data });
  };
  const call = async (method: string, input?: unknown): Promise<Result<unknown>> => {
    const id = nextId++;
    send({ type: 'call', id, method, input });
    return vi.waitFor(
      () => {
        const m = posted.find((p): p is Extract<FromCore, { type: 'result' }> => p.type === 'result' && p.id === id);
        if (!m) throw new Error(`no result for call ${id} yet`);
        return m.result;
      },
      { timeout: 20_000, interval: 5 },
    );
  };
  return { port, posted, send, call };
}

describe('startCoreProcess', () => {
  it('reports ready, then answers workspace and core calls over the port', async () => {
    const dataDir = tempDir();
    const { port, posted, send, call } = fakePort();
    const core = startCoreProcess(port, dataDir);
    expect(posted[0]).toEqual({ type: 'ready' });

    expect(await call('workspace.status', {})).toMatchObject({ ok: true, value: { mode: 'electron', active: null } });
    expect(await call('clients.list', {})).toMatchObject({ ok: false, error: { code: 'NO_WORKSPACE' } });

    const opened = await call('workspace.openDemo', { role: 'arrangeur', size: 'small', seed: 1 });
    expect(opened).toMatchObject({ ok: true, value: { mode: 'electron', active: { kind: 'demo', installation: { role: 'arrangeur' } } } });
    const list = await call('clients.list', {});
    expect(list).toMatchObject({ ok: true, value: { total: 25 } });
    if (list.ok) expect((list.value as { rows: unknown[] }).rows.length).toBeGreaterThan(0);

    // Host events travel as {type:'event'} after the commit.
    expect(posted).toContainEqual({ type: 'event', event: { type: 'changed', tables: ['workspace'] } });

    send({ type: 'close' });
    await core.closed;
    expect(existsSync(join(dataDir, 'demo.sqlite'))).toBe(true);
  });

  it('locks the real workspace on {type:"lock"} (powerMonitor suspend / lock-screen)', async () => {
    const { port, posted, send, call } = fakePort();
    const core = startCoreProcess(port, tempDir());
    const created = await call('workspace.create', { rol: 'arrangeur', gebruikersNaam: 'Anna', organisatieNaam: 'Zorg BV', netwerkNaam: 'Net', wachtwoord: 'lang genoeg wachtwoord' });
    expect(created).toMatchObject({ ok: true, value: { active: { kind: 'eigen' } } });
    posted.length = 0;
    send({ type: 'lock' });
    await vi.waitFor(() => expect(posted).toContainEqual({ type: 'event', event: { type: 'changed', tables: ['workspace'] } }));
    expect(await call('workspace.status', {})).toMatchObject({ ok: true, value: { active: null, security: { locked: true, lockReason: 'sleep' } } });
    send({ type: 'close' });
    await core.closed;
  });

  it('answers contract errors as results, and ignores malformed messages', async () => {
    const { port, posted, send, call } = fakePort();
    startCoreProcess(port, tempDir());
    expect(await call('clients.drop', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await call('workspace.openDemo', { role: 'koning' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const before = posted.length;
    for (const junk of [null, 42, 'close', { type: 'call' }, { type: 'call', id: 'x', method: 'workspace.status' }, { type: 'call', id: 1.5, method: 'workspace.status' }, { type: 'nope' }]) {
      expect(() => send(junk)).not.toThrow();
    }
    await new Promise((r) => setTimeout(r, 20));
    expect(posted.length).toBe(before);
  });

  it('closes cleanly on {type:"close"}: in-flight calls are answered first, SQLite is closed, later calls refused', async () => {
    const dataDir = tempDir();
    const { port, posted, send, call } = fakePort();
    const core = startCoreProcess(port, dataDir);
    await call('workspace.openDemo', { role: 'arrangeur', size: 'small', seed: 1 });

    send({ type: 'call', id: 900, method: 'clients.list', input: {} });
    send({ type: 'close' });
    await core.closed;
    expect(posted).toContainEqual({ type: 'result', id: 900, result: expect.objectContaining({ ok: true }) });

    // Closing the last connection checkpoints the WAL back into the database file.
    const wal = join(dataDir, 'demo.sqlite-wal');
    expect(!existsSync(wal) || statSync(wal).size === 0).toBe(true);

    expect(await call('clients.list', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('reports fatal (not ready) when the data folder cannot be used, and refuses calls', async () => {
    const blocker = join(tempDir(), 'not-a-folder');
    writeFileSync(blocker, 'x');
    const { port, posted, send, call } = fakePort();
    const core = startCoreProcess(port, join(blocker, 'Schotvrij'));
    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatchObject({ type: 'fatal', message: expect.stringMatching(/ENOTDIR|EEXIST|not a directory/i) });
    expect(await call('workspace.status', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    // Main still asks a failed core to close when it quits; that must not hang.
    send({ type: 'close' });
    await core.closed;
  });

  it('reports fatal without a data folder argument', () => {
    const { port, posted } = fakePort();
    startCoreProcess(port, null);
    expect(posted).toEqual([{ type: 'fatal', message: 'missing --data-dir argument' }]);
  });
});

describe('parseDataDir', () => {
  it.each([
    [['electron', 'core.cjs', '--data-dir', '/home/anna/.config/Schotvrij'], '/home/anna/.config/Schotvrij'],
    [['--data-dir=C:\\Users\\Anna de Vries\\AppData\\Roaming\\Schotvrij'], 'C:\\Users\\Anna de Vries\\AppData\\Roaming\\Schotvrij'],
    [['--type=utility', '--data-dir', '/d', '--data-dir', '/other'], '/d'],
    [['--data-dir'], null],
    [['--data-dir', '--other'], null],
    [['--data-dir='], null],
    [['--data-directory', '/x'], null],
    [[], null],
  ])('%j → %j', (argv, expected) => {
    expect(parseDataDir(argv)).toBe(expected);
  });
});
