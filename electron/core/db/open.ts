import { closeSync, openSync, readSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { SchotvrijError } from '../errors';

export type Db = Database.Database;

/**
 * A database key: a passphrase (run through SQLCipher's PBKDF2), or 32 raw bytes
 * (already derived by our own KDF, passed as x'…' so no second KDF runs).
 */
export type DbKey = { passphrase: string } | { raw: Uint8Array };

export interface OpenOptions {
  key?: DbKey | undefined;
  readonly?: boolean;
  fileMustExist?: boolean;
  /** Page cache in KiB; raise for bulk import (architecture.md §6.2). */
  cacheKib?: number;
  /**
   * Runs after the key check and BEFORE any pragma that writes (journal_mode=WAL
   * rewrites the file header): the place to refuse a file that is not ours, untouched.
   */
  inspect?: (db: Db) => void;
}

export function keyPragma(key: DbKey): string {
  if ('raw' in key) {
    if (key.raw.length !== 32) throw new Error('raw database key must be 32 bytes');
    return `"x'${Buffer.from(key.raw).toString('hex')}'"`;
  }
  return `'${key.passphrase.replace(/'/g, "''")}'`;
}

/**
 * Opens a Schotvrij database with the house pragmas.
 *
 * IMPORTANT: the cipher and key pragmas must be the FIRST statements on the
 * connection — SQLite3MultipleCiphers reads page 1 lazily, and any earlier
 * statement would try to read an encrypted page as plaintext. This is the only
 * place that keys a connection.
 */
export function openDatabase(path: string, opts: OpenOptions = {}): Db {
  let db: Db;
  try {
    db = new Database(path, { readonly: opts.readonly ?? false, fileMustExist: opts.fileMustExist ?? false });
  } catch (e) {
    throw new SchotvrijError(
      'DB_OPEN',
      'Het databasebestand kan niet worden geopend of aangemaakt.',
      `cannot open database file ${path}: ${(e as Error).message}`,
    );
  }
  try {
    if (opts.key) {
      // SQLCipher v4 compatible format (cipher=sqlcipher, legacy=4): readable by standard tools.
      db.pragma(`cipher='sqlcipher'`);
      db.pragma('legacy=4');
      db.pragma(`key=${keyPragma(opts.key)}`);
    }
    // Proves the key (or the absence of one) before anything else touches the file.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    opts.inspect?.(db);
  } catch (e) {
    db.close();
    const code = (e as { code?: string }).code;
    if (code === 'SQLITE_NOTADB') {
      throw opts.key
        ? new SchotvrijError(
            'DB_KEY',
            'De database kan niet worden geopend: de sleutel klopt niet, of dit is geen Schotvrij-database.',
            `cannot open ${path}: wrong key, or not a Schotvrij database`,
          )
        : new SchotvrijError(
            'DB_KEY',
            'Deze database is versleuteld of is geen Schotvrij-database. Geef de sleutel op.',
            `cannot open ${path}: the file is encrypted (set SCHOTVRIJ_KEY) or is not a SQLite database`,
          );
    }
    throw e;
  }
  if (!opts.readonly) {
    // WAL: readers never block the writer; the backup/verify connections read alongside.
    db.pragma('journal_mode = WAL');
    // FULL: a commit survives power loss. 0.41 ms per commit — invisible at human pace.
    db.pragma('synchronous = FULL');
  }
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Temp tables and sort spills stay in memory: no plaintext temp files next to an encrypted db.
  db.pragma('temp_store = MEMORY');
  db.pragma(`cache_size = -${opts.cacheKib ?? 16000}`);
  return db;
}

/** True when the file does not start with the plain SQLite header (i.e. it is encrypted). */
export function isEncryptedFile(path: string): boolean | null {
  // An unencrypted SQLite file starts with this header; SQLCipher files start with a random salt.
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    const buf = Buffer.alloc(16);
    const n = readSync(fd, buf, 0, 16, 0);
    if (n === 0) return null;
    return buf.toString('latin1') !== 'SQLite format 3\u0000';
  } catch {
    return null;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/**
 * Re-encrypt an open database under `to` (or encrypt a plaintext one). SQLite3MultipleCiphers
 * cannot rekey in WAL mode, so the journal goes to DELETE for the duration: the rekey then runs
 * as one rollback-journal transaction — a crash leaves the old key or the new one, whole.
 */
export function rekeyConnection(db: Db, to: DbKey, wasEncrypted: boolean): void {
  const wal = (db.pragma('journal_mode', { simple: true }) as string) === 'wal';
  if (wal) {
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode = DELETE');
  }
  if (!wasEncrypted) {
    // A plaintext connection has no cipher configured yet: the same format as openDatabase.
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
  }
  db.pragma(`rekey=${keyPragma(to)}`);
  if (wal) db.pragma('journal_mode = WAL');
}
