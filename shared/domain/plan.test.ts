import { describe, expect, it } from 'vitest';
import { carriesOver, consentIssues, establishIssues, versionDateIssues } from './plan';

const base = { ingangsdatum: '2026-03-01', einddatum: null, evaluatiedatum: '2026-09-01', goals: [{ id: 'g' }], actions: [], vrijwilligersEerst: false };

describe('plan rules', () => {
  it('refuses an evaluation date before the start', () => {
    expect(versionDateIssues({ ingangsdatum: '2026-03-01', einddatum: null, evaluatiedatum: '2026-02-01' })).toEqual([
      { path: 'evaluatiedatum', message: 'De evaluatiedatum ligt vóór de ingangsdatum van het plan.' },
    ]);
    expect(versionDateIssues({ ingangsdatum: '2026-03-01', einddatum: '2026-01-01', evaluatiedatum: null })[0]?.path).toBe('einddatum');
  });

  it('needs a start, an evaluation date and a goal before vaststellen', () => {
    expect(establishIssues(base)).toEqual([]);
    expect(establishIssues({ ...base, ingangsdatum: null, evaluatiedatum: null, goals: [] }).map((i) => i.path)).toEqual(['ingangsdatum', 'evaluatiedatum', 'doelen']);
  });

  it('enforces "informal help first" only where the network has that rule', () => {
    const actions = [
      { id: 'a', formal: true, informeelOverwogen: false },
      { id: 'b', formal: true, informeelOverwogen: true },
      { id: 'c', formal: false, informeelOverwogen: false },
    ];
    expect(establishIssues({ ...base, actions })).toEqual([]);
    expect(establishIssues({ ...base, actions, vrijwilligersEerst: true })[0]?.message).toMatch(/één professionele actie/);
  });

  it('asks for a witness with verbal consent and a signature on screen', () => {
    expect(consentIssues({ date: '2026-03-01', method: 'mondeling_getuige', by: 'Cliënt', witness: null, signature: null }, '2026-11-23')[0]?.path).toBe('instemming.getuige');
    expect(consentIssues({ date: '2026-03-01', method: 'handtekening_scherm', by: 'Cliënt', witness: null, signature: null }, '2026-11-23')[0]?.path).toBe('instemming.handtekening');
    expect(consentIssues({ date: '2026-12-01', method: 'papier', by: 'Cliënt', witness: null, signature: null }, '2026-11-23')[0]?.path).toBe('instemming.datum');
    expect(consentIssues({ date: '2026-03-01', method: 'papier', by: 'Dochter (wettelijk vertegenwoordiger)', witness: null, signature: null }, '2026-11-23')).toEqual([]);
  });

  it('carries open goals into a new version', () => {
    expect(carriesOver('lopend')).toBe(true);
    expect(carriesOver('behaald')).toBe(false);
  });
});
