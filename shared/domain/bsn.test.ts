import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bsnProblem, elfproefSum, isValidBsn, maskBsn, normalizeBsnInput } from './bsn';

describe('elfproef', () => {
  it('accepts the synthetic BSNs from the iWmo example message', () => {
    expect(elfproefSum('999900006')).toBe(264);
    expect(isValidBsn('999900006')).toBe(true);
    expect(isValidBsn('999900018')).toBe(true);
  });

  it('rejects a wrong check digit, wrong length, letters and all zeros', () => {
    expect(isValidBsn('999900007')).toBe(false);
    expect(isValidBsn('99990000')).toBe(false);
    expect(isValidBsn('9999000060')).toBe(false);
    expect(isValidBsn('99990000a')).toBe(false);
    expect(isValidBsn('000000000')).toBe(false);
  });

  it('keeps leading zeros significant', () => {
    // 011111110: 0+8+7+6+5+4+3+2-0 = 35, not a multiple of 11
    expect(isValidBsn('011111110')).toBe(false);
    // 010000004: 8 - 4 = 4 -> invalid; 010000008: 8 - 8 = 0 -> sum 0 is invalid too
    expect(isValidBsn('010000008')).toBe(false);
  });

  it('changing any single digit of a valid BSN breaks the elfproef', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }), (pos, delta) => {
        const valid = '999900006';
        const digit = (Number(valid[pos]) + delta) % 10;
        const changed = valid.slice(0, pos) + String(digit) + valid.slice(pos + 1);
        return !isValidBsn(changed);
      }),
    );
  });

  it('explains the problem in Dutch', () => {
    expect(bsnProblem('12345')).toMatch(/9 cijfers/);
    expect(bsnProblem('99990000x')).toMatch(/alleen uit cijfers/);
    expect(bsnProblem('999900007')).toMatch(/elfproef/);
    expect(bsnProblem('9999.00.006')).toBeNull();
    expect(normalizeBsnInput(' 999 900-006 ')).toBe('999900006');
    expect(maskBsn('999900006')).toBe('••••••006');
  });
});
