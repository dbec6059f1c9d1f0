import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createKeys, formatRecoveryKey, keyIdOf, parseRecoveryKey, retiredKeys, rewrapPassword, rotateDataKey, unlockWithPassword, unlockWithRecovery, unlockWithSecretSync } from './keystore';

const CHEAP = { N: 2 ** 10, r: 8, p: 1 };

describe('recovery key text', () => {
  it('round-trips any 20 bytes through 8 groups of Crockford base32, typed sloppily', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 20, maxLength: 20 }), fc.boolean(), (bytes, sloppy) => {
        const text = formatRecoveryKey(bytes);
        expect(text).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
        const typed = sloppy ? text.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l') : text;
        expect(Buffer.from(parseRecoveryKey(typed)!)).toEqual(Buffer.from(bytes));
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses the wrong length and letters outside the alphabet', () => {
    expect(parseRecoveryKey('ABCD-EFGH')).toBeNull();
    expect(parseRecoveryKey(formatRecoveryKey(randomBytes(20)).replace(/^./, 'U'))).toBeNull();
  });
});

describe('key slots', () => {
  it('the password and the recovery key unwrap the same data key; wrong secrets unwrap nothing', async () => {
    const k = await createKeys({ password: 'wachtwoord één', now: 1, lockAfterMinutes: 10, cost: CHEAP });
    expect(k.file.keyId).toBe(keyIdOf(k.dataKey));
    expect(await unlockWithPassword(k.file, 'wachtwoord één')).toEqual(k.dataKey);
    // NFC: the same word typed with a combining accent.
    expect(await unlockWithPassword(k.file, 'wachtwoord e\u0301e\u0301n')).toEqual(k.dataKey);
    expect(await unlockWithPassword(k.file, 'wachtwoord een')).toBeNull();
    expect(unlockWithRecovery(k.file, k.recoveryKey)).toEqual(k.dataKey);
    expect(unlockWithRecovery(k.file, formatRecoveryKey(randomBytes(20)))).toBeNull();
    expect(unlockWithSecretSync(k.file, k.recoveryKey)).toEqual(k.dataKey);
    expect(unlockWithSecretSync(k.file, 'wachtwoord één')).toEqual(k.dataKey);
  });

  it('a slot swapped in from another keys file does not unlock (AAD binds it to its database)', async () => {
    const a = await createKeys({ password: 'zelfde wachtwoord', now: 1, lockAfterMinutes: 10, cost: CHEAP });
    const b = await createKeys({ password: 'zelfde wachtwoord', now: 1, lockAfterMinutes: 10, cost: CHEAP });
    const mixed = { ...a.file, slots: { ...a.file.slots, password: b.file.slots.password } };
    expect(await unlockWithPassword(mixed, 'zelfde wachtwoord')).toBeNull();
  });

  it('rewrap keeps the key and the recovery slot; rotation retires every earlier key under the new one', async () => {
    const k = await createKeys({ password: 'eerste wachtwoord', now: 1, lockAfterMinutes: 10, cost: CHEAP });
    const rewrapped = await rewrapPassword(k.file, k.dataKey, 'tweede wachtwoord', 2);
    expect(await unlockWithPassword(rewrapped, 'eerste wachtwoord')).toBeNull();
    expect(await unlockWithPassword(rewrapped, 'tweede wachtwoord')).toEqual(k.dataKey);
    expect(unlockWithRecovery(rewrapped, k.recoveryKey)).toEqual(k.dataKey);

    const r1 = await rotateDataKey(rewrapped, k.dataKey, 'tweede wachtwoord', 3);
    const r2 = await rotateDataKey(r1.file, r1.dataKey, 'tweede wachtwoord', 4);
    expect(unlockWithRecovery(r2.file, k.recoveryKey)).toBeNull();
    expect(unlockWithRecovery(r2.file, r2.recoveryKey)).toEqual(r2.dataKey);
    const retired = retiredKeys(r2.file, r2.dataKey);
    expect(retired.get(keyIdOf(k.dataKey))).toEqual(k.dataKey);
    expect(retired.get(keyIdOf(r1.dataKey))).toEqual(r1.dataKey);
  });
});
