import { describe, expect, it } from 'vitest';
import { checkActionFinancing, type FundingLike } from './funding';
import { covers, describePeriod } from './periods';

const wmo: FundingLike = { id: 'w1', kind: 'WMO', status: 'toegekend', start: '2026-03-01', end: '2026-05-31' };
const zvw: FundingLike = { id: 'z1', kind: 'ZVW', status: 'toegekend', start: '2026-01-01', end: null };
const wmoRequested: FundingLike = { id: 'w2', kind: 'WMO', status: 'aangevraagd', start: '2026-06-01', end: null };

describe('periods', () => {
  it('covers: end-inclusive, open ends', () => {
    expect(covers({ start: '2026-03-01', end: '2026-05-31' }, { start: '2026-03-01', end: '2026-05-31' })).toBe(true);
    expect(covers({ start: '2026-03-01', end: '2026-05-31' }, { start: '2026-03-01', end: '2026-06-01' })).toBe(false);
    expect(covers({ start: '2026-03-01', end: null }, { start: '2027-01-01', end: '2030-01-01' })).toBe(true);
    expect(covers({ start: '2026-03-01', end: '2026-05-31' }, { start: '2026-04-01', end: null })).toBe(true);
    expect(describePeriod({ start: '2026-03-01', end: '2026-05-31' })).toBe('1 maart 2026 – 31 mei 2026');
  });
});

describe('financing an action', () => {
  it('needs no entry for informal help', () => {
    expect(checkActionFinancing({ kind: 'INFORMEEL', fundingId: null, period: { start: '2026-01-01', end: null } }, [])).toEqual({ ok: true, fundingId: null });
  });

  it('refuses a law the client has no granted funding for in that period', () => {
    const r = checkActionFinancing({ kind: 'WMO', fundingId: null, period: { start: '2026-06-15', end: '2026-07-01' } }, [wmo, zvw, wmoRequested]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/geen toegekende financiering uit de Wmo.*15 juni 2026 – 1 juli 2026/);
  });

  it('links the one entry that fits', () => {
    expect(checkActionFinancing({ kind: 'WMO', fundingId: null, period: { start: '2026-03-10', end: '2026-04-30' } }, [wmo, zvw])).toEqual({ ok: true, fundingId: 'w1' });
    expect(checkActionFinancing({ kind: 'ZVW', fundingId: null, period: { start: '2026-03-10', end: null } }, [wmo, zvw])).toEqual({ ok: true, fundingId: 'z1' });
  });

  it('checks an explicitly chosen entry: law, status and period', () => {
    expect(checkActionFinancing({ kind: 'ZVW', fundingId: 'w1', period: { start: '2026-03-10', end: null } }, [wmo, zvw])).toMatchObject({ ok: false, message: /niet uit de Zvw/ });
    expect(checkActionFinancing({ kind: 'WMO', fundingId: 'w2', period: { start: '2026-06-10', end: null } }, [wmoRequested])).toMatchObject({ ok: false, message: /nog niet toegekend/ });
    expect(checkActionFinancing({ kind: 'WMO', fundingId: 'w1', period: { start: '2026-05-10', end: '2026-06-10' } }, [wmo])).toMatchObject({ ok: false, message: /dekt de actie/ });
  });
});
