import { describe, expect, it } from 'vitest';
import { backupsToDelete, isoWeek, type RotationEntry } from './backup-rotation';

const DAY = 86_400_000;
const start = Date.UTC(2026, 0, 1, 9); // Thursday 1 January 2026

function day(n: number, kind: RotationEntry['kind'] = 'auto', hour = 0): RotationEntry {
  const createdAt = start + n * DAY + hour * 3_600_000;
  return { file: `${kind}-${n}-${hour}`, kind, createdAt, localDate: new Date(createdAt).toISOString().slice(0, 10) };
}

describe('backup rotation', () => {
  it('computes ISO weeks across a year boundary', () => {
    expect(isoWeek('2026-01-01')).toBe('2026-W01');
    expect(isoWeek('2024-12-30')).toBe('2025-W01');
    expect(isoWeek('2027-01-01')).toBe('2026-W53');
  });

  it('keeps the newest of 7 days and of 4 weeks from 60 daily backups', () => {
    const entries = Array.from({ length: 60 }, (_, i) => day(i));
    const deleted = new Set(backupsToDelete(entries));
    const kept = entries.filter((e) => !deleted.has(e.file));
    // last 7 days ...
    for (let i = 53; i < 60; i++) expect(kept.map((e) => e.file)).toContain(`auto-${i}-0`);
    // ... plus the newest backup of the 4 most recent ISO weeks (some coincide with the last 7 days)
    const weeks = new Set(kept.map((e) => isoWeek(e.localDate)));
    expect(weeks.size).toBeGreaterThanOrEqual(4);
    expect(kept.length).toBeLessThanOrEqual(7 + 4);
    expect(kept.length).toBeGreaterThan(7);
    expect(deleted.has('auto-0-0')).toBe(true);
  });

  it('keeps only the newest automatic backup of a day', () => {
    const entries = [day(0, 'auto', 1), day(0, 'auto', 5), day(0, 'auto', 9)];
    expect(backupsToDelete(entries).sort()).toEqual(['auto-0-1', 'auto-0-5']);
  });

  it('keeps the last 3 pre-migration backups and never the one just made', () => {
    const entries = Array.from({ length: 5 }, (_, i) => day(i, 'pre-migrate'));
    expect(backupsToDelete(entries).sort()).toEqual(['pre-migrate-0-0', 'pre-migrate-1-0']);
    expect(backupsToDelete(entries, 'pre-migrate-0-0')).toEqual(['pre-migrate-1-0']);
  });

  it('does not let one kind push out another', () => {
    const entries = [...Array.from({ length: 12 }, (_, i) => day(i, 'manual')), day(0, 'pre-import'), day(1, 'auto')];
    const deleted = backupsToDelete(entries);
    expect(deleted.sort()).toEqual(['manual-0-0', 'manual-1-0']);
  });
});
