/**
 * A realistic plan for the FHIR export tests (plan-bundle.test.ts, validate.test.ts):
 * mevrouw Johanna van der Berg in Hollandscheveld, her daughter (mantelzorger) and son,
 * a wijkverpleegkundige of Thuiszorg De Roerstreek, a Wmo toewijzing and a Zvw entry,
 * and an agreed (vastgesteld) version with two goals, three actions and six Positieve
 * Gezondheid scores. Plain data, no test library: it typechecks against the contract.
 */
import { domainSet as findDomainSet } from '../../../../shared/codelists/index';
import type { DomainSet } from '../../../../shared/codelists/index';
import type { ClientDossierHeader, Funding, Goal, NetworkMember, PlanAction, PlanVersionDetail } from '../../../../shared/contract/index';
import type { FhirPlanInput } from './plan-bundle';

export const IDS = {
  client: '01953a10-7c00-7a01-8000-0000000000c1',
  plan: '01953a10-7c00-7a01-8000-0000000000a1',
  version: '01953a10-7c00-7a01-8000-0000000000a2',
  previousVersion: '01953a10-7c00-7a01-8000-0000000000a0',
  anna: '01953a10-7c00-7a01-8000-0000000000d1',
  kees: '01953a10-7c00-7a01-8000-0000000000d2',
  sanne: '01953a10-7c00-7a01-8000-0000000000d3',
  roerstreek: '01953a10-7c00-7a01-8000-0000000000e1',
  wmo: '01953a10-7c00-7a01-8000-0000000000f1',
  zvw: '01953a10-7c00-7a01-8000-0000000000f2',
  goalBoodschappen: '01953a10-7c00-7a01-8000-0000000000b1',
  goalSoos: '01953a10-7c00-7a01-8000-0000000000b2',
  actionBoodschappen: '01953a10-7c00-7a01-8000-000000000011',
  actionBegeleiding: '01953a10-7c00-7a01-8000-000000000012',
  actionWijkverpleging: '01953a10-7c00-7a01-8000-000000000013',
} as const;

/** A 1×1 PNG: stands in for the consent signature, which must never reach the export. */
export const SIGNATURE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

export const positieveGezondheid: DomainSet = (() => {
  const s = findDomainSet('positieve-gezondheid');
  if (!s) throw new Error('domain set positieve-gezondheid missing from shared/codelists');
  return s;
})();

export const client: ClientDossierHeader = {
  id: IDS.client,
  voornaam: 'Johanna Maria',
  tussenvoegsel: 'van der',
  achternaam: 'Berg',
  geboortedatum: '1941-03-07',
  bsnMasked: '***-**-333',
  status: 'in_zorg',
  casemanagerName: 'Petra Jansen',
  bsn: '111222333',
  bsnStatus: 'verified_sbvz',
  gemeenteCode: '0118',
  casemanagerId: '01953a10-7c00-7a01-8000-0000000000c9',
  organisationName: 'Zorgnetwerk Hollandscheveld',
  createdAt: 1_735_700_000_000,
  updatedAt: 1_740_000_000_000,
  bsnVerifiedOn: '2025-01-10',
  bsnVerifiedBy: 'Petra Jansen',
  idDocumentType: 'identiteitskaart',
  idDocumentNumber: 'IR1234567',
  geslacht: '2',
  adresStraat: 'Dorpsstraat',
  adresHuisnummer: '12a',
  adresPostcode: '7905 AB',
  adresWoonplaats: 'Hollandscheveld',
  telefoon: '0528-341234',
  email: null,
  huisarts: 'Huisartsenpraktijk De Zuidwolde',
  voorkeurstaal: 'Nederlands',
  woonsituatie: 'alleenstaand',
  woonsituatieToelichting: null,
  verwijzerSoort: 'huisarts',
  verwijzerNaam: 'Dokter Hoekstra',
};

const member = (m: Partial<NetworkMember> & Pick<NetworkMember, 'id' | 'kind' | 'name' | 'relation'>): NetworkMember => ({
  clientId: IDS.client,
  isMantelzorger: false,
  isContactpersoon: false,
  vertegenwoordiging: null,
  organisationId: null,
  organisationName: null,
  telefoon: null,
  email: null,
  taken: null,
  behoeften: null,
  load: [],
  ...m,
});

