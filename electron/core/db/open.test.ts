import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../test/support/temp';
import { SchotvrijError } from '../errors';
import { isEncryptedFile, openDatabase } from './open';

const tempDir = useTempDirs();

describe('openDatabase', () => {
  it('sets the house pragmas', () => {
    const db = openDatabase(join(tempDir(), 'p.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('temp_store', { simple: true })).toBe(2); // MEMORY
    db.close();
  });

  it('encrypts with a raw 32-byte key: no plaintext on disk, wrong key refused with DB_KEY', () => {
    const path = join(tempDir(), 'k.sqlite');
    const raw = new Uint8Array(32).map((_, i) => i * 7);
    const db = openDatabase(path, { key: { raw } });
    db.exec("CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('Wilhelmina Jansen 999900006')");
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    expect(readFileSync(path).includes(Buffer.from('Wilhelmina'))).toBe(false);
    expect(isEncryptedFile(path)).toBe(true);
    const again = openDatabase(path, { key: { raw } });
    expect((again.prepare('SELECT x FROM t').get() as { x: string }).x).toMatch(/Wilhelmina/);
    again.close();
    const wrong = new Uint8Array(32).fill(1);
    expect(() => openDatabase(path, { key: { raw: wrong } })).toThrow(SchotvrijError);
    expect(() => openDatabase(path)).toThrow(/versleuteld|encrypted/);
  });

  it('knows a plain database', () => {
    const path = join(tempDir(), 'plain.sqlite');
    const db = openDatabase(path);
    db.exec('CREATE TABLE t (x)');
    db.close();
    expect(isEncryptedFile(path)).toBe(false);
  });
});
