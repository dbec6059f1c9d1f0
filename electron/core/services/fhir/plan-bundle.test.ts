import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Funding, Goal, NetworkMember, PlanAction, PlanVersionDetail, ScoreSet } from '../../../../shared/contract/index';
import { ACTION_FREQUENCY_UNITS, FUNDING_KINDS, GOAL_STATUSES, PERFORMER_KINDS, PLAN_STATUSES } from '../../../../shared/domain/enums';
import { IDS, SIGNATURE, anna, fixtureInput, goals as fixtureGoals, kees, linkedScores, sanne, version as fixtureVersion, wmo, zvw } from './plan-bundle.fixture';
import { EXT, SYSTEM, activityStatus, buildPlanBundle, carePlanStatus, derivedUuid, domainSystem, gender, goalStatuses, schedule, scoreSetsFor, toUuid, type FhirPlanInput, type fhir4 } from './plan-bundle';
import { validateBundle } from './validate';

// --- helpers -------------------------------------------------------------------

function resources<T extends fhir4.FhirResource['resourceType']>(b: fhir4.Bundle, type: T): Extract<fhir4.FhirResource, { resourceType: T }>[] {
  return (b.entry ?? []).map((e) => e.resource).filter((r): r is Extract<fhir4.FhirResource, { resourceType: T }> => r?.resourceType === type);
}

function only<T extends fhir4.FhirResource['resourceType']>(b: fhir4.Bundle, type: T): Extract<fhir4.FhirResource, { resourceType: T }> {
  const all = resources(b, type);
  expect(all).toHaveLength(1);
  return all[0]!;
}

function resolve(b: fhir4.Bundle, ref: fhir4.Reference | undefined): fhir4.FhirResource | undefined {
  return (b.entry ?? []).find((e) => e.fullUrl === ref?.reference)?.resource;
}

function ext(exts: fhir4.Extension[] | undefined, url: string): fhir4.Extension | undefined {
  return exts?.find((e) => e.url === url);
}