export const anna = member({
  id: IDS.anna,
  kind: 'naaste',
  name: 'Anna de Vries-van der Berg',
  relation: 'dochter',
  isMantelzorger: true,
  isContactpersoon: true,
  telefoon: '06-12345678',
  email: 'anna@example.nl',
  taken: 'Boodschappen, post en administratie',
  behoeften: 'Een vaste vervanger als zij op vakantie is',
  load: [{ id: '01953a10-7c00-7a01-8000-0000000000l1', date: '2025-02-20', score: 7, note: 'Zwaar naast haar werk' }],
});

export const kees = member({ id: IDS.kees, kind: 'naaste', name: 'Kees van der Berg', relation: 'zoon', vertegenwoordiging: 'bewindvoerder' });

export const sanne = member({
  id: IDS.sanne,
  kind: 'professional',
  name: 'Sanne Bos',
  relation: 'wijkverpleging',
  organisationId: IDS.roerstreek,
  organisationName: 'Thuiszorg De Roerstreek',
  telefoon: '0528-200300',
});

const fundingBase = {
  clientId: IDS.client,
  status: 'toegekend',
  endDate: null,
  funderId: null,
  funderName: null,
  funderCode: null,
  onderMandaat: false,
  aangevraagdOp: null,
  toewijzingNummer: null,
  productCategorie: null,
  productCode: null,
  productOmschrijving: null,
  volume: null,
  eenheid: null,
  frequentie: null,
  budgetCents: null,
  zvwSoort: null,
  zvwMinutenPerWeek: null,
  wlzZorgprofiel: null,
  wlzLeveringsvorm: null,
  omschrijving: null,
  usedByActions: 1,
} satisfies Omit<Funding, 'id' | 'kind' | 'startDate'>;

export const wmo: Funding = {
  ...fundingBase,
  id: IDS.wmo,
  kind: 'WMO',
  startDate: '2025-03-01',
  endDate: '2025-12-31',
  funderId: '01953a10-7c00-7a01-8000-0000000000g1',
  funderName: 'Gemeente Hoogeveen',
  funderCode: '0118',
  onderMandaat: true,
  aangevraagdOp: '2025-02-01',
  toewijzingNummer: 123456789,
  productCategorie: '02',
  productCode: '02A01',
  productOmschrijving: 'Begeleiding individueel',
  volume: 2,
  eenheid: '04',
  frequentie: '2',
};

export const zvw: Funding = {
  ...fundingBase,
  id: IDS.zvw,
  kind: 'ZVW',
  startDate: '2025-01-01',
  funderId: '01953a10-7c00-7a01-8000-0000000000g2',
  funderName: 'Zilveren Kruis',
  funderCode: '3311',
  zvwSoort: 'wijkverpleging',
  zvwMinutenPerWeek: 210,
};

export const goals: Goal[] = [
  {
    id: IDS.goalBoodschappen,
    originId: IDS.goalBoodschappen,
    domain: 'dagelijks-functioneren',
    description: 'Ik wil in mijn eigen huis blijven wonen en zelf bepalen wat er in huis komt.',
    targetDate: '2025-09-01',
    status: 'lopend',
    position: 0,
  },
  {
    id: IDS.goalSoos,
    originId: IDS.goalSoos,
    domain: 'meedoen',
    description: 'Ik wil weer elke week naar de soos in het dorpshuis.',
    targetDate: null,
    status: 'nieuw',
    position: 1,
  },
];

const action = (a: Partial<PlanAction> & Pick<PlanAction, 'id' | 'description' | 'performerKind' | 'performerLabel' | 'financing'>): PlanAction => ({
  originId: a.id,
  goalId: null,
  performerMemberId: null,
  performerOrganisationId: null,
  performerName: null,
  frequencyCount: null,
  frequencyUnit: null,
  startDate: '2025-03-01',
  endDate: null,
  fundingId: null,
  fundingLabel: null,
  informeelOverwogen: false,
  informeelToelichting: null,
  position: 0,
  ...a,
});

