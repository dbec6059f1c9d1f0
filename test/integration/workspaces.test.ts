import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/core/clock';
import { createWorkspaceHost } from '../../electron/core/workspaces';
import { useTempDirs } from '../support/temp';

const tempDir = useTempDirs();

function host(dataDir = tempDir()) {
  return { dataDir, host: createWorkspaceHost({ dataDir, mode: 'test', clock: fixedClock(Date.UTC(2026, 10, 23), 1), scryptCost: { N: 2 ** 12, r: 8, p: 1 }, lockCheckMs: 0 }) };
}

describe('workspace host', () => {
  it('starts with no workspace and refuses core calls with NO_WORKSPACE', async () => {
    const { host: h } = host();
    expect(await h.dispatch('workspace.status', {})).toMatchObject({ ok: true, value: { active: null, available: { eigen: false, demo: false } } });
    expect(await h.dispatch('clients.list', {})).toMatchObject({ ok: false, error: { code: 'NO_WORKSPACE' } });
    expect(await h.dispatch('no.such', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    h.close();
  });

  it('opens the demo as a role, and regenerates it for another role', async () => {
    const { host: h, dataDir } = host();
    const events: unknown[] = [];
    h.onEvent((e) => events.push(e));
    const r = await h.dispatch('workspace.openDemo', { role: 'arrangeur', size: 'small', seed: 1 });
    expect(r).toMatchObject({ ok: true, value: { active: { kind: 'demo', installation: { role: 'arrangeur', demo: { seed: 1 } } } } });
    expect(events).toContainEqual({ type: 'changed', tables: ['workspace'] });
    expect(await h.dispatch('clients.list', {})).toMatchObject({ ok: true, value: { total: 25 } });
    await h.dispatch('workspace.openDemo', { role: 'kassier', size: 'small', seed: 1 });
    expect(await h.dispatch('clients.list', {})).toMatchObject({ ok: true, value: { total: 200 } });
    expect(existsSync(join(dataDir, 'eigen.sqlite'))).toBe(false);
    h.close();
  });

  it('sets up a real workspace once; bad input creates nothing', async () => {
    const { host: h, dataDir } = host();
    const bad = await h.dispatch('workspace.create', { rol: 'arrangeur', gebruikersNaam: '', organisatieNaam: 'Zorg BV', organisatieAgb: '123', netwerkNaam: 'Net' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!bad.ok) expect(bad.error.details?.issues?.map((i) => i.path).sort()).toEqual(['gebruikersNaam', 'organisatieAgb', 'wachtwoord']);
    expect(existsSync(join(dataDir, 'eigen.sqlite'))).toBe(false);

    const input = { rol: 'arrangeur', gebruikersNaam: 'Anna de Vries', organisatieNaam: 'Thuiszorg Noord', organisatieAgb: '12345678', netwerkNaam: 'Dementienetwerk Noord', wachtwoord: 'lang genoeg wachtwoord' };
    const ok = await h.dispatch('workspace.create', input);
    expect(ok).toMatchObject({ ok: true, value: { active: { kind: 'eigen', installation: { role: 'arrangeur', organisationName: 'Thuiszorg Noord', demo: null } } } });
    expect(await h.dispatch('clients.list', {})).toMatchObject({ ok: true, value: { total: 0 } });
    expect(await h.dispatch('workspace.create', input)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    await h.dispatch('workspace.close', {});
    expect(await h.dispatch('clients.list', {})).toMatchObject({ ok: false, error: { code: 'NO_WORKSPACE' } });
    expect(await h.dispatch('workspace.open', { kind: 'eigen' })).toMatchObject({ ok: true, value: { active: { kind: 'eigen' } } });
    h.close();
  });

  it('wipes everything only in test mode', async () => {
    const { host: h, dataDir } = host();
    await h.dispatch('workspace.openDemo', {});
    h.wipeForTests();
    expect(existsSync(join(dataDir, 'demo.sqlite'))).toBe(false);
    h.close();
    const real = createWorkspaceHost({ dataDir: tempDir(), mode: 'browser' });
    expect(() => real.wipeForTests()).toThrow();
    real.close();
  });
});
