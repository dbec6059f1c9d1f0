/**
 * Our own migration runner over drizzle-kit's SQL files (architecture.md §6).
 *
 * Why not drizzle's stock migrator: it wraps ALL pending migrations in one
 * transaction. SQLite ignores `PRAGMA foreign_keys` inside a transaction, so
 * drizzle-kit's table rebuild (foreign_keys=OFF → copy → DROP → RENAME) runs with
 * foreign keys ON and the DROP fires ON DELETE CASCADE: the migration "succeeds"
 * and the child rows are gone (drizzle-orm #5782). It also compares only the newest
 * timestamp and never checks the hashes it stores.
 *
 * This runner:
 * - refuses a database with a migration we do not know (written by a newer app),
 *   one whose applied list is not a prefix of ours, or one whose hash changed;
 * - applies each migration in its own BEGIN IMMEDIATE … COMMIT, with foreign keys
 *   switched OFF outside the transaction, then `foreign_key_check` before COMMIT;
 * - stays at the last good migration on any error.
 * The caller takes the verified backup before anything is applied.
 */
import type { Db } from './open';
import { SchotvrijError } from '../errors';

export interface Migration {
  idx: number;
  tag: string;
  hash: string;
  sql: string;
}

export interface AppliedMigration {
  idx: number;
  tag: string;
  hash: string;
  appliedAt: number;
  appVersion: string;
}

export const BOOKKEEPING_DDL = `CREATE TABLE IF NOT EXISTS __migrations (
  idx INTEGER PRIMARY KEY,
  tag TEXT NOT NULL UNIQUE,
  hash TEXT NOT NULL,
  applied_at INTEGER NOT NULL,
  app_version TEXT NOT NULL
)`;

export function readApplied(db: Db): AppliedMigration[] {
  const exists = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__migrations'`).get();
  if (!exists) return [];
  return db
    .prepare(`SELECT idx, tag, hash, applied_at AS appliedAt, app_version AS appVersion FROM __migrations ORDER BY idx`)
    .all() as AppliedMigration[];
}

/** Schema version = number of applied migrations (0 for an empty database). */
export function schemaVersionOf(db: Db): number {
  return readApplied(db).length;
}

/**
 * Pure decision: which migrations are pending, or why we must refuse.
 * The applied list must be exactly a prefix of the available list — same index,
 * same tag, same hash — otherwise the database was written by another version.
 */
export function planMigrations(applied: readonly AppliedMigration[], available: readonly Migration[]): Migration[] {
  for (const a of applied) {
    const m = available[a.idx];
    if (!m || m.tag !== a.tag) {
      const newer = applied.length > available.length || !available.some((x) => x.tag === a.tag);
      throw newer
        ? new SchotvrijError(
            'DB_NEWER',
            `Deze database is gemaakt door een nieuwere versie van Schotvrij (schemaversie ${applied.length}, deze versie kent ${available.length}). Werk Schotvrij bij; de database is niet gewijzigd.`,
            `database was written by a newer Schotvrij (schema version ${applied.length}, this version knows ${available.length}; unknown migration ${a.tag}); nothing was changed`,
            { schemaVersion: applied.length, latestSchemaVersion: available.length, unknownTag: a.tag },
          )
        : new SchotvrijError(
            'DB_MIGRATION',
            'De migratiegeschiedenis van deze database past niet bij deze versie van Schotvrij. De database is niet gewijzigd.',
            `migration history mismatch at index ${a.idx}: database has ${a.tag}, this version has ${m?.tag ?? 'nothing'}`,
            { idx: a.idx, tag: a.tag },
          );
    }
    if (m.hash !== a.hash) {
      throw new SchotvrijError(
        'DB_MIGRATION',
        'Een toegepaste migratie is later gewijzigd; Schotvrij weigert deze database te migreren. De database is niet gewijzigd.',
        `migration ${a.tag} was applied with hash ${a.hash.slice(0, 12)}… but this version has ${m.hash.slice(0, 12)}…`,
        { tag: a.tag },
      );
    }
  }
  return available.slice(applied.length);
}

/** drizzle-kit separates statements with this marker. */
export function splitStatements(sql: string): string[] {
  return sql
    .split('--> statement-breakpoint')
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    // The runner owns foreign_keys (it must be toggled OUTSIDE the transaction).
    .filter((s) => !/^PRAGMA\s+foreign_keys\s*=/i.test(s));
}

/**
 * Applies ONE migration atomically. On any error the transaction rolls back and the
 * database stays at the previous version.
 */
export function applyMigration(db: Db, m: Migration, appliedAt: number, appVersion: string): void {
  // IMPORTANT: must run outside a transaction; inside one SQLite silently ignores it.
  db.pragma('foreign_keys = OFF');
  try {
    db.exec('BEGIN IMMEDIATE');
    try {
      db.exec(BOOKKEEPING_DDL);
      for (const stmt of splitStatements(m.sql)) db.exec(stmt);
      const violations = db.pragma('foreign_key_check') as unknown[];
      if (violations.length > 0) {
        throw new SchotvrijError(
          'DB_MIGRATION',
          'Een migratie zou verwijzingen tussen gegevens breken; de database is teruggezet naar de vorige versie.',
          `migration ${m.tag} leaves ${violations.length} foreign key violation(s); rolled back`,
          { tag: m.tag, violations: violations.slice(0, 10) },
        );
      }
      db.prepare('INSERT INTO __migrations (idx, tag, hash, applied_at, app_version) VALUES (?, ?, ?, ?, ?)').run(
        m.idx,
        m.tag,
        m.hash,
        appliedAt,
        appVersion,
      );
      // Mirrors the schema version in the file header, readable by any SQLite tool.
      db.pragma(`user_version = ${m.idx + 1}`);
      db.exec('COMMIT');
    } catch (e) {
      if (db.inTransaction) db.exec('ROLLBACK');
      if (e instanceof SchotvrijError) throw e;
      throw new SchotvrijError(
        'DB_MIGRATION',
        `Bijwerken van de database is mislukt (${m.tag}); de database is teruggezet naar de vorige versie.`,
        `migration ${m.tag} failed and was rolled back: ${(e as Error).message}`,
        { tag: m.tag },
      );
    }
  } finally {
    db.pragma('foreign_keys = ON');
  }
}

export interface MigrateOptions {
  migrations: readonly Migration[];
  appVersion: string;
  now: () => number;
  /** Called once, before the first pending migration, when the database already holds data. */
  beforeMigrate?: (from: number, to: number) => void;
  /** Stop after this schema version (tests build fixtures at older versions). */
  upTo?: number;
}

export interface MigrateResult {
  from: number;
  to: number;
  applied: string[];
}

export function migrate(db: Db, opts: MigrateOptions): MigrateResult {
  const applied = readApplied(db);
  let pending = planMigrations(applied, opts.migrations);
  if (opts.upTo !== undefined) pending = pending.filter((m) => m.idx < opts.upTo!);
  const from = applied.length;
  if (pending.length === 0) return { from, to: from, applied: [] };
  if (from > 0) opts.beforeMigrate?.(from, from + pending.length);
  const done: string[] = [];
  for (const m of pending) {
    applyMigration(db, m, opts.now(), opts.appVersion);
    done.push(m.tag);
  }
  return { from, to: from + done.length, applied: done };
}