export const actions: PlanAction[] = [
  action({
    id: IDS.actionBoodschappen,
    goalId: IDS.goalBoodschappen,
    description: 'Samen met moeder de wekelijkse boodschappen doen bij de supermarkt in het dorp.',
    performerKind: 'netwerk',
    performerMemberId: IDS.anna,
    performerLabel: 'Anna de Vries-van der Berg (dochter, mantelzorger)',
    frequencyCount: 1,
    frequencyUnit: 'week',
    financing: 'INFORMEEL',
    position: 0,
  }),
  action({
    id: IDS.actionBegeleiding,
    goalId: IDS.goalSoos,
    description: 'Individuele begeleiding: weekstructuur opbouwen en samen naar de soos gaan.',
    performerKind: 'organisatie',
    performerOrganisationId: IDS.roerstreek,
    performerLabel: 'Thuiszorg De Roerstreek',
    frequencyCount: 2,
    frequencyUnit: 'week',
    endDate: '2025-12-31',
    financing: 'WMO',
    fundingId: IDS.wmo,
    fundingLabel: 'Wmo toewijzing 123456789 – Begeleiding individueel (02A01)',
    informeelOverwogen: true,
    informeelToelichting: 'Dochter werkt fulltime; de buurvrouw kan niet op vaste dagen.',
    position: 1,
  }),
  action({
    id: IDS.actionWijkverpleging,
    description: 'Hulp bij aankleden en steunkousen aantrekken.',
    performerKind: 'netwerk',
    performerMemberId: IDS.sanne,
    performerLabel: 'Sanne Bos (wijkverpleging)',
    frequencyCount: 1,
    frequencyUnit: 'dag',
    startDate: '2025-01-15',
    financing: 'ZVW',
    fundingId: IDS.zvw,
    fundingLabel: 'Zvw wijkverpleging – Zilveren Kruis',
    informeelOverwogen: true,
    position: 2,
  }),
];

export const linkedScores = {
  lichaamsfuncties: 5,
  'mentaal-welbevinden': 6,
  zingeving: 4,
  'kwaliteit-van-leven': 6,
  meedoen: 3,
  'dagelijks-functioneren': 5,
} as const;

export const version: PlanVersionDetail = {
  id: IDS.version,
  versionNo: 2,
  status: 'vastgesteld',
  ingangsdatum: '2025-03-01',
  evaluatiedatum: '2025-09-01',
  vastgesteldOp: '2025-02-27',
  updatedAt: 1_740_650_000_000,
  planId: IDS.plan,
  clientId: IDS.client,
  clientName: 'Johanna Maria van der Berg',
  domainSet: 'positieve-gezondheid',
  basedOnVersionId: IDS.previousVersion,
  verkenning: 'Mevrouw woont sinds het overlijden van haar man alleen. Zij vergeet afspraken en eet onregelmatig. Gesprek met mevrouw, dochter Anna en zoon Kees.',
  wensen: 'Thuis blijven wonen, in het dorp. Weer mensen zien.',
  naasten: 'Anna wil graag blijven helpen, maar heeft een vaste vervanger nodig als zij op vakantie is.',
  einddatum: null,
  consent: { date: '2025-02-27', method: 'handtekening_scherm', by: 'Johanna van der Berg', witness: null, signature: SIGNATURE },
  evaluatedOn: null,
  evaluatie: null,
  goals,
  actions,
  scoreHistory: [
    {
      scoredOn: '2024-09-10',
      scoredBy: 'client',
      planVersionId: IDS.previousVersion,
      scores: { lichaamsfuncties: 6, 'mentaal-welbevinden': 5, zingeving: 3, 'kwaliteit-van-leven': 5, meedoen: 2, 'dagelijks-functioneren': 6 },
      notes: {},
    },
    {
      scoredOn: '2025-02-20',
      scoredBy: 'samen',
      planVersionId: IDS.version,
      scores: { ...linkedScores },
      notes: { zingeving: 'Mist haar man; de kerk is ver weg.' },
    },
  ],
  editable: false,
  undo: null,
};

export function fixtureInput(): FhirPlanInput {
  return structuredClone({
    client,
    network: [anna, kees, sanne],
    funding: [wmo, zvw],
    version,
    domainSet: positieveGezondheid,
    author: { organisationName: 'Zorgnetwerk Hollandscheveld', organisationAgb: '12345678', casemanagerName: 'Petra Jansen', casemanagerAgb: '87654321' },
    generatedAt: '2025-03-15T09:30:00.000Z',
  });
}
