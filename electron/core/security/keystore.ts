/**
 * Key custody for the real workspace (docs/security.md §Encryption).
 *
 * Envelope encryption: the database is encrypted (SQLCipher v4 format) with a random
 * 32-byte DATA KEY. That key never touches disk in the clear: `<db>.keys.json` holds it
 * wrapped (AES-256-GCM) once per way in —
 *   password  — key-encryption key from scrypt (memory-hard; N=2^17, r=8, p=1: ~128 MiB, ~0.4 s);
 *   recovery  — key-encryption key from HKDF over a 160-bit random recovery key, printed once.
 * So a forgotten password costs nothing but the recovery key, changing the password
 * rewraps 32 bytes instead of rewriting the database, and "sleutel vernieuwen" (rekey)
 * replaces the data key itself.
 *
 * After a rekey the previous data keys are kept, wrapped with the CURRENT data key
 * ("retired"), so older backups stay restorable and a crash between writing this file
 * and finishing the database rekey can never leave a database nobody can open.
 *
 * The GCM tag authenticates every unwrap: a wrong password is detected, never "decrypts"
 * to garbage. The AAD binds each slot to this file's database id and slot kind, so slots
 * cannot be swapped between files.
 */
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes, randomUUID, scrypt, scryptSync, timingSafeEqual } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { SchotvrijError } from '../errors';

export const KEYS_FORMAT = 'schotvrij-keys';
export const KEYS_VERSION = 1;

export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}
/** Production cost. Tests pass a cheaper cost through the host options; the file records what was used. */
export const SCRYPT_COST: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const Wrapped = z.object({ iv: b64, data: b64 });
const PasswordSlot = Wrapped.extend({ kdf: z.object({ name: z.literal('scrypt'), N: z.number().int().min(2 ** 10).max(2 ** 22), r: z.number().int().min(1).max(32), p: z.number().int().min(1).max(16), salt: b64 }) });
const RecoverySlot = Wrapped.extend({ kdf: z.object({ name: z.literal('hkdf-sha256'), salt: b64 }) });
const RetiredKey = Wrapped.extend({ keyId: z.string() });

