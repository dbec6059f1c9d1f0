/**
 * Sealing BSNs for the receiving kassier (docs/formats.md §1, "Sealed BSNs").
 *
 * ECIES over X25519: per bundle a fresh ephemeral key pair; the shared secret with the
 * kassier's public key goes through HKDF-SHA256 (salt = ephemeral ‖ recipient public key,
 * so the key is bound to both) into an AES-256-GCM key. The AAD binds the sealed entry to
 * its bundle (batch id and producing installation), so it cannot be lifted into another
 * bundle. The bundle is signed AFTER sealing (encrypt-then-sign): the kassier checks who
 * sent it before decrypting anything.
 *
 * node:crypto only. Private keys live in the (encrypted) database.
 */
import { createCipheriv, createDecipheriv, createPrivateKey, createPublicKey, diffieHellman, generateKeyPairSync, hkdfSync, randomBytes, type KeyObject } from 'node:crypto';
import { encryptionKey } from '../../../shared/schema/index';
import type { CoreContext } from '../context';

export const SEAL_SCHEME = 'x25519-hkdf-sha256-aes-256-gcm';
const X25519_SPKI_PREFIX = Buffer.from('302a300506032b656e032100', 'hex');

function publicKeyObject(raw: Uint8Array): KeyObject {
  if (raw.length !== 32) throw new Error('an X25519 public key is 32 bytes');
  return createPublicKey({ key: Buffer.concat([X25519_SPKI_PREFIX, Buffer.from(raw)]), format: 'der', type: 'spki' });
}
const rawPublic = (k: KeyObject) => Buffer.from(k.export({ format: 'der', type: 'spki' }).subarray(X25519_SPKI_PREFIX.length));

export interface BoxKey {
  publicKey: Buffer;
  privateKeyDer: Buffer;
}

/** This installation's X25519 key, made on first use. */
export function installationBoxKey(ctx: Pick<CoreContext, 'orm' | 'clock' | 'ids'>): BoxKey {
  const row = ctx.orm.select().from(encryptionKey).limit(1).get();
  if (row) return { publicKey: Buffer.from(row.publicKey, 'base64'), privateKeyDer: Buffer.from(row.privateKey, 'base64') };
  const pair = generateKeyPairSync('x25519');
  const key = { publicKey: rawPublic(pair.publicKey), privateKeyDer: Buffer.from(pair.privateKey.export({ format: 'der', type: 'pkcs8' })) };
  ctx.orm.insert(encryptionKey).values({ id: ctx.ids.newId(), publicKey: key.publicKey.toString('base64'), privateKey: key.privateKeyDer.toString('base64'), createdAt: ctx.clock.now() }).run();
  return key;
}

function deriveKey(shared: Buffer, ephemeral: Uint8Array, recipient: Uint8Array): Buffer {
  return Buffer.from(hkdfSync('sha256', shared, Buffer.concat([ephemeral, recipient]), 'schotvrij-bundle-seal v1', 32));
}

export interface Sealed {
  /** Base64 ephemeral public key, carried in the manifest. */
  ephemeralKey: string;
  /** iv(12) ‖ ciphertext ‖ tag(16). */
  bytes: Uint8Array;
}

export function seal(recipientPublicKey: Uint8Array, plaintext: Uint8Array, aad: string): Sealed {
  const eph = generateKeyPairSync('x25519');
  const ephRaw = rawPublic(eph.publicKey);
  const key = deriveKey(diffieHellman({ privateKey: eph.privateKey, publicKey: publicKeyObject(recipientPublicKey) }), ephRaw, recipientPublicKey);
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', key, iv);
  c.setAAD(Buffer.from(aad, 'utf8'));
  const ct = Buffer.concat([c.update(plaintext), c.final()]);
  return { ephemeralKey: ephRaw.toString('base64'), bytes: Buffer.concat([iv, ct, c.getAuthTag()]) };
}

/** Null when it does not open: not for this key, or changed. */
export function unseal(own: BoxKey, ephemeralKeyB64: string, bytes: Uint8Array, aad: string): Buffer | null {
  try {
    const eph = Buffer.from(ephemeralKeyB64, 'base64');
    if (eph.length !== 32 || bytes.length < 28) return null;
    const privateKey = createPrivateKey({ key: own.privateKeyDer, format: 'der', type: 'pkcs8' });
    const key = deriveKey(diffieHellman({ privateKey, publicKey: publicKeyObject(eph) }), eph, own.publicKey);
    const d = createDecipheriv('aes-256-gcm', key, Buffer.from(bytes.subarray(0, 12)));
    d.setAAD(Buffer.from(aad, 'utf8'));
    d.setAuthTag(Buffer.from(bytes.subarray(bytes.length - 16)));
    return Buffer.concat([d.update(bytes.subarray(12, bytes.length - 16)), d.final()]);
  } catch {
    return null;
  }
}

export const sealAad = (batchId: string, producerInstallationId: string) => `schotvrij-bundle|${batchId}|${producerInstallationId}`;
