import Database from 'better-sqlite3-multiple-ciphers';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Input } from '../../shared/contract/index';
import { fixedClock } from '../../electron/core/clock';
import { CallError, createCore, type Core } from '../../electron/core/host';
import { seededIds } from '../../electron/core/ids';
import { generateDemo } from '../../electron/core/demo/generator';
import { useTempDirs } from '../support/temp';

const NOW = Date.UTC(2026, 10, 23, 10, 0); // Monday 23 November 2026
const tempDir = useTempDirs();

let core: Core;
let clientId: string;

async function refused(p: Promise<unknown>) {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(CallError);
  return (e as CallError).error;
}

function rows(table: string): number {
  const db = new Database(core.dbPath, { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

async function funderId(law: 'WMO' | 'ZVW' | 'WLZ', code?: string) {
  const f = (await core.call('funders.list')).find((x) => x.law === law && (!code || x.code === code));
  if (!f) throw new Error(`no ${law} funder`);
  return f.id;
}

beforeEach(async () => {
  core = createCore({ dbPath: join(tempDir(), 'd.sqlite'), clock: fixedClock(NOW, 1), ids: seededIds(11, NOW) });
  generateDemo(core, { role: 'arrangeur', size: 'small', seed: 1 });
  clientId = (await core.call('clients.create', { voornaam: 'Anna', achternaam: 'Verbeek', geboortedatum: '1938-05-12' })).id;
});

describe('client dossier', () => {
  it('a new client starts with an aanmelding today; events drive the status', async () => {
    const events = await core.call('clients.events', { clientId });
    expect(events).toMatchObject([{ kind: 'aanmelding', date: '2026-11-23' }]);
    await core.call('clients.updateEvent', { id: events[0]!.id, kind: 'aanmelding', date: '2026-09-01', detail: null });
    await core.call('clients.addEvent', { clientId, kind: 'wachtlijst', date: '2026-09-02', detail: null });
    expect((await core.call('clients.header', { id: clientId })).status).toBe('wachtend');
    await core.call('clients.addEvent', { clientId, kind: 'eerste_contact', date: '2026-10-14', detail: null });
    expect((await core.call('clients.header', { id: clientId })).status).toBe('in_zorg');
    const bad = await refused(core.call('clients.addEvent', { clientId, kind: 'eerste_contact', date: '2026-08-01', detail: null }));
    expect(bad.message).toMatch(/vóór de aanmelding/);
    const future = await refused(core.call('clients.addEvent', { clientId, kind: 'opname_wlz', date: '2026-12-01', detail: null }));
    expect(future.details?.issues?.[0]?.path).toBe('date');
  });

  it('warns about a duplicate by name and geboortedatum, and lets the user confirm', async () => {
    const err = await refused(core.call('clients.create', { achternaam: 'verbéek', geboortedatum: '1938-05-12' }));
    expect(err.code).toBe('CONFLICT');
    expect(err.details?.duplicates).toHaveLength(1);
    const candidates = await core.call('clients.findDuplicates', { achternaam: 'VERBEEK', geboortedatum: '1938-05-12' });
    expect(candidates).toMatchObject([{ id: clientId, reason: 'naam_geboortedatum' }]);
    const twin = await core.call('clients.create', { achternaam: 'Verbeek', geboortedatum: '1938-05-12', bevestigDubbel: true });
    expect(twin.id).not.toBe(clientId);
  });

  it('updates the dossier; an invalid BSN saves nothing; a changed BSN loses its verification', async () => {
    const h = await core.call('clients.update', { id: clientId, patch: { bsn: '999999990', adresPostcode: '6041ab', telefoon: '0475 123456', woonsituatie: 'alleenstaand' } });
    expect(h).toMatchObject({ bsn: '999999990', adresPostcode: '6041AB', woonsituatie: 'alleenstaand' });
    const verified = await core.call('clients.verifyBsn', { id: clientId, status: 'verified_sbvz', verifiedOn: '2026-11-20', verifiedBy: 'E. Willemsen', idDocumentType: 'paspoort', idDocumentNumber: 'NX1234567' });
    expect(verified.bsnStatus).toBe('verified_sbvz');
    const err = await refused(core.call('clients.update', { id: clientId, patch: { bsn: '999999991', telefoon: '0475 999999' } }));
    expect(err.details?.issues?.[0]).toMatchObject({ path: 'patch.bsn' });
    expect(err.message).toMatch(/elfproef/);
    expect((await core.call('clients.header', { id: clientId })).telefoon).toBe('0475 123456');
    const changed = await core.call('clients.update', { id: clientId, patch: { bsn: '999999989' } });
    expect(changed).toMatchObject({ bsnStatus: 'unverified', bsnVerifiedOn: null, idDocumentNumber: null });
  });
});

describe('network and funding', () => {
  it('adds naasten, scores the load of a mantelzorger, refuses a load score for a professional', async () => {
    const dochter = await core.call('network.add', { clientId, kind: 'naaste', name: 'Ria Verbeek', relation: 'dochter', isMantelzorger: true, taken: 'boodschappen, medicatie klaarzetten' });
    const loaded = await core.call('network.scoreLoad', { memberId: dochter.id, date: '2026-11-20', score: 7, note: 'werkt fulltime' });
    expect(loaded.load).toMatchObject([{ score: 7 }]);
    const ha = await core.call('network.add', { clientId, kind: 'professional', name: 'Dr. Smeets', relation: 'huisarts' });
    expect((await refused(core.call('network.scoreLoad', { memberId: ha.id, date: '2026-11-20', score: 3 }))).message).toMatch(/mantelzorger/);
    expect(await refused(core.call('network.add', { clientId, kind: 'professional', name: 'X', relation: 'huisarts', isMantelzorger: true }))).toMatchObject({ code: 'VALIDATION' });
    expect((await core.call('network.list', { clientId })).map((m) => m.name)).toEqual(['Ria Verbeek', 'Dr. Smeets']);
  });

  it('a Wmo toewijzing needs a period and a product from the gemeente catalogue', async () => {
    const gemeente = await funderId('WMO', '0957');
    const product = (await core.call('catalog.list', { gemeenteCode: '0957', onDate: '2026-11-01' }))[0]!;
    type WmoEntry = Extract<Input<'funding.add'>['entry'], { kind: 'WMO' }>;
    const base: WmoEntry = { kind: 'WMO', funderId: gemeente, toewijzingNummer: 123456, productCategorie: product.productCategorie as WmoEntry['productCategorie'], productCode: product.productCode, volume: 3, eenheid: '04', frequentie: '2', startDate: '2026-11-01', endDate: '2027-04-30' };
    const before = rows('funding');
    const noStart = await refused(core.call('funding.add', { clientId, entry: { ...base, startDate: '' } as unknown as Input<'funding.add'>['entry'] }));
    expect(noStart.message).toMatch(/begindatum/);
    const weeklyNoEnd = await refused(core.call('funding.add', { clientId, entry: { ...base, endDate: null } }));
    expect(weeklyNoEnd.message).toMatch(/per week is een einddatum verplicht/);
    const unknown = await refused(core.call('funding.add', { clientId, entry: { ...base, productCode: 'ZZ999' } }));
    expect(unknown.details?.issues?.[0]?.path).toBe('entry.productCode');
    expect(rows('funding')).toBe(before);
    const ok = await core.call('funding.add', { clientId, entry: base });
    expect(ok).toMatchObject({ kind: 'WMO', toewijzingNummer: 123456, productOmschrijving: product.omschrijving, funderCode: '0957' });
  });
});

describe('the plan', () => {
  async function setup() {
    const mz = await core.call('network.add', { clientId, kind: 'naaste', name: 'Ria Verbeek', relation: 'dochter', isMantelzorger: true });
    const gemeente = await funderId('WMO', '0957');
    const product = (await core.call('catalog.list', { gemeenteCode: '0957', onDate: '2026-11-01' }))[0]!;
    const wmo = await core.call('funding.add', {
      clientId,
      entry: { kind: 'WMO', funderId: gemeente, toewijzingNummer: 123456, productCategorie: product.productCategorie as '02', productCode: product.productCode, volume: 3, eenheid: '04', frequentie: '2', startDate: '2026-11-01', endDate: '2027-04-30' },
    });
    const version = await core.call('plans.create', { clientId, domainSet: 'positieve-gezondheid' });
    return { mz, wmo, version };
  }

  it('a full plan: scores, goals, actions paid from the right law, vaststellen with consent', async () => {
    const { mz, wmo, version } = await setup();
    expect(version).toMatchObject({ status: 'concept', versionNo: 1, ingangsdatum: '2026-11-23', evaluatiedatum: '2027-05-23' });
    let v = await core.call('plans.setScores', {
      versionId: version.id,
      scoredOn: '2026-11-23',
      scoredBy: 'client',
      scores: ['lichaamsfuncties', 'mentaal-welbevinden', 'zingeving', 'kwaliteit-van-leven', 'meedoen', 'dagelijks-functioneren'].map((domain, i) => ({ domain, score: 4 + i })),
    });
    expect(v.scoreHistory.at(-1)?.scores['meedoen']).toBe(8);
    v = await core.call('plans.addGoal', { versionId: v.id, goal: { domain: 'meedoen', description: 'Twee keer per week onder de mensen zijn' } });
    v = await core.call('plans.addGoal', { versionId: v.id, goal: { domain: 'dagelijks-functioneren', description: 'Zelf blijven koken met hulp' } });
    const [g1, g2] = v.goals;
    v = await core.call('plans.addAction', { versionId: v.id, action: { goalId: g1!.id, description: 'Dagbesteding De Linde', performerKind: 'organisatie', performerName: 'De Linde', frequencyCount: 2, frequencyUnit: 'week', startDate: '2026-12-01', endDate: '2027-03-31', financing: 'WMO', informeelOverwogen: true } });
    expect(v.actions[0]).toMatchObject({ fundingId: wmo.id, fundingLabel: expect.stringMatching(/Wmo-toewijzing 123456/) });
    v = await core.call('plans.addAction', { versionId: v.id, action: { goalId: g2!.id, description: 'Samen boodschappen doen op zaterdag', performerKind: 'netwerk', performerMemberId: mz.id, frequencyCount: 1, frequencyUnit: 'week', startDate: '2026-11-28', financing: 'INFORMEEL' } });
    expect(v.actions[1]!.performerLabel).toBe('Ria Verbeek (dochter, mantelzorger)');
    // Zvw without Zvw funding in that period: refused, nothing saved, the rest intact.
    const actionsBefore = rows('plan_action');
    const noZvw = await refused(core.call('plans.addAction', { versionId: v.id, action: { description: 'Wijkverpleging: medicatie', performerKind: 'organisatie', performerName: 'Wijkzorg', startDate: '2026-12-01', financing: 'ZVW' } }));
    expect(noZvw.details?.issues?.[0]?.path).toBe('action.financing');
    expect(noZvw.message).toMatch(/geen toegekende financiering uit de Zvw/);
    expect(rows('plan_action')).toBe(actionsBefore);
    await core.call('funding.add', { clientId, entry: { kind: 'ZVW', funderId: await funderId('ZVW'), zvwSoort: 'casemanagement_dementie', startDate: '2026-09-01' } });
    v = await core.call('plans.addAction', { versionId: v.id, action: { description: 'Casemanager: maandelijks huisbezoek', performerKind: 'casemanager', frequencyCount: 1, frequencyUnit: 'maand', startDate: '2026-11-23', financing: 'ZVW', informeelOverwogen: true } });
    expect(v.actions).toHaveLength(3);
    // Evaluation date before the start: refused with a Dutch message; the plan keeps its dates.
    const early = await refused(core.call('plans.updateVersion', { versionId: v.id, patch: { evaluatiedatum: '2026-10-01' } }));
    expect(early.message).toBe('De evaluatiedatum ligt vóór de ingangsdatum van het plan.');
    expect(early.details?.issues?.[0]?.path).toBe('patch.evaluatiedatum');
    expect((await core.call('plans.version', { versionId: v.id })).evaluatiedatum).toBe('2027-05-23');
    const established = await core.call('plans.establish', { versionId: v.id, consent: { date: '2026-11-23', method: 'mondeling_getuige', by: 'Anna Verbeek', witness: 'Ria Verbeek' } });
    expect(established).toMatchObject({ status: 'vastgesteld', editable: false, undo: null, consent: { method: 'mondeling_getuige', witness: 'Ria Verbeek' } });
    expect(await refused(core.call('plans.addGoal', { versionId: v.id, goal: { domain: 'zingeving', description: 'x' } }))).toMatchObject({ code: 'CONFLICT' });
  });

  it('autosave with undo: a burst of edits of one field is one step; undo survives a restart', async () => {
    const { version } = await setup();
    await core.call('plans.updateVersion', { versionId: version.id, patch: { verkenning: 'Mevrouw woont' } });
    await core.call('plans.updateVersion', { versionId: version.id, patch: { verkenning: 'Mevrouw woont alleen' } });
    const v = await core.call('plans.addGoal', { versionId: version.id, goal: { domain: 'zingeving', description: 'Weer naar de kerk' } });
    expect(v.undo?.label).toMatch(/toegevoegd/);
    // Restart: a new core on the same file.
    const path = core.dbPath;
    core.close();
    core = createCore({ dbPath: path, clock: fixedClock(NOW + 5000, 1), ids: seededIds(12, NOW) });
    let u = await core.call('plans.undo', { versionId: version.id });
    expect(u.goals).toHaveLength(0);
    expect(u.undo?.label).toBe('verkenning gewijzigd');
    u = await core.call('plans.undo', { versionId: version.id });
    expect(u.verkenning).toBeNull();
    expect((await refused(core.call('plans.undo', { versionId: version.id }))).message).toMatch(/niets om ongedaan te maken/);
  });

  it('undo of a removed goal brings back its link to the actions', async () => {
    const { version } = await setup();
    let v = await core.call('plans.addGoal', { versionId: version.id, goal: { domain: 'meedoen', description: 'Naar de soos' } });
    const g = v.goals[0]!;
    v = await core.call('plans.addAction', { versionId: v.id, action: { goalId: g.id, description: 'Buurman brengt haar', performerKind: 'client', startDate: '2026-11-23', financing: 'INFORMEEL' } });
    v = await core.call('plans.removeGoal', { id: g.id });
    expect(v.goals).toHaveLength(0);
    expect(v.actions[0]!.goalId).toBeNull();
    v = await core.call('plans.undo', { versionId: v.id });
    expect(v.goals[0]!.id).toBe(g.id);
    expect(v.actions[0]!.goalId).toBe(g.id);
  });

  it('a new version carries open goals and running actions, replaces the agreed one when vastgesteld', async () => {
    const { version } = await setup();
    let v = await core.call('plans.addGoal', { versionId: version.id, goal: { domain: 'meedoen', description: 'Naar de soos' } });
    v = await core.call('plans.addGoal', { versionId: v.id, goal: { domain: 'zingeving', description: 'Kleinkinderen zien', status: 'behaald' } });
    v = await core.call('plans.establish', { versionId: v.id, consent: { date: '2026-11-23', method: 'papier', by: 'Anna Verbeek' } });
    const plan = await core.call('plans.get', { clientId });
    const v2 = await core.call('plans.newVersion', { planId: plan!.id });
    expect(v2).toMatchObject({ versionNo: 2, status: 'concept', basedOnVersionId: v.id });
    expect(v2.goals.map((x) => x.description)).toEqual(['Naar de soos']);
    expect(v2.goals[0]!.originId).toBe(v.goals[0]!.originId);
    expect(await refused(core.call('plans.newVersion', { planId: plan!.id }))).toMatchObject({ code: 'CONFLICT' });
    await core.call('plans.establish', { versionId: v2.id, consent: { date: '2026-11-23', method: 'papier', by: 'Anna Verbeek' } });
    expect((await core.call('plans.version', { versionId: v.id })).status).toBe('vervangen');
  });

  it('vaststellen needs a goal, and "informal help first" where the network has that rule', async () => {
    const { version } = await setup();
    const noGoal = await refused(core.call('plans.establish', { versionId: version.id, consent: { date: '2026-11-23', method: 'papier', by: 'Anna Verbeek' } }));
    expect(noGoal.details?.issues?.map((i) => i.path)).toEqual(['doelen']);
    await core.call('settings.update', { patch: { vrijwilligersEerst: true } });
    let v = await core.call('plans.addGoal', { versionId: version.id, goal: { domain: 'meedoen', description: 'Naar de soos' } });
    v = await core.call('plans.addAction', { versionId: v.id, action: { description: 'Dagbesteding', performerKind: 'organisatie', performerName: 'De Linde', startDate: '2026-12-01', endDate: '2027-01-31', financing: 'WMO' } });
    const rule = await refused(core.call('plans.establish', { versionId: v.id, consent: { date: '2026-11-23', method: 'papier', by: 'Anna Verbeek' } }));
    expect(rule.message).toMatch(/informele hulp eerst/);
    expect((await core.call('plans.version', { versionId: v.id })).status).toBe('concept');
  });

  it('lists evaluations that are due', async () => {
    const { version } = await setup();
    let v = await core.call('plans.addGoal', { versionId: version.id, goal: { domain: 'meedoen', description: 'Naar de soos' } });
    v = await core.call('plans.updateVersion', { versionId: v.id, patch: { ingangsdatum: '2026-05-01', evaluatiedatum: '2026-11-01' } });
    await core.call('plans.establish', { versionId: v.id, consent: { date: '2026-05-01', method: 'papier', by: 'Anna Verbeek' } });
    const due = await core.call('plans.dueEvaluations', { withinDays: 14 });
    expect(due.find((d) => d.clientId === clientId)).toMatchObject({ evaluatiedatum: '2026-11-01', daysLeft: -22 });
  });
});
