import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/core/clock';
import { generateDemo } from '../../electron/core/demo/generator';
import { createCore } from '../../electron/core/host';
import { deriveStatus } from '../../shared/domain/client-status';
import { checkActionFinancing } from '../../shared/domain/funding';
import { consentIssues, establishIssues } from '../../shared/domain/plan';
import { covers } from '../../shared/domain/periods';
import { validateBundle } from '../../electron/core/services/fhir/validate';
import { useTempDirs } from '../support/temp';

const tempDir = useTempDirs();

describe('the demo network is internally consistent', () => {
  it('arrangeur (network size): statuses follow timelines, actions are validly financed, agreed plans are complete', async () => {
    const core = createCore({ dbPath: join(tempDir(), 'a.sqlite'), clock: fixedClock(Date.UTC(2026, 10, 23)) });
    const summary = generateDemo(core, { role: 'arrangeur', size: 'network', seed: 3 });
    expect(summary.clients).toBe(150);
    expect(summary.plans).toBeGreaterThan(100);
    const list = await core.call('clients.list', { limit: 1000 });
    let versions = 0;
    for (const row of list.rows) {
      const d = await core.call('clients.dossier', { id: row.id });
      expect(deriveStatus(d.events), row.id).toBe(d.header.status);
      expect(d.events.filter((e) => e.kind === 'aanmelding')).toHaveLength(1);
      for (const f of d.funding.filter((x) => x.kind === 'WMO')) {
        expect(f.productOmschrijving, `WMO product of ${f.id} in the catalogue`).not.toBeNull();
      }
      const likes = d.funding.map((f) => ({ id: f.id, kind: f.kind, status: f.status, start: f.startDate, end: f.endDate }));
      if (!d.plan) continue;
      for (const s of d.plan.versions) {
        const v = await core.call('plans.version', { versionId: s.id });
        versions++;
        for (const a of v.actions) {
          const check = checkActionFinancing({ kind: a.financing, fundingId: a.fundingId, period: { start: a.startDate, end: a.endDate } }, likes);
          expect(check.ok, `${a.description} (${a.financing})`).toBe(true);
          if (a.performerKind === 'netwerk') expect(d.network.some((m) => m.id === a.performerMemberId)).toBe(true);
        }
        if (v.status !== 'concept') {
          expect(v.consent).not.toBeNull();
          expect(consentIssues({ ...v.consent!, signature: v.consent!.signature }, '2026-11-23')).toEqual([]);
          expect(establishIssues({ ingangsdatum: v.ingangsdatum, einddatum: v.einddatum, evaluatiedatum: v.evaluatiedatum, goals: v.goals, actions: [], vrijwilligersEerst: false })).toEqual([]);
        }
        expect(v.scoreHistory.length).toBeGreaterThan(0);
        // Every version exports to FHIR and passes our R4 profile (the handler refuses otherwise).
        const fhir = await core.call('plans.exportFhir', { versionId: v.id });
        const bundle = JSON.parse(fhir.json) as { resourceType: string; entry: { resource: { resourceType: string } }[] };
        expect(validateBundle(bundle)).toEqual([]);
        expect(bundle.entry.filter((e) => e.resource.resourceType === 'CarePlan')).toHaveLength(1);
      }
      // At most one agreed version is current; the others are replaced.
      expect(d.plan.versions.filter((x) => x.status === 'vastgesteld').length).toBeLessThanOrEqual(1);
      expect(d.plan.versions.filter((x) => x.status === 'concept').length).toBeLessThanOrEqual(1);
    }
    expect(versions).toBeGreaterThan(150);
    // Evaluations are kept up: the reminder list has some late ones, none long forgotten.
    const due = await core.call('plans.dueEvaluations', { withinDays: 0 });
    expect(due.length).toBeGreaterThan(0);
    expect(Math.min(...due.map((d) => d.daysLeft))).toBeGreaterThanOrEqual(-40);
    core.close();
  }, 60_000);

  it.each([1, 2, 3])('every role and size generates without breaking a constraint (seed %i)', (seed) => {
    for (const role of ['arrangeur', 'ketenregisseur', 'kassier'] as const) {
      const core = createCore({ dbPath: join(tempDir(), `${role}-${seed}.sqlite`), clock: fixedClock(Date.UTC(2026, 10, 23)), dailyBackup: false });
      expect(() => generateDemo(core, { role, size: 'network', seed })).not.toThrow();
      core.close();
    }
  }, 60_000);

  it('kassier: funding for all clients, no network or plan text', async () => {
    const core = createCore({ dbPath: join(tempDir(), 'k.sqlite'), clock: fixedClock(Date.UTC(2026, 10, 23)) });
    generateDemo(core, { role: 'kassier', size: 'small', seed: 3 });
    const stats = await core.call('system.stats');
    expect(stats.counts.funding).toBeGreaterThan(100);
    expect(stats.counts.network_member).toBe(0);
    expect(stats.counts.plan).toBe(0);
    const product = await core.call('catalog.list', { gemeenteCode: '0957', onDate: '2026-11-01' });
    expect(product.length).toBe(5);
    // Product codes are local: the same service has another code in another gemeente.
    const echt = await core.call('catalog.list', { gemeenteCode: '1711', onDate: '2026-11-01' });
    expect(echt.find((p) => p.omschrijving === 'Dagbesteding ouderen')?.productCode).not.toBe(product.find((p) => p.omschrijving === 'Dagbesteding ouderen')?.productCode);
    // Tariffs changed on 1 January 2026: the old product row ends the day before.
    const all = (await core.call('catalog.list', { gemeenteCode: '0957' })).filter((p) => p.omschrijving === 'Dagbesteding ouderen');
    expect(all.map((p) => [p.validFrom, p.validTo])).toEqual([['2023-01-01', '2025-12-31'], ['2026-01-01', null]]);
    expect(covers({ start: all[1]!.validFrom, end: all[1]!.validTo }, { start: '2026-11-01', end: null })).toBe(true);
    core.close();
  });
});
