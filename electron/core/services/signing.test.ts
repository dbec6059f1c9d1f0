import { describe, expect, it } from 'vitest';
import { demoKeySeed, fingerprint, newKeyPair, signBytes, verifyBytes } from './signing';

describe('Ed25519 signing', () => {
  it('signs and verifies; a flipped byte or another key fails', () => {
    const a = newKeyPair();
    const b = newKeyPair();
    const data = Buffer.from('manifest bytes');
    const sig = signBytes(a.privateKeyDer, data);
    expect(sig).toHaveLength(64);
    expect(verifyBytes(a.publicKey, data, sig)).toBe(true);
    expect(verifyBytes(b.publicKey, data, sig)).toBe(false);
    const tampered = Buffer.from(data);
    tampered[0]! ^= 1;
    expect(verifyBytes(a.publicKey, tampered, sig)).toBe(false);
    expect(verifyBytes(a.publicKey, data, Buffer.alloc(64))).toBe(false);
    expect(verifyBytes(Buffer.alloc(5), data, sig)).toBe(false);
  });

  it('derives demo keys deterministically from the seed', () => {
    const s = demoKeySeed(1, 'inst-1');
    expect(newKeyPair(s).publicKey.equals(newKeyPair(s).publicKey)).toBe(true);
    expect(newKeyPair(demoKeySeed(2, 'inst-1')).publicKey.equals(newKeyPair(s).publicKey)).toBe(false);
  });

  it('shows a fingerprint people can read aloud', () => {
    expect(fingerprint(newKeyPair(demoKeySeed(1, 'x')).publicKey)).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
  });
});
