import { describe, expect, it } from 'vitest';
import { ageOn, formatDateNl, isRealDate, localDate, parseDateInput } from './dates';

describe('dates', () => {
  it('knows real calendar dates', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2023-02-29')).toBe(false);
    expect(isRealDate('2023-13-01')).toBe(false);
    expect(isRealDate('23-01-2023')).toBe(false);
  });

  it('uses the Dutch calendar for "today" around midnight UTC', () => {
    // 2026-06-30T22:30Z is already 1 July in Amsterdam (CEST, UTC+2)
    expect(localDate(Date.UTC(2026, 5, 30, 22, 30))).toBe('2026-07-01');
    // 2026-12-31T22:30Z is still 31 December + 1h = 23:30 in winter (CET, UTC+1)
    expect(localDate(Date.UTC(2026, 11, 31, 22, 30))).toBe('2026-12-31');
  });

  it('computes completed years', () => {
    expect(ageOn('1941-03-07', '2026-03-06')).toBe(84);
    expect(ageOn('1941-03-07', '2026-03-07')).toBe(85);
  });

  it('parses what people type', () => {
    expect(parseDateInput('7-3-1941')).toBe('1941-03-07');
    expect(parseDateInput('07/03/1941')).toBe('1941-03-07');
    expect(parseDateInput('1941-03-07')).toBe('1941-03-07');
    expect(parseDateInput('31-02-1941')).toBeNull();
    expect(formatDateNl('1941-03-07')).toBe('7 maart 1941');
  });
});

describe('date arithmetic', () => {
  it('adds months, clamping to the month end', async () => {
    const { addMonths, daysBetween } = await import('./dates');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-11-15', 6)).toBe('2027-05-15');
    expect(addMonths('2026-03-01', -3)).toBe('2025-12-01');
    expect(daysBetween('2026-01-01', '2026-02-12')).toBe(42);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2); // across the DST change
  });
});
