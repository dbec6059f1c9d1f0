import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CoreEvent } from '../../shared/contract/index';
import { openDatabase, type Db } from './db/open';
import { createDispatcher, type HandlerMap } from './dispatcher';
import { SchotvrijError } from './errors';
import { silentLogger } from './logger';
import { useTempDirs } from '../../test/support/temp';

const tempDir = useTempDirs();

function setup(handlers: HandlerMap<'clients.create' | 'clients.list', { db: Db }>) {
  const db = openDatabase(join(tempDir(), 'd.sqlite'));
  db.exec('CREATE TABLE scratch (x INTEGER)');
  const events: CoreEvent[] = [];
  const dispatch = createDispatcher({
    handlers,
    context: () => ({ db }),
    tx: { immediate: (fn) => db.transaction(fn).immediate() },
    emit: (e) => events.push(e),
    logger: silentLogger,
    validateOutput: true,
  });
  const rows = () => (db.prepare('SELECT count(*) AS n FROM scratch').get() as { n: number }).n;
  return { dispatch, events, rows };
}

const validClient = { achternaam: 'Test', geboortedatum: '1950-01-01' };
const okDetail = {
  id: 'x', voornaam: null, tussenvoegsel: null, achternaam: 'Test', geboortedatum: '1950-01-01', bsnMasked: null, status: 'aangemeld' as const,
  casemanagerName: null, bsn: null, bsnStatus: 'unverified' as const, gemeenteCode: null, casemanagerId: null, organisationName: null, createdAt: 1, updatedAt: 1,
};

describe('dispatcher', () => {
  it('rolls back every row a failing command wrote, and emits nothing', async () => {
    const { dispatch, events, rows } = setup({
      'clients.create': ({ db }) => {
        db.prepare('INSERT INTO scratch VALUES (1)').run();
        db.prepare('INSERT INTO scratch VALUES (2)').run();
        throw new SchotvrijError('CONFLICT', 'Halverwege mislukt.', 'failed halfway');
      },
      'clients.list': () => ({ rows: [], total: 0, offset: 0 }),
    });
    const r = await dispatch('clients.create', validClient);
    expect(r).toEqual({ ok: false, error: { code: 'CONFLICT', message: 'Halverwege mislukt.', en: 'failed halfway' } });
    expect(rows()).toBe(0);
    expect(events).toEqual([]);
  });

  it('refuses an async command handler inside a transaction and keeps nothing', async () => {
    const { dispatch, rows } = setup({
      'clients.create': (async ({ db }: { db: Db }) => {
        db.prepare('INSERT INTO scratch VALUES (1)').run();
        return okDetail;
      }) as unknown as HandlerMap<'clients.create', { db: Db }>['clients.create'],
      'clients.list': () => ({ rows: [], total: 0, offset: 0 }),
    });
    const r = await dispatch('clients.create', validClient);
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(rows()).toBe(0);
  });

  it('rolls back a write whose output violates the contract', async () => {
    const { dispatch, events, rows } = setup({
      'clients.create': ({ db }) => {
        db.prepare('INSERT INTO scratch VALUES (1)').run();
        return { ...okDetail, status: 'onbekend' } as unknown as typeof okDetail;
      },
      'clients.list': () => ({ rows: [], total: 0, offset: 0 }),
    });
    expect(await dispatch('clients.create', validClient)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(rows()).toBe(0);
    expect(events).toEqual([]);
  });

  it('emits "changed" with the declared tables after a committed command only', async () => {
    const { dispatch, events, rows } = setup({
      'clients.create': ({ db }) => {
        db.prepare('INSERT INTO scratch VALUES (1)').run();
        return okDetail;
      },
      'clients.list': () => ({ rows: [], total: 0, offset: 0 }),
    });
    await dispatch('clients.list', {});
    expect(events).toEqual([]);
    expect(await dispatch('clients.create', validClient)).toMatchObject({ ok: true });
    expect(events).toEqual([{ type: 'changed', tables: ['client'] }]);
    expect(rows()).toBe(1);
  });

  it('hides internal error details from the caller', async () => {
    const { dispatch } = setup({
      'clients.create': () => {
        throw new Error('SQLITE_CONSTRAINT: secret path /home/x/db.sqlite and BSN 999900006');
      },
      'clients.list': () => ({ rows: [], total: 0, offset: 0 }),
    });
    const r = await dispatch('clients.create', validClient);
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).not.toMatch(/999900006|sqlite/i);
  });

  it('applies input defaults and Dutch messages before the handler runs', async () => {
    let seen: unknown;
    const { dispatch } = setup({
      'clients.create': () => okDetail,
      'clients.list': (_ctx, input) => {
        seen = input;
        return { rows: [], total: 0, offset: 0 };
      },
    });
    await dispatch('clients.list', {});
    expect(seen).toEqual({ offset: 0, limit: 200 });
    const r = await dispatch('clients.list', { limit: 5000 });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { issues: [{ path: 'limit' }] } } });
    if (!r.ok) expect(r.error.message).toMatch(/[Tt]e groot/);
  });
});
