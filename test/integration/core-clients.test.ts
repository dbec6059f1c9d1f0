import Database from 'better-sqlite3-multiple-ciphers';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/core/clock';
import { CallError, createCore } from '../../electron/core/host';
import { seededIds } from '../../electron/core/ids';
import { useTempDirs } from '../support/temp';

const NOW = Date.UTC(2026, 10, 23, 10, 0);
const tempDir = useTempDirs();

function newCore(dir = tempDir()) {
  return createCore({ dbPath: join(dir, 'test.sqlite'), clock: fixedClock(NOW, 1), ids: seededIds(7, NOW) });
}

function rawCount(path: string, table: string): number {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('clients through the dispatcher', () => {
  it('creates a client, lists it, and emits a change event after commit', async () => {
    const core = newCore();
    const events: unknown[] = [];
    core.onEvent((e) => events.push(e));
    const created = await core.call('clients.create', {
      voornaam: 'Jan',
      tussenvoegsel: 'van den',
      achternaam: 'Berg',
      geboortedatum: '1941-03-07',
      bsn: '9999.00.006',
    });
    expect(created.bsn).toBe('999900006');
    expect(created.bsnStatus).toBe('unverified');
    expect(events).toEqual([{ type: 'changed', tables: ['client'] }]);
    const page = await core.call('clients.list', { search: 'berg' });
    expect(page.total).toBe(1);
    expect(page.rows[0]).toMatchObject({ achternaam: 'Berg', bsnMasked: '••••••006' });
    expect(rawCount(core.dbPath, 'client')).toBe(1);
    core.close();
  });

  it.each([
    ['invalid BSN', { achternaam: 'Smit', geboortedatum: '1950-01-01', bsn: '999900007' }, 'bsn', /elfproef/],
    ['empty name', { achternaam: '   ', geboortedatum: '1950-01-01' }, 'achternaam', /achternaam/],
    ['future birth date', { achternaam: 'Smit', geboortedatum: '2027-01-01' }, 'geboortedatum', /toekomst/],
    ['impossible date', { achternaam: 'Smit', geboortedatum: '1950-02-30' }, 'geboortedatum', /geldige datum/],
  ])('refuses %s with a Dutch field message and writes nothing', async (_label, input, field, message) => {
    const core = newCore();
    const r = await core.dispatch('clients.create', input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('VALIDATION');
    expect(r.error.details?.issues?.[0]?.path).toBe(field);
    expect(r.error.message).toMatch(message);
    expect(rawCount(core.dbPath, 'client')).toBe(0);
    core.close();
  });

  it('refuses an unknown method and a malformed payload', async () => {
    const core = newCore();
    expect(await core.dispatch('clients.drop', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await core.dispatch('toString', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    const r = await core.dispatch('clients.create', 'not an object');
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(rawCount(core.dbPath, 'client')).toBe(0);
    core.close();
  });

  it('refuses a second client with the same BSN', async () => {
    const core = newCore();
    await core.call('clients.create', { achternaam: 'Berg', geboortedatum: '1941-03-07', bsn: '999900006' });
    const err = await core.call('clients.create', { achternaam: 'Anders', geboortedatum: '1950-01-01', bsn: '999900006' }).catch((e) => e);
    expect(err).toBeInstanceOf(CallError);
    expect((err as CallError).error.code).toBe('CONFLICT');
    expect(rawCount(core.dbPath, 'client')).toBe(1);
    core.close();
  });

  it('runs two cores side by side without sharing state', async () => {
    const a = newCore();
    const b = newCore();
    await a.call('clients.create', { achternaam: 'Alleen-in-A', geboortedatum: '1940-01-01' });
    expect((await a.call('clients.list', {})).total).toBe(1);
    expect((await b.call('clients.list', {})).total).toBe(0);
    a.close();
    b.close();
  });
});
