import Database from 'better-sqlite3-multiple-ciphers';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Clock } from '../../electron/core/clock';
import { generateDemo } from '../../electron/core/demo/generator';
import { CallError, createCore, type Core } from '../../electron/core/host';
import { seededIds } from '../../electron/core/ids';
import { instantOf } from '../../shared/domain/time';
import { useTempDirs } from '../support/temp';

const tempDir = useTempDirs();

/** A clock the test moves: time passes, the laptop sleeps, someone sets it back. */
function movableClock(start: number): Clock & { set(ms: number): void; advance(ms: number): void } {
  let t = start;
  return { now: () => t, set: (ms) => (t = ms), advance: (ms) => (t += ms) };
}

let core: Core;
let clock: ReturnType<typeof movableClock>;
let clientId: string;

async function refused(p: Promise<unknown>) {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(CallError);
  return (e as CallError).error;
}

function raw<T>(sql: string, ...args: unknown[]): T[] {
  const db = new Database(core.dbPath, { readonly: true });
  try {
    return db.prepare(sql).all(...args) as T[];
  } finally {
    db.close();
  }
}

beforeEach(async () => {
  clock = movableClock(instantOf('2026-11-23', 10, 0));
  core = createCore({ dbPath: join(tempDir(), 'r.sqlite'), clock, ids: seededIds(5, Date.UTC(2026, 10, 23)) });
  generateDemo(core, { role: 'arrangeur', size: 'small', seed: 1 });
  const list = await core.call('clients.list', { status: ['in_zorg'], limit: 1 });
  clientId = list.rows[0]!.id;
});

describe('registering time', () => {
  it('start and end time become whole minutes; the rules propose the funding', async () => {
    const r = await core.call('registrations.create', { date: '2026-11-20', startTime: '09:15', endTime: '10:40', clientId, activityCode: 'direct' });
    expect(r).toMatchObject({ minutes: 85, startTime: '09:15', endTime: '10:40', basis: 'client', law: 'ZVW', state: 'open', version: 1, direct: true });
    const general = await core.call('registrations.create', { date: '2026-11-20', minutes: 45, activityCode: 'administratie' });
    expect(general).toMatchObject({ basis: 'algemeen', fundingId: null, clientId: null });
  });

  it('refuses what would be wrong, with the field named', async () => {
    expect((await refused(core.call('registrations.create', { date: '2026-11-20', minutes: 30, activityCode: 'direct' }))).details?.issues?.[0]?.path).toBe('clientId');
    expect((await refused(core.call('registrations.create', { date: '2026-11-20', minutes: 30, activityCode: 'administratie', clientId }))).message).toMatch(/niet cliëntgebonden/);
    expect((await refused(core.call('registrations.create', { date: '2026-11-24', minutes: 30, activityCode: 'administratie' }))).message).toMatch(/toekomst/);
    expect((await refused(core.call('registrations.create', { date: '2026-11-20', startTime: '10:00', endTime: '09:00', activityCode: 'administratie' }))).details?.issues?.[0]?.path).toBe('endTime');
    expect((await refused(core.call('registrations.create', { date: '2026-11-20', minutes: 0, activityCode: 'administratie' }))).details?.issues?.[0]?.path).toBe('minutes');
    expect((await refused(core.call('registrations.create', { date: '2026-11-20', minutes: 30, activityCode: 'direct', clientId, fundingId: null }))).details?.issues?.[0]?.path).toBe('overrideReason');
  });

  it('an override needs a reason and is kept with it', async () => {
    const r = await core.call('registrations.create', { date: '2026-11-20', minutes: 30, activityCode: 'direct', clientId, fundingId: null, basis: 'niet_toerekenbaar', overrideReason: 'Gesprek ging over een andere cliënt' });
    expect(r).toMatchObject({ overridden: true, basis: 'niet_toerekenbaar', fundingId: null, overrideReason: 'Gesprek ging over een andere cliënt' });
  });
});

