/**
 * Verified backups (architecture.md §6.2).
 *
 * Mechanism: `VACUUM INTO` from the live connection. With SQLite3MultipleCiphers the
 * copy is encrypted with the live database's key (the online backup() API refuses an
 * encrypted source with a plain target), it is a consistent snapshot of committed
 * data while the app keeps running, and it is compacted. We never copy the live file:
 * a file copy without its -wal loses the newest commits.
 *
 * Publication is atomic: the copy is written as `<name>.partial`, verified with
 * `quick_check` through a fresh connection, fsynced, and only then renamed into place
 * with its sidecar `<name>.json`. A crash leaves at most a `.partial`, which listing
 * ignores and the next backup removes.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { BackupInfo } from '../../../shared/contract/index';
import { localDate } from '../../../shared/domain/dates';
import { SchotvrijError } from '../errors';
import { backupsToDelete } from './backup-rotation';
import { type Db, type DbKey, keyPragma, openDatabase, rekeyConnection } from './open';
import { schemaVersionOf } from './migrate';

export type BackupKind = BackupInfo['kind'];

export interface BackupTarget {
  db: Db;
  dbPath: string;
  dir: string;
  key?: DbKey | undefined;
  /** Fingerprint of the raw data key (security/keystore.ts keyIdOf), recorded in the sidecar. */
  keyId?: string | undefined;
  /** Head of the NEN 7513 chain at this moment: a later rewrite of the log shows up against it. */
  auditHead?: { seq: number; hash: string } | null;
  appVersion: string;
  now: number;
}

function stamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace('.', '');
}

export function fsyncPath(path: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    fsyncSync(fd);
  } catch {
    // Directories cannot be fsynced on Windows; the rename is still atomic there.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

export function tableCounts(db: Db): Record<string, number> {
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_\\_%' ESCAPE '\\' ORDER BY name`)
    .all() as { name: string }[];
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    counts[name] = (db.prepare(`SELECT count(*) AS n FROM "${name.replace(/"/g, '""')}"`).get() as { n: number }).n;
  }
  return counts;
}

export interface FileCheck {
  quickCheck: string;
  counts: Record<string, number>;
  schemaVersion: number;
}

/** Opens a database file read-only with the key and checks it. Throws DB_KEY on a wrong key. */
export function inspectDatabaseFile(path: string, key?: DbKey): FileCheck {
  const db = openDatabase(path, { key, readonly: true, fileMustExist: true });
  try {
    let quickCheck: string;
    try {
      quickCheck = (db.pragma('quick_check') as { quick_check: string }[]).map((r) => r.quick_check).join('; ');
    } catch (e) {
      // A badly damaged file makes SQLite throw instead of listing problems: same verdict.
      return { quickCheck: (e as Error).message, counts: {}, schemaVersion: 0 };
    }
    return { quickCheck, counts: quickCheck === 'ok' ? tableCounts(db) : {}, schemaVersion: schemaVersionOf(db) };
  } finally {
    db.close();
  }
}

export function takeBackup(target: BackupTarget, kind: BackupKind): BackupInfo {
  mkdirSync(target.dir, { recursive: true });
  const stem = basename(target.dbPath).replace(/\.[^.]+$/, '');
  const file = join(target.dir, `${stem}-${kind}-${stamp(target.now)}.sqlite`);
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  for (const f of readdirSync(target.dir)) if (f.endsWith('.partial')) rmSync(join(target.dir, f), { force: true });

  target.db.prepare('VACUUM INTO ?').run(partial);

  let check: FileCheck;
  try {
    check = inspectDatabaseFile(partial, target.key);
  } catch (e) {
    rmSync(partial, { force: true });
    throw e;
  }
  if (check.quickCheck !== 'ok') {
    rmSync(partial, { force: true });
    throw new SchotvrijError(
      'DB_INTEGRITY',
      'De reservekopie kon niet worden gecontroleerd en is niet bewaard.',
      `backup verification failed (quick_check: ${check.quickCheck}); the copy was discarded`,
    );
  }
  fsyncPath(partial);
  renameSync(partial, file);
  const info: BackupInfo = {
    file,
    kind,
    createdAt: target.now,
    schemaVersion: check.schemaVersion,
    appVersion: target.appVersion,
    sizeBytes: statSync(file).size,
    encrypted: target.key !== undefined,
    keyId: target.keyId ?? null,
    auditHead: target.auditHead ?? null,
    counts: check.counts,
    quickCheck: 'ok',
  };
  const sidecar = `${file}.json`;
  writeFileSync(`${sidecar}.partial`, JSON.stringify(info, null, 2));
  fsyncPath(`${sidecar}.partial`);
  renameSync(`${sidecar}.partial`, sidecar);
  fsyncPath(target.dir);

  rotateBackups(target.dir, file);
  return info;
}

/** Verified backups in `dir`, newest first. A backup without a valid sidecar is not listed. */
export function listBackups(dir: string): BackupInfo[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const out: BackupInfo[] = [];
  for (const name of names) {
    if (!name.endsWith('.sqlite.json')) continue;
    try {
      const parsed = BackupInfo.safeParse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
      if (!parsed.success) continue;
      const file = join(dir, name.slice(0, -'.json'.length));
      statSync(file);
      out.push({ ...parsed.data, file });
    } catch {
      continue;
    }
  }
  return out.sort((a, b) => b.createdAt - a.createdAt);
}

function rotateBackups(dir: string, justMade: string): void {
  const entries = listBackups(dir).map((b) => ({ file: b.file, kind: b.kind, createdAt: b.createdAt, localDate: localDate(b.createdAt) }));
  for (const file of backupsToDelete(entries, justMade)) {
    rmSync(`${file}.json`, { force: true });
    rmSync(file, { force: true });
  }
}

/**
 * Copies a verified backup over the (closed) live database path. The caller has
 * closed its connection and taken a pre-restore backup. The new file is built next
 * to the target and renamed over it, so a crash leaves either the old or the new
 * database, never a mix.
 */
export function restoreFileTo(backupFile: string, livePath: string, key?: DbKey, liveKey: DbKey | undefined = key): FileCheck {
  const check = inspectDatabaseFile(backupFile, key);
  if (check.quickCheck !== 'ok') {
    throw new SchotvrijError(
      'DB_INTEGRITY',
      'Deze reservekopie is beschadigd en kan niet worden teruggezet.',
      `backup ${backupFile} fails quick_check: ${check.quickCheck}`,
    );
  }
  const staging = `${livePath}.restoring`;
  rmSync(staging, { force: true });
  const src = openDatabase(backupFile, { key, readonly: true, fileMustExist: true });
  try {
    src.prepare('VACUUM INTO ?').run(staging);
  } finally {
    src.close();
  }
  // A backup from before "sleutel vernieuwen" is under a retired key: the copy takes the live key.
  if (liveKey && key && keyPragma(liveKey) !== keyPragma(key)) rekeyFile(staging, key, liveKey);
  fsyncPath(staging);
  // The live connection was closed cleanly, so its WAL is checkpointed; stale -wal/-shm
  // files must not be replayed onto the restored file.
  rmSync(`${livePath}-wal`, { force: true });
  rmSync(`${livePath}-shm`, { force: true });
  renameSync(staging, livePath);
  fsyncPath(dirname(livePath));
  return check;
}

/** Re-encrypt a closed database file under another key (plaintext → key works too). */
export function rekeyFile(path: string, from: DbKey | undefined, to: DbKey): void {
  const db = openDatabase(path, { key: from, fileMustExist: true });
  try {
    rekeyConnection(db, to, from !== undefined);
  } finally {
    db.close();
  }
}
