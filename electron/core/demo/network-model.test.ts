import { describe, expect, it } from 'vitest';
import { isValidBsn } from '../../../shared/domain/bsn';
import { buildNetworkModel, splitLastName, testBsns } from './network-model';
import { selectForRole } from './generator';

describe('demo network model', () => {
  it('is deterministic per seed', () => {
    expect(buildNetworkModel(3, 'small')).toEqual(buildNetworkModel(3, 'small'));
    expect(buildNetworkModel(3, 'small').clients[0]).not.toEqual(buildNetworkModel(4, 'small').clients[0]);
  });

  it('uses only synthetic BSNs that pass the elfproef, each once', () => {
    const m = buildNetworkModel(1, 'network');
    const bsns = m.clients.map((c) => c.bsn).filter((b): b is string => b !== null);
    expect(bsns.length).toBeGreaterThan(8000);
    expect(new Set(bsns).size).toBe(bsns.length);
    for (const b of bsns) {
      expect(b.startsWith('9999')).toBe(true);
      expect(isValidBsn(b)).toBe(true);
    }
    // The 9999xxxxx test range is finite: make sure the network size stays inside it.
    let available = 0;
    for (const _ of testBsns()) available++;
    expect(bsns.length).toBeLessThanOrEqual(available);
  });

  it('has 60 casemanagers × 150 clients at network size, one kassier organisation', () => {
    const m = buildNetworkModel(1, 'network');
    expect(m.casemanagers).toHaveLength(60);
    expect(m.clients).toHaveLength(9000);
    expect(m.organisations.filter((o) => o.isKassier)).toHaveLength(1);
    for (const o of m.organisations) if (o.agb) expect(o.agb).toMatch(/^[0-9]{8}$/);
    for (const c of m.clients) expect(c.geboortedatum >= '1925-01-01' && c.geboortedatum <= '1962-12-31').toBe(true);
  });

  it('gives each role its own subset of the one network', () => {
    const m = buildNetworkModel(1, 'small');
    const arrangeur = selectForRole(m, 'arrangeur');
    expect(new Set(arrangeur.clients.map((c) => c.casemanagerId))).toEqual(new Set([arrangeur.casemanagerId]));
    expect(selectForRole(m, 'ketenregisseur').clients).toHaveLength(0);
    expect(selectForRole(m, 'kassier').clients).toHaveLength(m.clients.length);
  });

  it('splits Dutch tussenvoegsels off the achternaam', () => {
    expect(splitLastName('van den Heuvel')).toEqual({ tussenvoegsel: 'van den', achternaam: 'Heuvel' });
    expect(splitLastName("in 't Veld")).toEqual({ tussenvoegsel: "in 't", achternaam: 'Veld' });
    expect(splitLastName('Dijkstra')).toEqual({ tussenvoegsel: null, achternaam: 'Dijkstra' });
  });
});
