import Database from 'better-sqlite3-multiple-ciphers';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../electron/core/db/backup';
import { migrate, planMigrations, readApplied, splitStatements } from '../../electron/core/db/migrate';
import { openDatabase } from '../../electron/core/db/open';
import { SchotvrijError } from '../../electron/core/errors';
import { createCore } from '../../electron/core/host';
import { fixedClock } from '../../electron/core/clock';
import { mig, V1, V2_ADD_COLUMN, V2_BREAKS_FK, V2_FAILS_HALFWAY, V2_REBUILD } from '../support/synthetic-migrations';
import { useTempDirs } from '../support/temp';

const tempDir = useTempDirs();
const opts = { appVersion: 'test', now: () => 1_700_000_000_000 };

function seeded(path: string) {
  const db = openDatabase(path);
  migrate(db, { ...opts, migrations: [V1] });
  const p = db.prepare('INSERT INTO parent (id, name) VALUES (?, ?)');
  const c = db.prepare('INSERT INTO child (id, parent_id, note) VALUES (?, ?, ?)');
  db.transaction(() => {
    for (let i = 0; i < 50; i++) {
      p.run(`p${i}`, `parent ${i}`);
      for (let j = 0; j < 4; j++) c.run(`c${i}-${j}`, `p${i}`, 'note');
    }
  })();
  return db;
}

const count = (db: Database.Database, t: string) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('migration runner', () => {
  it('the hazard is real: the same rebuild inside one transaction with foreign keys on wipes the children', () => {
    const db = seeded(join(tempDir(), 'stock.sqlite'));
    // What drizzle's stock migrator does: BEGIN; …all statements…; COMMIT — PRAGMA foreign_keys is ignored inside.
    db.exec('BEGIN');
    for (const stmt of V2_REBUILD.sql.split('--> statement-breakpoint')) db.exec(stmt);
    db.exec('COMMIT');
    expect(count(db, 'child')).toBe(0);
    db.close();
  });

  it('our runner rebuilds a parent table and keeps every child row', () => {
    const db = seeded(join(tempDir(), 'ours.sqlite'));
    const r = migrate(db, { ...opts, migrations: [V1, V2_REBUILD] });
    expect(r).toEqual({ from: 1, to: 2, applied: ['0001_rebuild_parent'] });
    expect(count(db, 'parent')).toBe(50);
    expect(count(db, 'child')).toBe(200);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    db.close();
  });

  it('rolls back a migration that would leave a foreign key violation', () => {
    const db = seeded(join(tempDir(), 'fk.sqlite'));
    expect(() => migrate(db, { ...opts, migrations: [V1, V2_BREAKS_FK] })).toThrow(/foreign key/);
    expect(readApplied(db).map((a) => a.tag)).toEqual(['0000_parent_child']);
    expect(count(db, 'child')).toBe(200);
    db.close();
  });

  it('rolls back a migration that fails halfway, leaving nothing of it', () => {
    const db = seeded(join(tempDir(), 'half.sqlite'));
    let err: unknown;
    try {
      migrate(db, { ...opts, migrations: [V1, V2_FAILS_HALFWAY] });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SchotvrijError);
    expect((err as SchotvrijError).code).toBe('DB_MIGRATION');
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'half_done'`).get()).toBeUndefined();
    expect(readApplied(db)).toHaveLength(1);
    db.close();
  });

  it('refuses a database written by a newer version and leaves the file byte-identical', () => {
    const path = join(tempDir(), 'newer.sqlite');
    const db = seeded(path);
    migrate(db, { ...opts, migrations: [V1, V2_ADD_COLUMN] });
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const before = sha(path);
    let err: unknown;
    try {
      createCore({ dbPath: path, migrations: [V1], clock: fixedClock(1) });
    } catch (e) {
      err = e;
    }
    expect((err as SchotvrijError).code).toBe('DB_NEWER');
    expect((err as SchotvrijError).messageNl).toMatch(/nieuwere versie/);
    expect(sha(path)).toBe(before);
  });

  it('refuses a changed hash and a diverging history', () => {
    const applied = [{ idx: 0, tag: V1.tag, hash: V1.hash, appliedAt: 1, appVersion: 't' }];
    expect(() => planMigrations(applied, [{ ...V1, hash: 'f'.repeat(64) }])).toThrow(/hash/);
    expect(() => planMigrations(applied, [mig(0, '0000_other', 'SELECT 1')])).toThrow();
    expect(planMigrations(applied, [V1, V2_ADD_COLUMN]).map((m) => m.tag)).toEqual(['0001_add_column']);
  });

  it('strips PRAGMA foreign_keys lines: the runner owns that switch', () => {
    expect(splitStatements(V2_REBUILD.sql).some((s) => /PRAGMA foreign_keys/i.test(s))).toBe(false);
    expect(splitStatements(V2_REBUILD.sql)).toHaveLength(4);
  });

  it('takes a verified pre-migration backup holding the old version and its rows', () => {
    const dir = tempDir();
    const path = join(dir, 'app.sqlite');
    seeded(path).close();
    const core = createCore({ dbPath: path, migrations: [V1, V2_ADD_COLUMN], clock: fixedClock(Date.UTC(2026, 5, 1)), dailyBackup: false });
    expect(core.migration).toMatchObject({ from: 1, to: 2 });
    const backups = listBackups(core.backupDir);
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatchObject({ kind: 'pre-migrate', schemaVersion: 1, counts: { parent: 50, child: 200 } });
    const copy = new Database(backups[0]!.file, { readonly: true });
    expect(count(copy, 'child')).toBe(200);
    copy.close();
    core.close();
  });
});