/** Paths of elements FHIR forbids in JSON: undefined, null, "", whitespace-only, [], {}. */
function emptyElements(value: unknown, path = '$'): string[] {
  if (value === undefined) return [`${path} is undefined`];
  if (value === null) return [`${path} is null`];
  if (typeof value === 'string') return value.trim() === '' ? [`${path} is an empty string`] : [];
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} is not a finite number`];
  if (Array.isArray(value)) return value.length === 0 ? [`${path} is an empty array`] : value.flatMap((v, i) => emptyElements(v, `${path}[${i}]`));
  if (typeof value === 'object') {
    const entries = Object.entries(value);
    return entries.length === 0 ? [`${path} is an empty object`] : entries.flatMap(([k, v]) => emptyElements(v, `${path}.${k}`));
  }
  return [];
}

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object') {
    Object.values(o).forEach(deepFreeze);
    Object.freeze(o);
  }
  return o;
}

const build = (patch: (i: FhirPlanInput) => void = () => {}) => {
  const input = fixtureInput();
  patch(input);
  return buildPlanBundle(input);
};

// --- the realistic fixture ----------------------------------------------------------

describe('buildPlanBundle: the fixture plan', () => {
  const bundle = build();

  it('is a valid collection bundle with the expected resources', () => {
    expect(validateBundle(bundle)).toEqual([]);
    expect(bundle.type).toBe('collection');
    expect(bundle.timestamp).toBe('2025-03-15T09:30:00.000Z');
    const counts: Record<string, number> = {};
    for (const e of bundle.entry ?? []) counts[e.resource!.resourceType] = (counts[e.resource!.resourceType] ?? 0) + 1;
    // Practitioners: casemanager + Sanne; Organizations: author + Thuiszorg De Roerstreek (deduplicated).
    expect(counts).toEqual({ CarePlan: 1, Patient: 1, Goal: 2, CareTeam: 1, Practitioner: 2, RelatedPerson: 2, Organization: 2, Observation: 6 });
    for (const e of bundle.entry ?? []) expect(e.fullUrl).toBe(`urn:uuid:${e.resource!.id}`);
  });

  it('maps the Patient: BSN, gender, family name with own-prefix, address, telecom', () => {
    const p = only(bundle, 'Patient');
    expect(p.id).toBe(IDS.client);
    expect(p.identifier).toEqual([{ use: 'official', system: 'http://fhir.nl/fhir/NamingSystem/bsn', value: '111222333' }]);
    expect(p.gender).toBe('female');
    expect(p.birthDate).toBe('1941-03-07');
    const name = p.name![0]!;
    expect(name.family).toBe('van der Berg');
    expect(name.given).toEqual(['Johanna', 'Maria']);
    expect(ext(name._family?.extension, EXT.ownPrefix)?.valueString).toBe('van der');
    expect(ext(name._family?.extension, EXT.ownName)?.valueString).toBe('Berg');
    expect(p.address).toEqual([
      {
        use: 'home',
        line: ['Dorpsstraat 12a'],
        _line: [{ extension: [{ url: EXT.streetName, valueString: 'Dorpsstraat' }, { url: EXT.houseNumber, valueString: '12a' }] }],
        city: 'Hollandscheveld',
        postalCode: '7905 AB',
      },
    ]);
    expect(p.telecom).toEqual([{ system: 'phone', value: '0528-341234' }]);
  });

  it('maps the CarePlan: status, intent, category, period, author, team, goals, scores, one activity per action', () => {
    const cp = only(bundle, 'CarePlan');
    expect(cp.id).toBe(IDS.version);
    expect(cp.status).toBe('active');
    expect(cp.intent).toBe('plan');
    expect(cp.title).toBe('Integraal ondersteuningsplan');
    expect(cp.category?.[0]?.coding?.[0]).toMatchObject({ system: 'http://snomed.info/sct', code: '9632001' });
    expect(cp.period).toEqual({ start: '2025-03-01' });
    expect(cp.created).toBe('2025-02-27');
    expect(resolve(bundle, cp.subject)?.resourceType).toBe('Patient');
    const author = resolve(bundle, cp.author);
    expect(author?.resourceType).toBe('Practitioner');
    expect((author as fhir4.Practitioner).identifier).toEqual([{ system: 'http://fhir.nl/fhir/NamingSystem/agb-z', value: '87654321' }]);
    expect(resolve(bundle, cp.careTeam?.[0])?.resourceType).toBe('CareTeam');
    expect(cp.goal?.map((g) => resolve(bundle, g)?.id)).toEqual([IDS.goalBoodschappen, IDS.goalSoos]);
    expect(cp.supportingInfo?.map((r) => resolve(bundle, r)?.resourceType)).toEqual(Array(6).fill('Observation'));
    expect(cp.activity).toHaveLength(3);
    expect(cp.activity!.map((a) => a.detail?.description)).toEqual(fixtureVersion.actions.map((a) => a.description));
    // generatedAt 2025-03-15: all three actions have started and none has ended.
    expect(cp.activity!.map((a) => a.detail?.status)).toEqual(['in-progress', 'in-progress', 'in-progress']);
  });

  it('carries verkenning, wensen, naasten, evaluation date and consent as Dutch notes', () => {
    const notes = only(bundle, 'CarePlan').note!.map((n) => n.text);
    expect(notes[0]).toMatch(/^Verkenning .*: Mevrouw woont/);
    expect(notes[1]).toMatch(/^Wensen en gewenste situatie: Thuis blijven wonen/);
    expect(notes[2]).toMatch(/^Wat de naasten nodig hebben: Anna wil/);
    expect(notes[3]).toBe('Evaluatie gepland op 1 september 2025.');
    expect(notes[4]).toBe('Instemming: Johanna van der Berg heeft op 27 februari 2025 ingestemd met dit plan, met een handtekening op het scherm.');
    expect(only(bundle, 'CarePlan').note![4]).toMatchObject({ time: '2025-02-27', authorString: 'Johanna van der Berg' });
  });

  it('codes the funding law of every action, with the Wmo toewijzing and "informal considered"', () => {
    const details = only(bundle, 'CarePlan').activity!.map((a) => a.detail!);
    expect(details.map((d) => ext(d.extension, EXT.financiering)?.valueCoding)).toEqual([
      { system: SYSTEM.financiering, code: 'INFORMEEL', display: 'Informele hulp (naasten of vrijwilligers, onbetaald)' },
      { system: SYSTEM.financiering, code: 'WMO', display: 'Wmo 2015 (gemeente)' },
      { system: SYSTEM.financiering, code: 'ZVW', display: 'Zorgverzekeringswet (zorgverzekeraar)' },
    ]);
    const bron = ext(details[1]!.extension, EXT.financieringsbron)!.extension!;
    expect(Object.fromEntries(bron.map((e) => [e.url, e.valueString ?? e.valueCoding?.code ?? e.valuePeriod]))).toEqual({
      financier: 'Gemeente Hoogeveen',
      status: 'toegekend',
      periode: { start: '2025-03-01', end: '2025-12-31' },
      toewijzingnummer: '123456789',
      productcategorie: '02',
      productcode: '02A01',
    });
    expect(bron.find((e) => e.url === 'productcategorie')?.valueCoding?.display).toBe('Begeleiding');
    expect(bron.find((e) => e.url === 'productcode')?.valueCoding?.display).toBe('Begeleiding individueel');
    // Zvw: no Wmo-only fields.
    const zvwBron = ext(details[2]!.extension, EXT.financieringsbron)!.extension!.map((e) => e.url);
    expect(zvwBron).toEqual(['financier', 'status', 'periode']);
    // The informal action has neither a funding source nor an "informal considered" flag.
    expect(details[0]!.extension!.map((e) => e.url)).toEqual([EXT.financiering]);
    expect(ext(details[1]!.extension, EXT.informeelOverwogen)?.extension).toEqual([
      { url: 'overwogen', valueBoolean: true },
      { url: 'toelichting', valueString: 'Dochter werkt fulltime; de buurvrouw kan niet op vaste dagen.' },
    ]);
  });

  it("makes the mantelzorger's RelatedPerson the performer of the informal action", () => {
    const informal = only(bundle, 'CarePlan').activity![0]!.detail!;
    const performer = resolve(bundle, informal.performer?.[0]) as fhir4.RelatedPerson;
    expect(performer.resourceType).toBe('RelatedPerson');
    expect(performer.id).toBe(IDS.anna);
    expect(resolve(bundle, performer.patient)?.resourceType).toBe('Patient');
    expect(performer.relationship?.map((r) => r.coding?.[0]?.code)).toEqual(['DAUC', 'mantelzorger', '23']);
    expect(resolve(bundle, informal.goal?.[0])?.id).toBe(IDS.goalBoodschappen);
    expect(informal.scheduledTiming).toEqual({ repeat: { boundsPeriod: { start: '2025-03-01' }, frequency: 1, period: 1, periodUnit: 'wk' }, code: { text: '1 keer per week' } });
  });

  it('resolves the other performers: the organisation of the Wmo action and the wijkverpleegkundige', () => {
    const [, begeleiding, verpleging] = only(bundle, 'CarePlan').activity!.map((a) => a.detail!);
    const org = resolve(bundle, begeleiding!.performer?.[0]) as fhir4.Organization;
    expect(org).toMatchObject({ resourceType: 'Organization', id: IDS.roerstreek, name: 'Thuiszorg De Roerstreek' });
    const nurse = resolve(bundle, verpleging!.performer?.[0]) as fhir4.Practitioner;
    expect(nurse).toMatchObject({ resourceType: 'Practitioner', id: IDS.sanne, name: [{ text: 'Sanne Bos' }] });
    expect(verpleging!.goal).toBeUndefined();
    expect(verpleging!.scheduledTiming?.repeat).toMatchObject({ frequency: 1, period: 1, periodUnit: 'd', boundsPeriod: { start: '2025-01-15' } });
  });

  it('maps the network to a CareTeam: casemanager, naasten, professional on behalf of her organisation', () => {
    const team = only(bundle, 'CareTeam');
    expect(team.id).toBe(derivedUuid(IDS.version, 'careteam'));
    expect(team.status).toBe('active');
    expect(resolve(bundle, team.subject)?.resourceType).toBe('Patient');
    const parts = team.participant!;
    expect(parts.map((p) => resolve(bundle, p.member)?.resourceType)).toEqual(['Practitioner', 'RelatedPerson', 'RelatedPerson', 'Practitioner']);
    expect(parts[1]!.role?.map((r) => r.text)).toEqual(['dochter', 'Mantelzorger', 'Contactpersoon']);
    expect(parts[2]!.role?.map((r) => r.text)).toEqual(['zoon', 'Bewindvoerder']);
    expect(parts[2]!.role?.[1]?.coding?.[0]).toEqual({ system: SYSTEM.rolCodelijst, code: '14', display: 'Bewindvoerder' });
    expect(resolve(bundle, parts[3]!.onBehalfOf)?.id).toBe(IDS.roerstreek);
    const authorOrg = resolve(bundle, parts[0]!.onBehalfOf) as fhir4.Organization;
    expect(authorOrg).toMatchObject({ name: 'Zorgnetwerk Hollandscheveld', identifier: [{ system: 'http://fhir.nl/fhir/NamingSystem/agb-z', value: '12345678' }] });
    expect(team.managingOrganization?.[0]?.reference).toBe(`urn:uuid:${authorOrg.id}`);
  });

  it('maps goals: statuses, life domain as category, due date, the client as subject', () => {
    const [boodschappen, soos] = resources(bundle, 'Goal');
    expect(boodschappen).toMatchObject({
      id: IDS.goalBoodschappen,
      lifecycleStatus: 'active',
      achievementStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/goal-achievement', code: 'in-progress' }] },
      description: { text: fixtureGoals[0]!.description },
      target: [{ dueDate: '2025-09-01' }],
    });
    expect(boodschappen!.category).toEqual([
      { coding: [{ system: domainSystem('positieve-gezondheid'), version: '2016', code: 'dagelijks-functioneren', display: 'Dagelijks functioneren' }], text: 'Dagelijks functioneren' },
    ]);
    expect(resolve(bundle, boodschappen!.subject)?.resourceType).toBe('Patient');
    expect(soos).toMatchObject({ lifecycleStatus: 'accepted' });
    expect(soos!.achievementStatus).toBeUndefined();
    expect(soos!.target).toBeUndefined();
  });

  it('makes one Observation per score of the linked set, with instrument, version, scale and scorer', () => {
    const obs = resources(bundle, 'Observation');
    expect(obs).toHaveLength(6);
    expect(Object.fromEntries(obs.map((o) => [o.code.coding![0]!.code, o.valueInteger]))).toEqual(linkedScores);
    for (const o of obs) {
      expect(o.status).toBe('final');
      expect(o.effectiveDateTime).toBe('2025-02-20');
      expect(o.code.coding![0]).toMatchObject({ system: domainSystem('positieve-gezondheid'), version: '2016' });
      expect(o.method?.coding?.[0]).toMatchObject({ code: 'positieve-gezondheid', version: '2016', display: 'Positieve Gezondheid' });
      expect(o.note![0]!.text).toBe('Instrument: Positieve Gezondheid (versie 2016), schaal 0–10 (0 = slecht, 10 = uitstekend). Gescoord door de cliënt samen met een professional.');
      expect(resolve(bundle, o.performer?.[0])?.resourceType).toBe('Patient');
    }
    // Domain order of the instrument, not the order of the score record.
    expect(obs.map((o) => o.code.text)).toEqual(['Lichaamsfuncties', 'Mentaal welbevinden', 'Zingeving', 'Kwaliteit van leven', 'Meedoen', 'Dagelijks functioneren']);
    expect(obs[2]!.note![1]!.text).toBe('Mist haar man; de kerk is ver weg.');
  });

  it('never exports the signature, nor internal codes and ids', () => {
    const json = JSON.stringify(bundle);
    expect(json).not.toContain(SIGNATURE);
    expect(json).not.toMatch(/data:image|base64|iVBOR/);
    expect(json).not.toMatch(/signature/i);
    for (const key of ['performerKind', 'performerMemberId', 'fundingId', 'informeelOverwogen', 'planVersionId', 'originId', 'usedByActions']) expect(json).not.toContain(key);
    for (const id of [IDS.wmo, IDS.zvw, IDS.plan, IDS.actionBegeleiding]) expect(json).not.toContain(id);
    expect(json).not.toContain('IR1234567'); // identity document number
    expect(json).not.toContain('"netwerk"');
    expect(json).not.toContain('"organisatie"');
  });

  it('has no undefined, null, empty strings, empty arrays or empty objects anywhere', () => {
    expect(emptyElements(bundle)).toEqual([]);
    expect(emptyElements(JSON.parse(JSON.stringify(bundle)))).toEqual([]);
  });
});

describe('buildPlanBundle: determinism and purity', () => {
  it('gives byte-identical JSON for the same input', () => {
    expect(JSON.stringify(build(), null, 2)).toBe(JSON.stringify(build(), null, 2));
  });

  it('does not mutate its input', () => {
    const input = deepFreeze(fixtureInput());
    const copy = structuredClone(input);
    expect(() => buildPlanBundle(input)).not.toThrow();
    expect(input).toEqual(copy);
  });

  it('only depends on generatedAt for time: another instant changes the timestamp, not the ids', () => {
    const a = build();
    const b = build((i) => (i.generatedAt = '2025-03-16T08:00:00Z'));
    expect(b.timestamp).toBe('2025-03-16T08:00:00Z');
    expect(b.entry!.map((e) => e.fullUrl)).toEqual(a.entry!.map((e) => e.fullUrl));
  });

  it('refuses a generatedAt that is not an instant', () => {
    expect(() => build((i) => (i.generatedAt = 'gisteren'))).toThrow(/generatedAt/);
  });

  it('turns ids that are not UUIDs into stable UUIDv5s', () => {
    expect(toUuid('01953A10-7C00-7A01-8000-0000000000C1')).toBe('01953a10-7c00-7a01-8000-0000000000c1');
    expect(toUuid('legacy-42')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(toUuid('legacy-42')).toBe(toUuid('legacy-42'));
    expect(toUuid('legacy-42')).not.toBe(toUuid('legacy-43'));
    const b = build((i) => {
      i.client.id = 'client-1';
      i.version.id = 'version-1';
    });
    expect(validateBundle(b)).toEqual([]);
    expect(only(b, 'Patient').id).toBe(toUuid('client-1'));
  });
});

describe('buildPlanBundle: variations', () => {
  it('leaves out what is unknown: no BSN, no address, no tussenvoegsel, geslacht unknown', () => {
    const b = build((i) => {
      Object.assign(i.client, { bsn: null, geslacht: null, tussenvoegsel: null, voornaam: null, adresStraat: null, adresHuisnummer: null, adresPostcode: null, adresWoonplaats: null, telefoon: null });
    });
    expect(validateBundle(b)).toEqual([]);
    const p = only(b, 'Patient');
    expect(p.identifier).toBeUndefined();
    expect(p.address).toBeUndefined();
    expect(p.telecom).toBeUndefined();
    expect(p.gender).toBe('unknown');
    expect(p.name).toEqual([{ use: 'official', text: 'Berg', family: 'Berg', _family: { extension: [{ url: EXT.ownName, valueString: 'Berg' }] } }]);
    expect(emptyElements(b)).toEqual([]);
  });

  it('makes the author organisation the author when the casemanager is unknown', () => {
    const b = build((i) => {
      i.author = { organisationName: 'Zorgnetwerk Hollandscheveld', organisationAgb: null, casemanagerName: null, casemanagerAgb: null };
      i.version.actions[0]!.performerKind = 'casemanager';
      i.version.actions[0]!.performerMemberId = null;
    });
    expect(validateBundle(b)).toEqual([]);
    const cp = only(b, 'CarePlan');
    const author = resolve(b, cp.author) as fhir4.Organization;
    expect(author).toMatchObject({ resourceType: 'Organization', name: 'Zorgnetwerk Hollandscheveld' });
    expect(author.identifier).toBeUndefined();
    expect(cp.activity![0]!.detail!.performer?.[0]?.reference).toBe(cp.author?.reference);
    expect(resources(b, 'Practitioner').map((p) => p.id)).toEqual([IDS.sanne]);
  });

  it('uses the latest score set when none is linked to the version, and none when there are no scores', () => {
    const b = build((i) => {
      i.version.scoreHistory = i.version.scoreHistory.map((s) => ({ ...s, planVersionId: IDS.previousVersion }));
    });
    expect(resources(b, 'Observation').every((o) => o.effectiveDateTime === '2025-02-20')).toBe(true);
    const older = build((i) => {
      i.version.scoreHistory = [i.version.scoreHistory[0]!];
    });
    expect(resources(older, 'Observation').map((o) => o.valueInteger)).toEqual([6, 5, 3, 5, 2, 6]);
    expect(resources(older, 'Observation')[0]!.performer?.[0]?.reference).toBe(`urn:uuid:${IDS.client}`);
    const none = build((i) => {
      i.version.scoreHistory = [];
    });
    expect(validateBundle(none)).toEqual([]);
    expect(resources(none, 'Observation')).toEqual([]);
    expect(only(none, 'CarePlan').supportingInfo).toBeUndefined();
  });

  it('a professional score has no performer; scores of domains the set no longer has keep their key', () => {
    const b = build((i) => {
      i.version.scoreHistory = [{ scoredOn: '2025-03-01', scoredBy: 'professional', planVersionId: IDS.version, scores: { meedoen: 4, 'oud-domein': 2 }, notes: {} }];
    });
    expect(validateBundle(b)).toEqual([]);
    const obs = resources(b, 'Observation');
    expect(obs.map((o) => [o.code.text, o.code.coding![0]!.display, o.performer])).toEqual([
      ['Meedoen', 'Meedoen', undefined],
      ['oud-domein', undefined, undefined],
    ]);
  });

  it('a concept is a draft: goals proposed, activities not started, no created date', () => {
    const b = build((i) => {
      Object.assign(i.version, { status: 'concept', vastgesteldOp: null, consent: null });
      i.version.goals[0]!.status = 'nieuw';
    });
    expect(validateBundle(b)).toEqual([]);
    const cp = only(b, 'CarePlan');
    expect(cp.status).toBe('draft');
    expect(cp.created).toBeUndefined();
    expect(cp.activity!.every((a) => a.detail!.status === 'not-started')).toBe(true);
    expect(resources(b, 'Goal').map((g) => g.lifecycleStatus)).toEqual(['proposed', 'proposed']);
    expect(cp.note!.some((n) => n.text.startsWith('Instemming'))).toBe(false);
  });

  it('a replaced version is revoked; an evaluated one stays active and carries the evaluation', () => {
    const replaced = only(build((i) => (i.version.status = 'vervangen')), 'CarePlan');
    expect(replaced.status).toBe('revoked');
    expect(replaced.activity!.map((a) => a.detail!.status)).toEqual(['stopped', 'stopped', 'stopped']);
    const evaluated = build((i) => {
      Object.assign(i.version, { status: 'geevalueerd', evaluatedOn: '2025-03-10', evaluatie: 'Boodschappen lukken goed.' });
      i.version.goals[0]!.status = 'behaald';
      i.version.goals[1]!.status = 'deels_behaald';
    });
    expect(validateBundle(evaluated)).toEqual([]);
    const cp = only(evaluated, 'CarePlan');
    expect(cp.status).toBe('active');
    expect(cp.note).toContainEqual({ time: '2025-03-10', text: 'Evaluatie van 10 maart 2025: Boodschappen lukken goed.' });
    expect(resources(evaluated, 'Goal').map((g) => [g.lifecycleStatus, g.achievementStatus?.coding?.[0]?.code])).toEqual([
      ['completed', 'achieved'],
      ['active', 'improving'],
    ]);
  });

  it('mentions the witness of an oral consent', () => {
    const b = build((i) => (i.version.consent = { date: '2025-02-27', method: 'mondeling_getuige', by: 'Kees van der Berg', witness: 'Petra Jansen', signature: null }));
    expect(only(b, 'CarePlan').note!.at(-1)!.text).toBe('Instemming: Kees van der Berg heeft op 27 februari 2025 ingestemd met dit plan, mondeling, in aanwezigheid van een getuige; getuige: Petra Jansen.');
  });

  it('makes one Organization of the author organisation and a colleague of the same organisation', () => {
    const colleague: NetworkMember = { ...sanne, id: '01953a10-7c00-7a01-8000-0000000000d7', name: 'Ria Smit', organisationId: '01953a10-7c00-7a01-8000-0000000000e9', organisationName: 'zorgnetwerk  Hollandscheveld' };
    const b = build((i) => {
      i.network.push(colleague);
      // An organisation performer with the colleague's organisation id resolves to the same resource.
      Object.assign(i.version.actions[1]!, { performerOrganisationId: colleague.organisationId, performerLabel: 'Zorgnetwerk Hollandscheveld' });
    });
    expect(validateBundle(b)).toEqual([]);
    const orgs = resources(b, 'Organization');
    expect(orgs.map((o) => o.name)).toEqual(['Zorgnetwerk Hollandscheveld', 'Thuiszorg De Roerstreek']);
    const team = only(b, 'CareTeam');
    expect(team.participant!.at(-1)!.onBehalfOf?.reference).toBe(`urn:uuid:${orgs[0]!.id}`);
    expect(only(b, 'CarePlan').activity![1]!.detail!.performer?.[0]?.reference).toBe(`urn:uuid:${orgs[0]!.id}`);
  });

  it('drops a performer that is not in the network rather than leaving a dangling reference', () => {
    const b = build((i) => (i.network = [kees, sanne]));
    expect(validateBundle(b)).toEqual([]);
    expect(only(b, 'CarePlan').activity![0]!.detail!.performer).toBeUndefined();
  });
});

describe('status and schedule mappings', () => {
  it('maps the plan status to CarePlan.status', () => {
    expect(carePlanStatus('concept', null, '2025-01-01')).toBe('draft');
    expect(carePlanStatus('vastgesteld', null, '2025-01-01')).toBe('active');
    expect(carePlanStatus('vastgesteld', '2025-01-01', '2025-01-01')).toBe('active');
    expect(carePlanStatus('vastgesteld', '2024-12-31', '2025-01-01')).toBe('completed');
    expect(carePlanStatus('geevalueerd', null, '2025-01-01')).toBe('active');
    expect(carePlanStatus('vervangen', null, '2025-01-01')).toBe('revoked');
  });

  it('maps every goal status', () => {
    const table = GOAL_STATUSES.map((s) => [s, goalStatuses(s, 'vastgesteld').lifecycle, goalStatuses(s, 'vastgesteld').achievement?.code]);
    expect(table).toEqual([
      ['nieuw', 'accepted', undefined],
      ['lopend', 'active', 'in-progress'],
      ['behaald', 'completed', 'achieved'],
      ['deels_behaald', 'active', 'improving'],
      ['niet_behaald', 'completed', 'not-achieved'],
      ['vervallen', 'cancelled', undefined],
    ]);
    expect(goalStatuses('nieuw', 'concept').lifecycle).toBe('proposed');
  });

  it('derives the activity status from the planned dates', () => {
    const a = (startDate: string, endDate: string | null) => ({ startDate, endDate });
    const today = '2025-03-15';
    expect(activityStatus('vastgesteld', a('2025-03-16', null), null, today)).toBe('not-started');
    expect(activityStatus('vastgesteld', a('2025-03-15', null), null, today)).toBe('in-progress');
    expect(activityStatus('vastgesteld', a('2025-01-01', '2025-03-15'), null, today)).toBe('in-progress');
    expect(activityStatus('vastgesteld', a('2025-01-01', '2025-03-14'), null, today)).toBe('completed');
    expect(activityStatus('vastgesteld', a('2025-01-01', null), '2025-02-01', today)).toBe('completed');
    expect(activityStatus('concept', a('2025-01-01', null), null, today)).toBe('not-started');
    expect(activityStatus('vervangen', a('2025-01-01', null), null, today)).toBe('stopped');
    expect(activityStatus('vervangen', a('2025-04-01', null), null, today)).toBe('cancelled');
    expect(activityStatus('vervangen', a('2025-01-01', '2025-02-01'), null, today)).toBe('completed');
  });

  it('takes "today" in the Netherlands: late evening UTC is already the next day', () => {
    const b = build((i) => {
      i.generatedAt = '2025-02-28T23:30:00Z'; // 1 March 00:30 in Amsterdam
    });
    expect(only(b, 'CarePlan').activity![0]!.detail!.status).toBe('in-progress');
    const before = build((i) => (i.generatedAt = '2025-02-28T22:30:00Z'));
    expect(only(before, 'CarePlan').activity![0]!.detail!.status).toBe('not-started');
  });

  it('maps the frequency to Timing', () => {
    expect(schedule(3, 'kwartaal', '2025-01-01', '2025-12-31')).toEqual({
      scheduledTiming: { repeat: { boundsPeriod: { start: '2025-01-01', end: '2025-12-31' }, frequency: 3, period: 3, periodUnit: 'mo' }, code: { text: '3 keer per kwartaal' } },
    });
    expect(schedule(2, 'maand', '2025-01-01', null).scheduledTiming?.repeat).toMatchObject({ frequency: 2, period: 1, periodUnit: 'mo' });
    expect(schedule(null, 'eenmalig', '2025-01-01', null)).toEqual({ scheduledTiming: { repeat: { boundsPeriod: { start: '2025-01-01' }, count: 1 }, code: { text: 'Eenmalig' } } });
    expect(schedule(4, 'zo_nodig', '2025-01-01', null)).toEqual({ scheduledTiming: { repeat: { boundsPeriod: { start: '2025-01-01' } }, code: { text: 'Zo nodig' } } });
    expect(schedule(null, null, '2025-01-01', '2025-02-01')).toEqual({ scheduledPeriod: { start: '2025-01-01', end: '2025-02-01' } });
    expect(schedule(null, 'week', '2025-01-01', null).scheduledTiming).toEqual({ repeat: { boundsPeriod: { start: '2025-01-01' }, period: 1, periodUnit: 'wk' }, code: { text: 'Per week' } });
  });

  it('maps iWmo geslacht to gender', () => {
    expect([gender('0'), gender('1'), gender('2'), gender(null)]).toEqual(['unknown', 'male', 'female', 'unknown']);
  });

  it('selects the score sets of the version, else the latest', () => {
    const set = (scoredOn: string, planVersionId: string | null): ScoreSet => ({ scoredOn, scoredBy: 'client', planVersionId, scores: {}, notes: {} });
    expect(scoreSetsFor({ id: 'v', scoreHistory: [set('2025-01-01', 'v'), set('2025-02-01', 'x'), set('2025-01-05', 'v')] }).map((s) => s.scoredOn)).toEqual(['2025-01-01', '2025-01-05']);
    expect(scoreSetsFor({ id: 'v', scoreHistory: [set('2025-01-01', null), set('2025-02-01', 'x'), set('2025-01-05', null)] }).map((s) => s.scoredOn)).toEqual(['2025-02-01']);
    expect(scoreSetsFor({ id: 'v', scoreHistory: [] })).toEqual([]);
  });
});

// --- property: any subset of the plan exports validly --------------------------------

const volunteer: NetworkMember = { ...kees, id: '01953a10-7c00-7a01-8000-0000000000d4', kind: 'vrijwilliger', name: 'Gerrit Mulder', relation: 'maatje', vertegenwoordiging: null };
const partner: NetworkMember = { ...kees, id: '01953a10-7c00-7a01-8000-0000000000d5', name: 'Jan', relation: 'partner', vertegenwoordiging: 'gevolmachtigde', isContactpersoon: true };
const huisarts: NetworkMember = { ...sanne, id: '01953a10-7c00-7a01-8000-0000000000d6', name: 'Dokter Hoekstra', relation: 'huisarts', organisationId: null, organisationName: null };
// Same organisation name as the author: must become ONE Organization.
const collega: NetworkMember = { ...sanne, id: '01953a10-7c00-7a01-8000-0000000000d7', name: 'Ria Smit', relation: 'casemanager dementie', organisationId: null, organisationName: 'Zorgnetwerk Hollandscheveld' };
const NETWORK_POOL = [anna, kees, sanne, volunteer, partner, huisarts, collega];
const GOAL_POOL: Goal[] = [
  ...fixtureGoals,
  { id: '01953a10-7c00-7a01-8000-0000000000b3', originId: '01953a10-7c00-7a01-8000-0000000000b3', domain: 'zingeving', description: 'Weer naar de kerk.', targetDate: '2025-12-01', status: 'nieuw', position: 2 },
];

const isoDay = fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });

const actionArb = (i: number): fc.Arbitrary<PlanAction> =>
  fc
    .record({
      performerKind: fc.constantFrom(...PERFORMER_KINDS),
      member: fc.constantFrom(...NETWORK_POOL.map((m) => m.id)),
      orgId: maybe(fc.constantFrom(IDS.roerstreek, '01953a10-7c00-7a01-8000-0000000000e2')),
      performerName: maybe(fc.constantFrom('Buurtteam Zuid', 'Stichting Welzijn', ' ')),
      frequencyCount: maybe(fc.integer({ min: 1, max: 14 })),
      frequencyUnit: maybe(fc.constantFrom(...ACTION_FREQUENCY_UNITS)),
      dates: fc.tuple(isoDay, maybe(isoDay)),
      financing: fc.constantFrom(...FUNDING_KINDS),
      fundingId: maybe(fc.constantFrom(IDS.wmo, IDS.zvw, '01953a10-7c00-7a01-8000-0000000000ff')),
      goalId: maybe(fc.constantFrom(...GOAL_POOL.map((g) => g.id))),
      informeelOverwogen: fc.boolean(),
      informeelToelichting: maybe(fc.constantFrom('Geen naasten beschikbaar', '')),
    })
    .map((r) => {
      const [start, end] = r.dates;
      const endDate = end !== null && end < start ? start : end;
      const id = `01953a10-7c00-7a01-8000-1${i.toString(16).padStart(11, '0')}`;
      return {
        id,
        originId: id,
        goalId: r.goalId,
        description: `Actie ${i + 1}: iets concreets`,
        performerKind: r.performerKind,
        performerMemberId: r.performerKind === 'netwerk' ? r.member : null,
        performerOrganisationId: r.performerKind === 'organisatie' ? r.orgId : null,
        performerName: r.performerName,
        performerLabel: r.performerKind === 'organisatie' && r.orgId !== null ? 'Thuiszorg De Roerstreek' : 'Iemand',
        frequencyCount: r.frequencyCount,
        frequencyUnit: r.frequencyUnit,
        startDate: start,
        endDate,
        financing: r.financing,
        fundingId: r.fundingId,
        fundingLabel: null,
        informeelOverwogen: r.informeelOverwogen,
        informeelToelichting: r.informeelToelichting,
        position: i,
      } satisfies PlanAction;
    });

const inputArb: fc.Arbitrary<FhirPlanInput> = fc
  .record({
    network: fc.subarray(NETWORK_POOL),
    goals: fc.subarray(GOAL_POOL).chain((gs) => fc.tuple(...gs.map((g) => fc.constantFrom(...GOAL_STATUSES).map((status) => ({ ...g, status }))))),
    actionCount: fc.integer({ min: 0, max: 8 }),
    planStatus: fc.constantFrom(...PLAN_STATUSES),
    einddatum: maybe(isoDay),
    consent: fc.boolean(),
    scoreSets: fc.subarray(fixtureVersion.scoreHistory),
    funding: fc.subarray([wmo, zvw] as Funding[]),
    geslacht: fc.constantFrom('0', '1', '2', null),
    tussenvoegsel: maybe(fc.constantFrom('van', 'de', 'van der')),
    bsn: maybe(fc.constant('111222333')),
    straat: maybe(fc.constant('Dorpsstraat')),
    casemanager: maybe(fc.constantFrom('Petra Jansen', 'Ria Smit')),
    agb: maybe(fc.constant('87654321')),
    generatedAt: fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2027-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
  })
  .chain((r) => fc.tuple(fc.constant(r), fc.tuple(...Array.from({ length: r.actionCount }, (_, i) => actionArb(i)))))
  .map(([r, actions]) => {
    const input = fixtureInput();
    Object.assign(input.client, { geslacht: r.geslacht, tussenvoegsel: r.tussenvoegsel, bsn: r.bsn, adresStraat: r.straat });
    input.network = r.network.map((m) => structuredClone(m));
    input.funding = r.funding.map((f) => structuredClone(f));
    input.author = { ...input.author, casemanagerName: r.casemanager, casemanagerAgb: r.agb };
    input.generatedAt = r.generatedAt;
    const version: PlanVersionDetail = {
      ...input.version,
      status: r.planStatus,
      // The domain refuses an einddatum before the ingangsdatum (versionDateIssues).
      einddatum: r.einddatum !== null && r.einddatum < input.version.ingangsdatum! ? input.version.ingangsdatum : r.einddatum,
      consent: r.consent ? input.version.consent : null,
      goals: [...r.goals],
      actions: [...actions],
      scoreHistory: r.scoreSets.map((s) => structuredClone(s)),
    };
    input.version = version;
    return input;
  });

describe('buildPlanBundle: property', () => {
  it('for any subset of goals, actions and network the bundle validates, with one activity per action', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const b = buildPlanBundle(input);
        expect(validateBundle(b)).toEqual([]);
        expect(emptyElements(b)).toEqual([]);
        const cp = only(b, 'CarePlan');
        expect(cp.activity ?? []).toHaveLength(input.version.actions.length);
        expect((cp.activity ?? []).map((a) => a.detail?.description)).toEqual(input.version.actions.map((a) => a.description));
        expect(resources(b, 'Goal').map((g) => g.id)).toEqual(input.version.goals.map((g) => g.id));
        expect(resources(b, 'RelatedPerson')).toHaveLength(input.network.filter((m) => m.kind !== 'professional').length);
        // Every action whose performer is a network member present in the network references that member.
        input.version.actions.forEach((a, i) => {
          const performer = cp.activity![i]!.detail!.performer?.[0];
          if (a.performerKind === 'netwerk' && input.network.some((m) => m.id === a.performerMemberId)) expect(performer?.reference).toBe(`urn:uuid:${a.performerMemberId}`);
          if (a.performerKind === 'client') expect(performer?.reference).toBe(`urn:uuid:${IDS.client}`);
        });
        const json = JSON.stringify(b);
        expect(json).not.toContain('base64');
        expect(JSON.stringify(buildPlanBundle(input))).toBe(json);
      }),
      { numRuns: 150 },
    );
  });
});
