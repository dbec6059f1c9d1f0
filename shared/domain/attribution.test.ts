import { describe, expect, it } from 'vitest';
import { DEFAULT_ATTRIBUTION_RULES, proposeAttribution, type ActivityRule, type FundingOption } from './attribution';

const direct: ActivityRule = { code: 'direct', clientLink: 'client', laws: ['ZVW', 'WMO'] };
const admin: ActivityRule = { code: 'administratie', clientLink: 'none', laws: [] };
const nazorg: ActivityRule = { code: 'nazorg', clientLink: 'naaste', laws: [] };
const zvwA: FundingOption = { id: 'zA', kind: 'ZVW', status: 'toegekend', start: '2026-01-01', end: null, funderCode: '9901' };
const zvwB: FundingOption = { ...zvwA, id: 'zB', funderCode: '9902' };
const wmo: FundingOption = { id: 'w', kind: 'WMO', status: 'toegekend', start: '2026-03-01', end: '2026-08-31', funderCode: '0957' };
// One network's insurer pays six more weeks after admission, the other none (002:3929-3935).
const rules = { ...DEFAULT_ATTRIBUTION_RULES, postAdmissionDaysByFunder: { '9901': 42, '9902': 0 } };

const p = (date: string, over: Partial<Parameters<typeof proposeAttribution>[0]> = {}) =>
  proposeAttribution({ date, activity: direct, hasClient: true, events: [], funding: [zvwA, wmo], rules, ...over });

describe('attribution rules', () => {
  it('general work is non-client-bound', () => {
    expect(p('2026-05-01', { activity: admin })).toMatchObject({ basis: 'algemeen', fundingId: null });
  });

  it('pays client work from the first law in the activity preference that covers the date', () => {
    expect(p('2026-05-01')).toMatchObject({ basis: 'client', fundingId: 'zA' });
    expect(p('2026-05-01', { activity: { ...direct, laws: ['WMO', 'ZVW'] } })).toMatchObject({ fundingId: 'w' });
    expect(p('2026-10-01', { activity: { ...direct, laws: ['WMO'] } })).toMatchObject({ basis: 'niet_toerekenbaar', fundingId: null });
  });

  it('after a Wlz admission: six more weeks with one insurer, none with the other', () => {
    const events = [{ kind: 'opname_wlz' as const, date: '2026-06-01' }];
    expect(p('2026-07-13', { events, funding: [zvwA] })).toMatchObject({ basis: 'client', fundingId: 'zA', warnings: [expect.stringMatching(/warme overdracht/)] });
    expect(p('2026-07-14', { events, funding: [zvwA] })).toMatchObject({ basis: 'niet_toerekenbaar' });
    expect(p('2026-06-02', { events, funding: [zvwB] })).toMatchObject({ basis: 'niet_toerekenbaar', fundingId: null });
    expect(p('2026-06-01', { events, funding: [zvwB] })).toMatchObject({ basis: 'client', fundingId: 'zB' });
  });

  it('after death: nazorg for the set period, then nothing', () => {
    const events = [{ kind: 'overlijden' as const, date: '2026-06-01' }];
    expect(p('2026-06-20', { events, activity: nazorg })).toMatchObject({ basis: 'nazorg', fundingId: null, warnings: [] });
    expect(p('2026-06-20', { events }).warnings[0]).toMatch(/Nazorg/);
    expect(p('2026-07-14', { events, activity: nazorg })).toMatchObject({ basis: 'niet_toerekenbaar' });
  });

  it('only granted funding counts', () => {
    expect(p('2026-05-01', { funding: [{ ...zvwA, status: 'aangevraagd' }] })).toMatchObject({ basis: 'niet_toerekenbaar' });
  });
});