export const KeysFile = z.object({
  format: z.literal(KEYS_FORMAT),
  version: z.number().int(),
  databaseId: z.string(),
  /** Fingerprint of the current data key (not reversible): backups record it to find their key. */
  keyId: z.string(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  lockAfterMinutes: z.number().int(),
  slots: z.object({ password: PasswordSlot, recovery: RecoverySlot }),
  retired: z.array(RetiredKey),
});
export type KeysFile = z.infer<typeof KeysFile>;

export const keysPathFor = (dbPath: string) => `${dbPath}.keys.json`;

/** A non-reversible id for a data key: which key a backup needs. */
export function keyIdOf(dataKey: Uint8Array): string {
  return createHash('sha256').update('schotvrij-key-id\0').update(dataKey).digest('hex').slice(0, 16);
}

// ---------------------------------------------------------------- recovery key text

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const RECOVERY_BYTES = 20; // 160 bits → 32 base32 characters

/** 8 groups of 4 Crockford base32 characters: no I, L, O, U; easy to read aloud and type. */
export function formatRecoveryKey(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += CROCKFORD[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += CROCKFORD[(value << (5 - bits)) & 31];
  return out.match(/.{1,4}/g)!.join('-');
}

/** Lenient parse: case, spaces and dashes ignored; O→0, I/L→1 as Crockford prescribes. Null if malformed. */
export function parseRecoveryKey(text: string): Uint8Array | null {
  const clean = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (clean.length !== Math.ceil((RECOVERY_BYTES * 8) / 5)) return null;
  const out = new Uint8Array(RECOVERY_BYTES);
  let bits = 0;
  let value = 0;
  let i = 0;
  for (const ch of clean) {
    const v = CROCKFORD.indexOf(ch);
    if (v < 0) return null;
    value = (value << 5) | v;
    bits += 5;
    if (bits >= 8) {
      out[i++] = (value >>> (bits - 8)) & 255;
      bits -= 8;
    }
    value &= (1 << bits) - 1;
  }
  return i === RECOVERY_BYTES ? out : null;
}

// ---------------------------------------------------------------- wrapping

const aad = (databaseId: string, slot: string) => Buffer.from(`schotvrij-keyslot-v1|${slot}|${databaseId}`, 'utf8');

function wrap(kek: Uint8Array, dataKey: Uint8Array, ad: Buffer): { iv: string; data: string } {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', kek, iv);
  c.setAAD(ad);
  const data = Buffer.concat([c.update(dataKey), c.final(), c.getAuthTag()]);
  return { iv: iv.toString('base64'), data: data.toString('base64') };
}

/** Null when the tag does not verify: wrong secret, or a slot that was tampered with. */
function unwrap(kek: Uint8Array, w: { iv: string; data: string }, ad: Buffer): Buffer | null {
  const data = Buffer.from(w.data, 'base64');
  if (data.length !== 32 + 16) return null;
  try {
    const d = createDecipheriv('aes-256-gcm', kek, Buffer.from(w.iv, 'base64'));
    d.setAAD(ad);
    d.setAuthTag(data.subarray(32));
    return Buffer.concat([d.update(data.subarray(0, 32)), d.final()]);
  } catch {
    return null;
  }
}

function scryptOptions(cost: ScryptCost) {
  // maxmem must exceed 128·N·r bytes or node refuses; leave headroom.
  return { N: cost.N, r: cost.r, p: cost.p, maxmem: 256 * cost.N * cost.r + 1024 * 1024 };
}

/** Passwords are compared as Unicode NFC: the same password typed on another keyboard layout still matches. */
const passwordBytes = (password: string) => Buffer.from(password.normalize('NFC'), 'utf8');

function passwordKekAsync(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  return new Promise((resolve, reject) => scrypt(passwordBytes(password), salt, 32, scryptOptions(cost), (err, key) => (err ? reject(err) : resolve(key))));
}
function passwordKekSync(password: string, salt: Buffer, cost: ScryptCost): Buffer {
  return scryptSync(passwordBytes(password), salt, 32, scryptOptions(cost));
}
function recoveryKek(recovery: Uint8Array, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', recovery, salt, 'schotvrij recovery v1', 32));
}

// ---------------------------------------------------------------- the file

export function readKeysFile(path: string): KeysFile | null {
  if (!existsSync(path)) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new SchotvrijError('DB_KEY', 'Het sleutelbestand van deze omgeving is beschadigd.', `keys file ${path} is not valid JSON`);
  }
  const parsed = KeysFile.safeParse(raw);
  if (!parsed.success) throw new SchotvrijError('DB_KEY', 'Het sleutelbestand van deze omgeving is beschadigd.', `keys file ${path} does not match the keys format`);
  if (parsed.data.version > KEYS_VERSION) {
    throw new SchotvrijError('DB_NEWER', 'Het sleutelbestand komt van een nieuwere versie van Schotvrij.', `keys file version ${parsed.data.version} is newer than ${KEYS_VERSION}`);
  }
  return parsed.data;
}

/** Temp file, fsync, rename, fsync the folder: after a crash the old or the new file is there, whole. */
export function writeKeysFile(path: string, file: KeysFile): void {
  const tmp = `${path}.partial`;
  writeFileSync(tmp, JSON.stringify(file, null, 2), { mode: 0o600 });
  const fd = openSync(tmp, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
  try {
    const dfd = openSync(dirname(path), 'r');
    try {
      fsyncSync(dfd);
    } finally {
      closeSync(dfd);
    }
  } catch {
    // Directories cannot be fsynced on Windows; the rename is atomic there anyway.
  }
}

export interface NewKeys {
  file: KeysFile;
  dataKey: Buffer;
  recoveryKey: string;
}

async function passwordSlot(databaseId: string, dataKey: Uint8Array, password: string, cost: ScryptCost): Promise<KeysFile['slots']['password']> {
  const salt = randomBytes(16);
  const kek = await passwordKekAsync(password, salt, cost);
  return { kdf: { name: 'scrypt', ...cost, salt: salt.toString('base64') }, ...wrap(kek, dataKey, aad(databaseId, 'password')) };
}

function recoverySlot(databaseId: string, dataKey: Uint8Array): { slot: KeysFile['slots']['recovery']; recoveryKey: string } {
  const recovery = randomBytes(RECOVERY_BYTES);
  const salt = randomBytes(16);
  const slot = { kdf: { name: 'hkdf-sha256' as const, salt: salt.toString('base64') }, ...wrap(recoveryKek(recovery, salt), dataKey, aad(databaseId, 'recovery')) };
  return { slot, recoveryKey: formatRecoveryKey(recovery) };
}

/** A fresh data key with a password slot and a new recovery key. */
export async function createKeys(opts: { password: string; now: number; lockAfterMinutes: number; cost?: ScryptCost; databaseId?: string }): Promise<NewKeys> {
  const databaseId = opts.databaseId ?? randomUUID();
  const dataKey = randomBytes(32);
  const password = await passwordSlot(databaseId, dataKey, opts.password, opts.cost ?? SCRYPT_COST);
  const { slot: recovery, recoveryKey } = recoverySlot(databaseId, dataKey);
  const file: KeysFile = {
    format: KEYS_FORMAT,
    version: KEYS_VERSION,
    databaseId,
    keyId: keyIdOf(dataKey),
    createdAt: opts.now,
    updatedAt: opts.now,
    lockAfterMinutes: opts.lockAfterMinutes,
    slots: { password, recovery },
    retired: [],
  };
  return { file, dataKey, recoveryKey };
}

/** Same database, new data key: the old key is retired (wrapped with the new one), new recovery key. */
export async function rotateDataKey(file: KeysFile, oldKey: Uint8Array, password: string, now: number, cost?: ScryptCost): Promise<NewKeys> {
  const dataKey = randomBytes(32);
  const pw = await passwordSlot(file.databaseId, dataKey, password, cost ?? costOf(file));
  const { slot: recovery, recoveryKey } = recoverySlot(file.databaseId, dataKey);
  const oldId = keyIdOf(oldKey);
  // Every earlier key is re-wrapped under the new key, so one unwrap reaches all of them.
  const retired = [{ keyId: oldId, ...wrap(dataKey, oldKey, aad(file.databaseId, `retired:${oldId}`)) }];
  for (const r of file.retired) {
    const k = unwrap(oldKey, r, aad(file.databaseId, `retired:${r.keyId}`));
    if (k) retired.push({ keyId: r.keyId, ...wrap(dataKey, k, aad(file.databaseId, `retired:${r.keyId}`)) });
  }
  return { file: { ...file, keyId: keyIdOf(dataKey), updatedAt: now, slots: { password: pw, recovery }, retired }, dataKey, recoveryKey };
}

const costOf = (file: KeysFile): ScryptCost => ({ N: file.slots.password.kdf.N, r: file.slots.password.kdf.r, p: file.slots.password.kdf.p });

/** The same data key under a new password (recovery slot unchanged). */
export async function rewrapPassword(file: KeysFile, dataKey: Uint8Array, newPassword: string, now: number, cost?: ScryptCost): Promise<KeysFile> {
  return { ...file, updatedAt: now, slots: { ...file.slots, password: await passwordSlot(file.databaseId, dataKey, newPassword, cost ?? costOf(file)) } };
}

export async function unlockWithPassword(file: KeysFile, password: string): Promise<Buffer | null> {
  const s = file.slots.password;
  const kek = await passwordKekAsync(password, Buffer.from(s.kdf.salt, 'base64'), s.kdf);
  return checked(file, unwrap(kek, s, aad(file.databaseId, 'password')));
}

export function unlockWithPasswordSync(file: KeysFile, password: string): Buffer | null {
  const s = file.slots.password;
  const kek = passwordKekSync(password, Buffer.from(s.kdf.salt, 'base64'), s.kdf);
  return checked(file, unwrap(kek, s, aad(file.databaseId, 'password')));
}

export function unlockWithRecovery(file: KeysFile, recoveryText: string): Buffer | null {
  const recovery = parseRecoveryKey(recoveryText);
  if (!recovery) return null;
  const s = file.slots.recovery;
  return checked(file, unwrap(recoveryKek(recovery, Buffer.from(s.kdf.salt, 'base64')), s, aad(file.databaseId, 'recovery')));
}

/** The unwrapped key must be the one the file says is current (guards against a swapped slot). */
function checked(file: KeysFile, key: Buffer | null): Buffer | null {
  if (!key) return null;
  const a = Buffer.from(keyIdOf(key));
  const b = Buffer.from(file.keyId);
  return a.length === b.length && timingSafeEqual(a, b) ? key : null;
}

/** Earlier data keys, for backups made before a rekey; keyed by keyId. */
export function retiredKeys(file: KeysFile, dataKey: Uint8Array): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const r of file.retired) {
    const k = unwrap(dataKey, r, aad(file.databaseId, `retired:${r.keyId}`));
    if (k && keyIdOf(k) === r.keyId) out.set(r.keyId, k);
  }
  return out;
}

/**
 * A secret from SCHOTVRIJ_KEY or a key file: the password or the recovery key. The
 * recovery key is tried first only when the text has its shape (cheap); otherwise scrypt.
 */
export function unlockWithSecretSync(file: KeysFile, secret: string): Buffer | null {
  if (parseRecoveryKey(secret)) {
    const k = unlockWithRecovery(file, secret);
    if (k) return k;
  }
  return unlockWithPasswordSync(file, secret);
}

/** Overwrite key material we are done with (best effort: JS strings cannot be wiped, buffers can). */
export function wipe(buf: Uint8Array | null | undefined): void {
  buf?.fill(0);
}
