import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock, type Clock } from '../../electron/core/clock';
import { listBackups } from '../../electron/core/db/backup';
import { generateDemo } from '../../electron/core/demo/generator';
import { SchotvrijError } from '../../electron/core/errors';
import { createCore } from '../../electron/core/host';
import { useTempDirs } from '../support/temp';

const tempDir = useTempDirs();
const DAY = 86_400_000;

function settableClock(start: number): Clock & { set(ms: number): void } {
  let t = start;
  return { now: () => t++, set: (ms) => (t = ms) };
}

describe('backups', () => {
  it('takes the first automatic backup of each day on open, and rotates', () => {
    const dir = tempDir();
    const dbPath = join(dir, 'app.sqlite');
    const clock = settableClock(Date.UTC(2026, 0, 1, 9));
    generateDemo(createCore({ dbPath, clock }), { role: 'arrangeur', size: 'small', seed: 1 });
    for (let day = 0; day < 40; day++) {
      clock.set(Date.UTC(2026, 0, 1, 9) + day * DAY);
      createCore({ dbPath, clock }).close();
      // A second open on the same day takes no second backup.
      clock.set(Date.UTC(2026, 0, 1, 15) + day * DAY);
      createCore({ dbPath, clock }).close();
    }
    const auto = listBackups(join(dir, 'backups')).filter((b) => b.kind === 'auto');
    const days = new Set(auto.map((b) => new Date(b.createdAt).toISOString().slice(0, 10)));
    expect(days.size).toBe(auto.length);
    // 7 daily + up to 4 weekly (some coincide)
    expect(auto.length).toBeGreaterThanOrEqual(8);
    expect(auto.length).toBeLessThanOrEqual(11);
    expect(new Date(auto[0]!.createdAt).toISOString().slice(0, 10)).toBe('2026-02-09');
    for (const b of auto) expect(b.counts.client).toBe(25);
  });

  it('never leaves a .partial file and lists only verified backups', () => {
    const dir = tempDir();
    const core = createCore({ dbPath: join(dir, 'a.sqlite'), clock: fixedClock(Date.UTC(2026, 1, 1), 1000) });
    generateDemo(core, { role: 'kassier', size: 'small', seed: 2 });
    writeFileSync(join(dir, 'backups-dummy'), 'x');
    const b = core.backup('manual');
    // A stray partial from a crash is cleaned by the next backup.
    writeFileSync(`${b.file}-crashed.sqlite.partial`, 'half');
    core.backup('manual');
    expect(readdirSync(join(dir, 'backups')).filter((f) => f.endsWith('.partial'))).toEqual([]);
    // A backup without a sidecar (not verified) is not offered.
    writeFileSync(join(dir, 'backups', 'rogue.sqlite'), 'x');
    expect(listBackups(join(dir, 'backups')).every((x) => x.quickCheck === 'ok')).toBe(true);
    expect(listBackups(join(dir, 'backups'))).toHaveLength(2);
    core.close();
  });

  it('restore replaces the data, keeps a pre-restore copy and tells listeners', async () => {
    const dir = tempDir();
    const core = createCore({ dbPath: join(dir, 'a.sqlite'), clock: fixedClock(Date.UTC(2026, 1, 1), 1000) });
    generateDemo(core, { role: 'arrangeur', size: 'small', seed: 3 });
    const snapshot = core.backup('manual');
    await core.call('clients.create', { achternaam: 'Na-de-kopie', geboortedatum: '1950-01-01' });
    const events: unknown[] = [];
    core.onEvent((e) => events.push(e));
    core.restore(snapshot.file);
    expect((await core.call('clients.list', { search: 'na-de-kopie' })).total).toBe(0);
    expect((await core.call('clients.list', {})).total).toBe(25);
    expect(events).toContainEqual({ type: 'changed', tables: ['workspace'] });
    const pre = listBackups(core.backupDir).find((b) => b.kind === 'pre-restore');
    expect(pre?.counts.client).toBe(26);
    core.close();
  });

  it('refuses to restore a damaged backup and leaves the live database as it was', async () => {
    const dir = tempDir();
    const core = createCore({ dbPath: join(dir, 'a.sqlite'), clock: fixedClock(Date.UTC(2026, 1, 1), 1000) });
    generateDemo(core, { role: 'kassier', size: 'small', seed: 4 });
    const b = core.backup('manual');
    const bytes = readFileSync(b.file);
    bytes.fill(0x5a, 4096, 4096 * 3);
    writeFileSync(b.file, bytes);
    let err: unknown;
    try {
      core.restore(b.file);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SchotvrijError);
    expect((await core.call('clients.list', {})).total).toBe(200);
    expect((await core.call('system.verify', { full: true })).ok).toBe(true);
    core.close();
  });
});
