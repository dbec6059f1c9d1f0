import { describe, expect, it } from 'vitest';
import { fixedClock } from './clock';
import { seededIds, uuidV7Ids } from './ids';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('ids', () => {
  it('are UUIDv7 and sort in creation order, also within one millisecond', () => {
    const ids = uuidV7Ids(fixedClock(Date.UTC(2026, 0, 1)));
    const list = Array.from({ length: 500 }, () => ids.newId());
    for (const id of list) expect(id).toMatch(UUID_V7);
    expect([...list].sort()).toEqual(list);
    expect(new Set(list).size).toBe(list.length);
  });

  it('seeded ids repeat exactly for the same seed and differ for another', () => {
    const a = seededIds(5, 1_700_000_000_000);
    const b = seededIds(5, 1_700_000_000_000);
    const c = seededIds(6, 1_700_000_000_000);
    const la = Array.from({ length: 50 }, () => a.newId());
    expect(Array.from({ length: 50 }, () => b.newId())).toEqual(la);
    expect(Array.from({ length: 50 }, () => c.newId())).not.toEqual(la);
    expect([...la].sort()).toEqual(la);
  });
});