describe('lock and correct', () => {
  it('before export a change is in place; after export it is a new version with a reason', async () => {
    const r = await core.call('registrations.create', { date: '2026-11-02', minutes: 30, clientId, activityCode: 'direct' });
    const edited = await core.call('registrations.update', { id: r.id, fields: { date: '2026-11-02', minutes: 40, clientId, activityCode: 'direct' } });
    expect(edited).toMatchObject({ version: 1, minutes: 40 });
    await core.call('export.registrations', { period: '2026-11' });
    expect((await core.call('registrations.history', { id: r.id })).map((v) => v.state)).toEqual(['geexporteerd']);
    const noReason = await refused(core.call('registrations.update', { id: r.id, fields: { date: '2026-11-02', minutes: 50, clientId, activityCode: 'direct' } }));
    expect(noReason.details?.issues?.[0]?.path).toBe('correctionReason');
    const corrected = await core.call('registrations.update', { id: r.id, fields: { date: '2026-11-02', minutes: 50, clientId, activityCode: 'direct' }, correctionReason: 'Huisbezoek duurde langer' });
    expect(corrected).toMatchObject({ version: 2, supersedes: 1, minutes: 50, state: 'open', correctionReason: 'Huisbezoek duurde langer' });
    const removed = await core.call('registrations.remove', { id: r.id, correctionReason: 'Dubbel geregistreerd' });
    expect(removed).toEqual({ removed: true, tombstone: true });
    expect(raw<{ version: number; deleted: number; minutes: number }>('SELECT version, deleted, minutes FROM registration WHERE id = ? ORDER BY version', r.id)).toEqual([
      { version: 1, deleted: 0, minutes: 40 },
      { version: 2, deleted: 1, minutes: 50 },
    ]);
  });

  it('the database itself refuses to change an exported row, whatever the code path', async () => {
    const r = await core.call('registrations.create', { date: '2026-11-02', minutes: 30, clientId, activityCode: 'direct' });
    await core.call('export.registrations', { period: '2026-11' });
    const db = new Database(core.dbPath);
    expect(() => db.prepare('UPDATE registration SET minutes = 999 WHERE id = ?').run(r.id)).toThrow(/immutable/);
    expect(() => db.prepare('DELETE FROM registration WHERE id = ?').run(r.id)).toThrow(/immutable/);
    expect(() => db.prepare('UPDATE export_batch SET row_count = 0').run()).toThrow(/immutable/);
    db.close();
    expect((await core.call('registrations.history', { id: r.id }))[0]!.minutes).toBe(30);
  });

  it('a closed week takes nothing new, but reopening works', async () => {
    await core.call('weeks.close', { week: '2026-W47' });
    const err = await refused(core.call('registrations.create', { date: '2026-11-18', minutes: 30, activityCode: 'administratie' }));
    expect(err.message).toMatch(/afgesloten/);
    await core.call('weeks.reopen', { week: '2026-W47' });
    expect((await core.call('registrations.create', { date: '2026-11-18', minutes: 30, activityCode: 'administratie' })).state).toBe('open');
  });
});

describe('fast entry', () => {
  it('repeat-last registers the same again today', async () => {
    const first = await core.call('registrations.create', { date: '2026-11-20', startTime: '09:00', endTime: '09:45', clientId, activityCode: 'direct', note: 'Huisbezoek' });
    // The dialog names what will be repeated before Enter: the same row the core then repeats.
    expect(await core.call('registrations.last')).toMatchObject({ id: first.id, note: 'Huisbezoek' });
    clock.set(instantOf('2026-11-23', 11));
    const again = await core.call('registrations.repeatLast', {});
    expect((await core.call('registrations.last'))?.id).toBe(again.id);
    expect(again).toMatchObject({ date: '2026-11-23', startTime: '09:00', endTime: '09:45', clientId, activityCode: 'direct', note: 'Huisbezoek' });
  });

  it('the timer survives a restart and splits at midnight', async () => {
    clock.set(instantOf('2026-11-22', 23, 20));
    await core.call('timer.start', { clientId, activityCode: 'direct' });
    const path = core.dbPath;
    core.close();
    // The laptop sleeps; the app restarts the next morning.
    clock.set(instantOf('2026-11-23', 0, 50));
    core = createCore({ dbPath: path, clock, ids: seededIds(6, Date.UTC(2026, 10, 23)) });
    expect(await core.call('timer.get')).toMatchObject({ elapsedMinutes: 90, clientId });
    const rows = await core.call('timer.stop');
    expect(rows.map((r) => [r.date, r.minutes, r.startTime])).toEqual([
      ['2026-11-22', 40, '23:20'],
      ['2026-11-23', 50, '00:00'],
    ]);
    expect(await core.call('timer.get')).toBeNull();
  });

  it('a clock set back while the timer runs writes nothing negative', async () => {
    await core.call('timer.start', { activityCode: 'administratie' });
    clock.advance(-3_600_000);
    expect(await core.call('timer.get')).toMatchObject({ elapsedMinutes: 0 });
    expect(await core.call('timer.stop')).toEqual([]);
  });

  it('totals per day, client and law add up to the same minutes', async () => {
    const from = '2026-11-01';
    const to = '2026-11-23';
    const by = async (groupBy: 'day' | 'client' | 'law' | 'week' | 'activity') => (await core.call('registrations.totals', { from, to, groupBy })).reduce((s, g) => s + g.minutes, 0);
    const day = await by('day');
    expect(day).toBeGreaterThan(0);
    for (const g of ['client', 'law', 'week', 'activity'] as const) expect(await by(g)).toBe(day);
  });
});
