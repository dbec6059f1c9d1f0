import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { instantOf, localParts, offsetMinutes, splitAtMidnight } from './time';

describe('Dutch time', () => {
  it('knows the offset in winter and summer, and at the DST changes', () => {
    expect(offsetMinutes(Date.UTC(2026, 0, 15, 12))).toBe(60);
    expect(offsetMinutes(Date.UTC(2026, 6, 15, 12))).toBe(120);
    // 29 March 2026: 02:00 CET → 03:00 CEST (01:00 UTC)
    expect(offsetMinutes(Date.UTC(2026, 2, 29, 0, 59))).toBe(60);
    expect(offsetMinutes(Date.UTC(2026, 2, 29, 1, 0))).toBe(120);
    expect(instantOf('2026-03-29', 3, 0)).toBe(Date.UTC(2026, 2, 29, 1, 0));
    expect(instantOf('2026-10-25', 0, 0)).toBe(Date.UTC(2026, 9, 24, 22, 0));
  });

  it('splits a span that crosses midnight into one registration per day', () => {
    const start = instantOf('2026-11-23', 23, 30);
    const end = instantOf('2026-11-24', 0, 45);
    expect(splitAtMidnight(start, end)).toEqual([
      { date: '2026-11-23', startMs: start, minutes: 30, tzOffsetMin: 60 },
      { date: '2026-11-24', startMs: instantOf('2026-11-24'), minutes: 45, tzOffsetMin: 60 },
    ]);
  });

  it('counts real elapsed minutes across the DST changes', () => {
    // Spring: 01:30 → 03:30 local is one real hour.
    expect(splitAtMidnight(instantOf('2026-03-29', 1, 30), instantOf('2026-03-29', 3, 30))).toMatchObject([{ minutes: 60 }]);
    // Autumn: 01:30 → 03:30 local is three real hours (02:00–03:00 happens twice).
    expect(splitAtMidnight(instantOf('2026-10-25', 1, 30), instantOf('2026-10-25', 3, 30))).toMatchObject([{ minutes: 180 }]);
  });

  it('never loses or invents a minute, and every segment stays within its local day', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 11, 31) }), fc.integer({ min: 60_000, max: 5 * 86_400_000 }), (start, length) => {
        const startMin = Math.floor(start / 60_000) * 60_000;
        const segs = splitAtMidnight(startMin, startMin + Math.floor(length / 60_000) * 60_000);
        const total = segs.reduce((s, x) => s + x.minutes, 0);
        if (total !== Math.floor(length / 60_000)) return false;
        return segs.every((s, i) => localParts(s.startMs).date === s.date && (i === 0 || s.date > segs[i - 1]!.date));
      }),
    );
  });

  it('returns nothing for an empty or reversed span (a clock set back)', () => {
    expect(splitAtMidnight(1000, 1000)).toEqual([]);
    expect(splitAtMidnight(5000, 1000)).toEqual([]);
  });
});
