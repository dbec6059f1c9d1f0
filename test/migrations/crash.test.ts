import Database from 'better-sqlite3-multiple-ciphers';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { migrate, readApplied } from '../../electron/core/db/migrate';
import { openDatabase } from '../../electron/core/db/open';
import { mulberry32, spawnTs, waitForExit, waitForLine } from '../support/child';
import { HEAVY_V1, HEAVY_V2 } from '../support/heavy-migrations';
import { useTempDirs } from '../support/temp';

const tempDir = useTempDirs();
const PARENTS = 150_000;
const ITERATIONS = 6;

function counts(db: Database.Database) {
  const n = (t: string) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
  return { parent: n('parent'), child: n('child') };
}

describe('SIGKILL during a migration', () => {
  let base: string;
  let fullRunMs: number;

  beforeAll(async () => {
    base = join(tempDir(), 'base.sqlite');
    const db = openDatabase(base);
    migrate(db, { migrations: [HEAVY_V1], appVersion: 't', now: () => 1 });
    const p = db.prepare('INSERT INTO parent (id, name) VALUES (?, ?)');
    const c = db.prepare('INSERT INTO child (id, parent_id, note) VALUES (?, ?, ?)');
    db.transaction(() => {
      for (let i = 0; i < PARENTS; i++) {
        const id = `p${String(i).padStart(7, '0')}`;
        p.run(id, `parent ${i % 977}`);
        c.run(`c${i}`, id, `note ${i % 31}`);
      }
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();

    // Calibrate: how long does the whole migration take in a child on this machine?
    const calib = join(tempDir(), 'calib.sqlite');
    copyFileSync(base, calib);
    const child = spawnTs('test/support/children/migrate-child.ts', [calib]);
    await waitForLine(child, 'START');
    const t0 = performance.now();
    await waitForLine(child, 'DONE');
    fullRunMs = performance.now() - t0;
    await waitForExit(child);
  }, 120_000);

  it(`leaves the database at the last good version, intact, in ${ITERATIONS} random kills`, async () => {
    const random = mulberry32(20261123);
    const outcomes: string[] = [];
    for (let i = 0; i < ITERATIONS; i++) {
      const path = join(tempDir(), `kill-${i}.sqlite`);
      // The base file is closed and checkpointed: copying it is safe here (never copy a live db).
      copyFileSync(base, path);
      const child = spawnTs('test/support/children/migrate-child.ts', [path]);
      await waitForLine(child, 'START');
      const delay = random() * fullRunMs;
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      const exit = await waitForExit(child);

      const db = openDatabase(path);
      expect(db.pragma('quick_check', { simple: true })).toBe('ok');
      const version = readApplied(db).length;
      expect([1, 2]).toContain(version);
      // Either the old schema or the new one, never a mix: no leftover rebuild table.
      expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = '__new_parent'`).get()).toBeUndefined();
      const hasIndex = db.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'parent_name_kind_idx'`).get() !== undefined;
      expect(hasIndex).toBe(version === 2);
      expect(counts(db)).toEqual({ parent: PARENTS, child: PARENTS });
      expect(db.pragma('foreign_key_check')).toEqual([]);
      // And the interrupted migration can simply be run again.
      migrate(db, { migrations: [HEAVY_V1, HEAVY_V2], appVersion: 't', now: () => 2 });
      expect(readApplied(db)).toHaveLength(2);
      expect(counts(db)).toEqual({ parent: PARENTS, child: PARENTS });
      db.close();
      outcomes.push(`${Math.round(delay)}ms→v${version}${exit.signal ? '' : ' (finished)'}`);
    }
    // The kills must actually have interrupted something at least once, or the test proves nothing.
    expect(outcomes.some((o) => o.includes('→v1'))).toBe(true);
    console.log(`migration ${Math.round(fullRunMs)} ms; kills: ${outcomes.join(', ')}`);
  }, 180_000);
});
