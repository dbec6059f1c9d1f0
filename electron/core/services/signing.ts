/**
 * The installation's Ed25519 identity: bundles are signed with it, the receiver checks
 * them against the public key it trusted (by comparing the fingerprint by phone).
 * node:crypto only; the private key lives in the (encrypted) database.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign as edSign, verify as edVerify, type KeyObject } from 'node:crypto';
import { signingKey } from '../../../shared/schema/index';
import type { CoreContext } from '../context';

// DER prefixes of Ed25519 keys: PKCS#8 private key around a 32-byte seed, SPKI public key around 32 raw bytes.
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export interface KeyPairMaterial {
  publicKey: Buffer;
  privateKeyDer: Buffer;
}

/** A new key pair; from a 32-byte seed (demo installations) it is deterministic. */
export function newKeyPair(seed?: Uint8Array): KeyPairMaterial {
  let privateKey: KeyObject;
  if (seed) {
    if (seed.length !== 32) throw new Error('an Ed25519 seed is 32 bytes');
    privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, Buffer.from(seed)]), format: 'der', type: 'pkcs8' });
  } else {
    privateKey = generateKeyPairSync('ed25519').privateKey;
  }
  const spki = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
  return { publicKey: Buffer.from(spki.subarray(SPKI_PREFIX.length)), privateKeyDer: Buffer.from(privateKey.export({ format: 'der', type: 'pkcs8' })) };
}

export function publicKeyObject(raw: Uint8Array): KeyObject {
  if (raw.length !== 32) throw new Error('an Ed25519 public key is 32 bytes');
  return createPublicKey({ key: Buffer.concat([SPKI_PREFIX, Buffer.from(raw)]), format: 'der', type: 'spki' });
}

/** "3F2A 91C0 …": SHA-256 of the public key, first 16 bytes — what people read aloud to compare. */
export function fingerprint(publicKey: Uint8Array): string {
  const hex = createHash('sha256').update(publicKey).digest('hex').slice(0, 32).toUpperCase();
  return hex.match(/.{4}/g)!.join(' ');
}

export function signBytes(privateKeyDer: Uint8Array, data: Uint8Array): Buffer {
  return edSign(null, data, createPrivateKey({ key: Buffer.from(privateKeyDer), format: 'der', type: 'pkcs8' }));
}

export function verifyBytes(publicKey: Uint8Array, data: Uint8Array, signature: Uint8Array): boolean {
  try {
    return edVerify(null, data, publicKeyObject(publicKey), signature);
  } catch {
    return false;
  }
}

export interface InstallationKey {
  id: string;
  publicKey: Buffer;
  privateKeyDer: Buffer;
  fingerprint: string;
}

/** This installation's key, created on first use (or from `seed` for a demo installation). */
export function installationKey(ctx: Pick<CoreContext, 'orm' | 'clock' | 'ids'>, seed?: Uint8Array): InstallationKey {
  const row = ctx.orm.select().from(signingKey).limit(1).get();
  if (row) return { id: row.id, publicKey: Buffer.from(row.publicKey, 'base64'), privateKeyDer: Buffer.from(row.privateKey, 'base64'), fingerprint: row.fingerprint };
  const pair = newKeyPair(seed);
  const key = { id: ctx.ids.newId(), publicKey: pair.publicKey, privateKeyDer: pair.privateKeyDer, fingerprint: fingerprint(pair.publicKey) };
  ctx.orm
    .insert(signingKey)
    .values({ id: key.id, publicKey: key.publicKey.toString('base64'), privateKey: key.privateKeyDer.toString('base64'), fingerprint: key.fingerprint, createdAt: ctx.clock.now() })
    .run();
  return key;
}

/** Deterministic seed for a demo installation's key: same seed and installation → same key. */
export function demoKeySeed(seed: number, installationId: string): Uint8Array {
  return createHash('sha256').update(`schotvrij-demo-key:${seed}:${installationId}`).digest();
}
