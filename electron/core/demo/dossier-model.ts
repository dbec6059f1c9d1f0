/**
 * The demo network's dossiers: product catalogues, client details, timelines,
 * networks, funding and plans — deterministic per seed, generated for EVERY client so
 * ids agree across roles; each role writes only what it holds (generator.ts).
 *
 * This draws from its own random stream and id stream (not the ones of
 * network-model.ts), so adding dossier detail never changes the ids or names of
 * organisations, casemanagers or clients. IMPORTANT: within this file, only ever
 * append new draws after the existing ones.
 *
 * Dates are laid out backwards from a fixed demo "today" (DEMO_TODAY), so the same
 * seed gives the same dates on every machine and every day.
 */
import { base, Faker, nl } from '@faker-js/faker';
import type { ClientEventKind, ConsentMethod, FundingKind, GoalStatus } from '../../../shared/domain/enums';
import { addMonths } from '../../../shared/domain/dates';
import { seededIds } from '../ids';
import type { DemoClient, NetworkModel } from './network-model';

export const DEMO_TODAY = '2026-11-16';

export interface DemoProduct {
  id: string;
  gemeenteCode: string;
  productCategorie: string;
  productCode: string;
  omschrijving: string;
  eenheid: string;
  tariefCents: number;
  validFrom: string;
  validTo: string | null;
}

export interface DemoEvent {
  id: string;
  clientId: string;
  kind: ClientEventKind;
  date: string;
  detail: string | null;
}

export interface DemoMember {
  id: string;
  clientId: string;
  kind: 'naaste' | 'vrijwilliger' | 'professional';
  name: string;
  relation: string;
  isMantelzorger: boolean;
  isContactpersoon: boolean;
  organisationId: string | null;
  organisationName: string | null;
  telefoon: string | null;
  taken: string | null;
  behoeften: string | null;
  load: { id: string; date: string; score: number; note: string | null }[];
}

export interface DemoFunding {
  id: string;
  clientId: string;
  kind: FundingKind;
  funderId: string;
  startDate: string;
  endDate: string | null;
  toewijzingNummer: number | null;
  productCategorie: string | null;
  productCode: string | null;
  volume: number | null;
  eenheid: string | null;
  frequentie: string | null;
  zvwSoort: string | null;
  wlzZorgprofiel: string | null;
  wlzLeveringsvorm: string | null;
}

export interface DemoGoal {
  id: string;
  originId: string;
  domain: string;
  description: string;
  targetDate: string | null;
  status: GoalStatus;
  position: number;
}

export interface DemoAction {
  id: string;
  originId: string;
  goalId: string | null;
  description: string;
  performerKind: 'client' | 'netwerk' | 'organisatie' | 'casemanager';
  performerMemberId: string | null;
  performerOrganisationId: string | null;
  performerName: string | null;
  frequencyCount: number | null;
  frequencyUnit: 'dag' | 'week' | 'maand' | null;
  startDate: string;
  endDate: string | null;
  financing: FundingKind;
  fundingId: string | null;
  informeelOverwogen: boolean;
  informeelToelichting: string | null;
  position: number;
}

export interface DemoVersion {
  id: string;
  versionNo: number;
  status: 'concept' | 'vastgesteld' | 'geevalueerd' | 'vervangen';
  basedOnVersionId: string | null;
  verkenning: string;
  wensen: string;
  naasten: string | null;
  ingangsdatum: string;
  evaluatiedatum: string;
  consent: { date: string; method: ConsentMethod; by: string; witness: string | null } | null;
  evaluatedOn: string | null;
  evaluatie: string | null;
  goals: DemoGoal[];
  actions: DemoAction[];
  scores: { id: string; domain: string; score: number; scoredOn: string; scoredBy: 'client' | 'professional' | 'samen' }[];
}

export interface DemoPlan {
  id: string;
  clientId: string;
  domainSet: string;
  versions: DemoVersion[];
}

export interface DemoClientDetail {
  clientId: string;
  geslacht: '1' | '2';
  adresStraat: string;
  adresHuisnummer: string;
  adresPostcode: string;
  adresWoonplaats: string;
  telefoon: string;
  huisarts: string;
  voorkeurstaal: string;
  woonsituatie: string;
  verwijzerSoort: string;
  verwijzerNaam: string;
  bsnVerifiedOn: string | null;
}

export interface DossierModel {
  products: DemoProduct[];
  details: DemoClientDetail[];
  events: DemoEvent[];
  members: DemoMember[];
  funding: DemoFunding[];
  plans: DemoPlan[];
}

const GEMEENTE_PLACES: Record<string, { place: string; postcode: number[]; scheme: (cat: string, n: number) => string }> = {
  '0957': { place: 'Roermond', postcode: [6041, 6042, 6043, 6044, 6045], scheme: (c, n) => `${c}A${String(n).padStart(2, '0')}` },
  '1711': { place: 'Echt', postcode: [6101, 6102, 6107], scheme: (c, n) => `E${c}${String(n).padStart(2, '0')}` },
  '1640': { place: 'Heythuysen', postcode: [6093, 6081, 6085], scheme: (c, n) => `LD${c}${n}` },
  '1641': { place: 'Maasbracht', postcode: [6051, 6061, 6067], scheme: (c, n) => `${c}${String(n).padStart(3, '0')}` },
  '1669': { place: 'Sint Odiliënberg', postcode: [6077, 6071, 6074], scheme: (c, n) => `RD${c}${n}` },
};

/** The kinds of product a dementia network uses, with 2025 and 2026 tariffs (cents per eenheid). */
const PRODUCT_TYPES = [
  { cat: '02', n: 1, omschrijving: 'Begeleiding individueel', eenheid: '04', tarief: [6240, 6490] },
  { cat: '02', n: 2, omschrijving: 'Begeleiding individueel specialistisch', eenheid: '04', tarief: [7410, 7720] },
  { cat: '07', n: 1, omschrijving: 'Dagbesteding ouderen', eenheid: '16', tarief: [4520, 4710] },
  { cat: '01', n: 1, omschrijving: 'Hulp bij het huishouden', eenheid: '04', tarief: [3250, 3380] },
  { cat: '04', n: 1, omschrijving: 'Kortdurend verblijf (logeren)', eenheid: '14', tarief: [14500, 15100] },
] as const;

const GOALS: Record<string, string[]> = {
  lichaamsfuncties: ['Elke dag een rondje lopen met de rollator.', 'Minder vaak vallen in huis.'],
  'mentaal-welbevinden': ["Me 's middags minder onrustig voelen.", 'Minder piekeren over wat ik vergeet.'],
  zingeving: ['Weer naar de kerk op zondag.', 'Mijn kleinkinderen blijven zien.'],
  'kwaliteit-van-leven': ['Zo lang mogelijk thuis blijven wonen.', 'Blijven genieten van de tuin.'],
  meedoen: ['Twee keer per week onder de mensen zijn.', 'Blijven zingen in het koor.'],
  'dagelijks-functioneren': ['Mijn medicijnen op tijd innemen.', 'Met hulp zelf blijven koken.'],
  financien: ['Rekeningen op tijd betaald; mijn dochter helpt.'],
  huisvesting: ['Veilig thuis wonen: traplift en rookmelders.'],
  'huiselijke-relaties': ['Minder spanning tussen mijn man en mij.'],
  'geestelijke-gezondheid': ['Rustiger slapen.'],
  'basale-adl': ['Zelf blijven douchen, met hulp bij het aankleden.'],
  'instrumentele-adl': ['Boodschappen en warme maaltijden geregeld.'],
  'sociaal-netwerk': ['Een vast maatje voor de wandeling.'],
  tijdsbesteding: ['Een zinvolle dag met vaste momenten.'],
};

const PG_DOMAINS = ['lichaamsfuncties', 'mentaal-welbevinden', 'zingeving', 'kwaliteit-van-leven', 'meedoen', 'dagelijks-functioneren'];
const ZRM_GOAL_DOMAINS = ['financien', 'huisvesting', 'huiselijke-relaties', 'geestelijke-gezondheid', 'basale-adl', 'instrumentele-adl', 'sociaal-netwerk', 'tijdsbesteding'];
const ZRM_DOMAINS = ['financien', 'werk-opleiding', 'tijdsbesteding', 'huisvesting', 'huiselijke-relaties', 'geestelijke-gezondheid', 'lichamelijke-gezondheid', 'middelengebruik', 'basale-adl', 'instrumentele-adl', 'sociaal-netwerk', 'maatschappelijke-participatie', 'justitie'];

function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const minDate = (a: string, b: string) => (a < b ? a : b);

export function buildDossiers(model: NetworkModel): DossierModel {
  const f = new Faker({ locale: [nl, base], seed: model.seed * 7919 + 17 });
  const ids = seededIds(model.seed * 104_729 + 3, model.baseMs + 10_000_000);
  const gemeenteFunders = new Map(model.funders.filter((x) => x.law === 'WMO').map((x) => [x.code, x]));
  const insurers = model.funders.filter((x) => x.law === 'ZVW');
  const zorgkantoor = model.funders.find((x) => x.law === 'WLZ')!;
  const orgByName = (name: string) => model.organisations.find((o) => o.name === name)!;
  const chance = (p: number) => f.number.float({ min: 0, max: 1 }) < p;
  const int = (min: number, max: number) => f.number.int({ min, max });

  // Catalogues: every gemeente its own codes; tariffs change on 1 January 2026.
  const products: DemoProduct[] = [];
  for (const [code, g] of Object.entries(GEMEENTE_PLACES)) {
    for (const t of PRODUCT_TYPES) {
      const productCode = g.scheme(t.cat, t.n);
      products.push({ id: ids.newId(), gemeenteCode: code, productCategorie: t.cat, productCode, omschrijving: t.omschrijving, eenheid: t.eenheid, tariefCents: t.tarief[0], validFrom: '2023-01-01', validTo: '2025-12-31' });
      products.push({ id: ids.newId(), gemeenteCode: code, productCategorie: t.cat, productCode, omschrijving: t.omschrijving, eenheid: t.eenheid, tariefCents: t.tarief[1], validFrom: '2026-01-01', validTo: null });
    }
  }
  const productOf = (gemeente: string, cat: string, n = 1) => products.find((p) => p.gemeenteCode === gemeente && p.productCategorie === cat && p.productCode === GEMEENTE_PLACES[gemeente]!.scheme(cat, n) && p.validTo === null)!;

  const details: DemoClientDetail[] = [];
  const events: DemoEvent[] = [];
  const members: DemoMember[] = [];
  const funding: DemoFunding[] = [];
  const plans: DemoPlan[] = [];
  let toewijzingSeq = 0;

  const careOrgs = model.organisations.filter((o) => o.kind === 'vvt');
  const dagbesteding = orgByName('Stichting Welzijn Maasgouw');

  model.clients.forEach((c: DemoClient) => {
    const g = GEMEENTE_PLACES[c.gemeenteCode]!;
    const female = FEMALE_GUESS.test(c.voornaam);
    const alone = chance(0.55);
    const huisartsNaam = `Huisartsenpraktijk ${f.person.lastName()}`;
    const verwijzer = f.helpers.weightedArrayElement([
      { value: ['huisarts', huisartsNaam], weight: 6 },
      { value: ['geheugenpoli', 'Geheugenpolikliniek Roermond'], weight: 3 },
      { value: ['wijkverpleging', 'Wijkverpleging'], weight: 1 },
    ]);
    details.push({
      clientId: c.id,
      geslacht: female ? '2' : '1',
      adresStraat: f.location.street(),
      adresHuisnummer: String(int(1, 180)),
      adresPostcode: `${f.helpers.arrayElement(g.postcode)} ${f.string.alpha({ length: 2, casing: 'upper' })}`,
      adresWoonplaats: g.place,
      telefoon: `0475-${String(int(100000, 999999))}`,
      huisarts: huisartsNaam,
      voorkeurstaal: chance(0.9) ? 'Nederlands' : f.helpers.arrayElement(['Limburgs', 'Duits', 'Turks', 'Arabisch']),
      woonsituatie: alone ? 'alleenstaand' : f.helpers.arrayElement(['met_partner', 'met_partner', 'bij_familie']),
      verwijzerSoort: verwijzer[0],
      verwijzerNaam: verwijzer[1],
      bsnVerifiedOn: c.bsnStatus === 'unverified' ? null : addDays(DEMO_TODAY, -int(30, 700)),
    });

    // Timeline, backwards from DEMO_TODAY, consistent with the client's status.
    const ev = (kind: ClientEventKind, date: string, detail: string | null = null) => events.push({ id: ids.newId(), clientId: c.id, kind, date, detail });
    const recent = c.status === 'aangemeld' || c.status === 'wachtend';
    const aanmelding = recent ? addDays(DEMO_TODAY, -int(1, 75)) : addDays(DEMO_TODAY, -int(120, 900));
    const verwijzing = addDays(aanmelding, -int(0, 10));
    ev('verwijzing', verwijzing, verwijzer[1]);
    ev('aanmelding', aanmelding);
    if (c.status === 'wachtend') ev('wachtlijst', addDays(aanmelding, 1));
    let firstContact: string | null = null;
    let end: string | null = null;
    if (!recent) {
      // Waiting time aanmelding → first care contact: mostly 1–5 weeks, a tail past 6 weeks (NZa).
      firstContact = addDays(aanmelding, chance(0.85) ? int(3, 35) : int(43, 80));
      ev('eerste_contact', firstContact);
      ev('in_zorg', firstContact);
      const later = minDate(addDays(firstContact, int(60, 700)), addDays(DEMO_TODAY, -int(3, 40)));
      if (c.status === 'opgenomen') ev('opname_wlz', (end = later), f.helpers.arrayElement(['Zorgcentrum De Beyart', 'Verpleeghuis Hoogveld', 'Zorgcentrum Sint Joseph']));
      if (c.status === 'overleden') {
        ev('overlijden', (end = later));
        if (chance(0.5)) ev('uitschrijving', addDays(later, int(30, 42)), 'Nazorg afgerond');
      }
      if (c.status === 'uitgeschreven') ev('uitschrijving', (end = later), f.helpers.arrayElement(['Verhuisd naar een andere regio', 'Zorg niet meer nodig', 'Overgestapt naar andere aanbieder']));
    }

    // Network: naasten (a mantelzorger for most), professionals around them.
    const clientMembers: DemoMember[] = [];
    const member = (m: Omit<DemoMember, 'id' | 'clientId' | 'load'>) => {
      const dm = { ...m, id: ids.newId(), clientId: c.id, load: [] as DemoMember['load'] };
      clientMembers.push(dm);
      return dm;
    };
    const achternaam = [c.tussenvoegsel, c.achternaam].filter(Boolean).join(' ');
    if (!alone) member({ kind: 'naaste', name: `${f.helpers.arrayElement(female ? ['Jan', 'Piet', 'Harrie', 'Sjef', 'Wim'] : ['Annie', 'Riet', 'Mien', 'Truus', 'Lies'])} ${achternaam}`, relation: 'partner', isMantelzorger: true, isContactpersoon: false, organisationId: null, organisationName: null, telefoon: null, taken: 'Dagelijkse zorg en gezelschap', behoeften: 'Af en toe een dag voor zichzelf', });
    const child = member({
      kind: 'naaste',
      name: `${f.helpers.arrayElement(['Ria', 'Anja', 'Monique', 'Peter', 'Marcel', 'Ingrid', 'Sandra', 'Jos'])} ${chance(0.5) ? achternaam : f.person.lastName()}`,
      relation: f.helpers.arrayElement(['dochter', 'dochter', 'zoon', 'schoondochter']),
      isMantelzorger: alone || chance(0.5),
      isContactpersoon: true,
      organisationId: null,
      organisationName: null,
      telefoon: `06-${String(int(10000000, 99999999))}`,
      taken: f.helpers.arrayElement(['Boodschappen en administratie', 'Medicijnen klaarzetten, afspraken', 'Komt drie keer per week langs']),
      behoeften: f.helpers.arrayElement(['Minder alleen staan in de beslissingen', 'Weten wie ze kan bellen bij onrust', 'Respijt: een weekend per maand vrij']),
    });
    if (chance(0.35)) member({ kind: 'naaste', name: `${f.person.firstName()} ${f.person.lastName()}`, relation: 'buur', isMantelzorger: false, isContactpersoon: false, organisationId: null, organisationName: null, telefoon: null, taken: 'Kijkt dagelijks even of alles goed is', behoeften: null });
    if (chance(0.25)) member({ kind: 'vrijwilliger', name: `${f.person.firstName()} ${f.person.lastName()}`, relation: 'maatje', isMantelzorger: false, isContactpersoon: false, organisationId: dagbesteding.id, organisationName: null, telefoon: null, taken: 'Wekelijkse wandeling', behoeften: null });
    member({ kind: 'professional', name: huisartsNaam.replace('Huisartsenpraktijk ', 'Dr. '), relation: 'huisarts', isMantelzorger: false, isContactpersoon: false, organisationId: null, organisationName: huisartsNaam, telefoon: `0475-${String(int(100000, 999999))}`, taken: null, behoeften: null });
    const wijkOrg = f.helpers.arrayElement(careOrgs);
    if (chance(0.6)) member({ kind: 'professional', name: `Wijkverpleging ${wijkOrg.name}`, relation: 'wijkverpleging', isMantelzorger: false, isContactpersoon: false, organisationId: wijkOrg.id, organisationName: null, telefoon: null, taken: 'Medicatie en persoonlijke verzorging', behoeften: null });
    for (const m of clientMembers.filter((x) => x.isMantelzorger)) {
      const n = recent ? 1 : int(1, 3);
      let score = int(3, 8);
      for (let i = 0; i < n; i++) {
        m.load.push({ id: ids.newId(), date: addDays(DEMO_TODAY, -int(1, 60) - (n - 1 - i) * 90), score, note: score >= 8 ? 'Geeft aan dat het zwaar wordt' : null });
        score = Math.max(0, Math.min(10, score + int(-1, 2)));
      }
    }
    members.push(...clientMembers);

    // Funding: Zvw casemanagement dementie from the first contact; Wmo for about half; Wlz after opname.
    const clientFunding: DemoFunding[] = [];
    const fund = (x: Omit<DemoFunding, 'id' | 'clientId'>) => {
      const df = { ...x, id: ids.newId(), clientId: c.id };
      clientFunding.push(df);
      return df;
    };
    const none = { toewijzingNummer: null, productCategorie: null, productCode: null, volume: null, eenheid: null, frequentie: null, zvwSoort: null, wlzZorgprofiel: null, wlzLeveringsvorm: null };
    let zvw: DemoFunding | null = null;
    let wmo: DemoFunding | null = null;
    if (firstContact) {
      zvw = fund({ ...none, kind: 'ZVW', funderId: f.helpers.arrayElement(insurers).id, startDate: firstContact, endDate: end ? (c.status === 'opgenomen' ? addDays(end, 42) : end) : null, zvwSoort: 'casemanagement_dementie' });
      if (chance(0.55)) {
        const dagb = chance(0.5);
        const p = productOf(c.gemeenteCode, dagb ? '07' : '02');
        const start = addDays(firstContact, int(7, 40));
        const wEnd = addMonths(start, f.helpers.arrayElement([6, 12]));
        const volume = dagb ? int(2, 4) : int(2, 5);
        // A client whose care ended within those first weeks never got the toewijzing.
        if (!end || end > start) wmo = fund({
          ...none,
          kind: 'WMO',
          funderId: gemeenteFunders.get(c.gemeenteCode)!.id,
          startDate: start,
          endDate: end ? minDate(end, wEnd) : wEnd,
          toewijzingNummer: 400_000_000 + ++toewijzingSeq * 7,
          productCategorie: p.productCategorie,
          productCode: p.productCode,
          volume,
          eenheid: p.eenheid,
          frequentie: '2',
        });
      }
      if (c.status === 'opgenomen' && end) fund({ ...none, kind: 'WLZ', funderId: zorgkantoor.id, startDate: end, endDate: null, wlzZorgprofiel: f.helpers.arrayElement(['VV05', 'VV06', 'VV07']), wlzLeveringsvorm: 'intramuraal' });
    }
    funding.push(...clientFunding);

    // Plan: for everyone who came into care.
    if (firstContact) {
      const zrm = chance(0.3);
      const set = zrm ? 'zrm-2017' : 'positieve-gezondheid';
      const goalDomains = f.helpers.arrayElements(zrm ? ZRM_GOAL_DOMAINS : PG_DOMAINS, int(2, 3));
      const stop = end ?? DEMO_TODAY;
      const v1Start = minDate(addDays(firstContact, int(7, 28)), stop);
      const versions: DemoVersion[] = [];
      const mantelzorger = clientMembers.find((m) => m.isMantelzorger) ?? child;
      const makeVersion = (no: number, start: string, basedOn: DemoVersion | null, status: DemoVersion['status']): DemoVersion => {
        const vid = ids.newId();
        const goals: DemoGoal[] = goalDomains.map((domain, i) => {
          const prev = basedOn?.goals.find((x) => x.domain === domain);
          const gid = ids.newId();
          return { id: gid, originId: prev?.originId ?? gid, domain, description: f.helpers.arrayElement(GOALS[domain]!), targetDate: addMonths(start, 6), status: prev ? 'lopend' : 'nieuw', position: i };
        });
        // An action that continues from the previous version keeps its origin: the same help, followed over time.
        const act = (a: Omit<DemoAction, 'id' | 'originId' | 'position'>): DemoAction => {
          const id = ids.newId();
          const prev = basedOn?.actions.find((x) => x.performerKind === a.performerKind && x.financing === a.financing);
          return { ...a, id, originId: prev?.originId ?? id, position: 0 };
        };
        const actions: DemoAction[] = [
          act({ goalId: goals[0]!.id, description: `${mantelzorger.name.split(' ')[0]} doet de boodschappen en kijkt de post na`, performerKind: 'netwerk', performerMemberId: mantelzorger.id, performerOrganisationId: null, performerName: null, frequencyCount: 2, frequencyUnit: 'week', startDate: start, endDate: null, financing: 'INFORMEEL', fundingId: null, informeelOverwogen: false, informeelToelichting: null }),
          act({ goalId: goals[1]?.id ?? null, description: 'Casemanager: huisbezoek, afstemming met huisarts en familie', performerKind: 'casemanager', performerMemberId: null, performerOrganisationId: null, performerName: null, frequencyCount: 1, frequencyUnit: 'maand', startDate: start, endDate: zvw?.endDate ?? null, financing: 'ZVW', fundingId: zvw!.id, informeelOverwogen: true, informeelToelichting: 'Regie en afstemming vragen de casemanager' }),
          act({ goalId: null, description: 'Elke ochtend samen de weekplanner op de koelkast bekijken', performerKind: 'client', performerMemberId: null, performerOrganisationId: null, performerName: null, frequencyCount: 1, frequencyUnit: 'dag', startDate: start, endDate: null, financing: 'INFORMEEL', fundingId: null, informeelOverwogen: false, informeelToelichting: null }),
        ];
        if (wmo && wmo.startDate <= start && (wmo.endDate === null || wmo.endDate >= start)) {
          const p = products.find((x) => x.productCode === wmo!.productCode && x.gemeenteCode === c.gemeenteCode)!;
          actions.push(act({ goalId: goals.at(-1)!.id, description: p.productCategorie === '07' ? 'Dagbesteding in de buurt' : 'Individuele begeleiding: structuur in de week', performerKind: 'organisatie', performerMemberId: null, performerOrganisationId: p.productCategorie === '07' ? dagbesteding.id : c.organisationId, performerName: null, frequencyCount: wmo.volume, frequencyUnit: 'week', startDate: start, endDate: wmo.endDate, financing: 'WMO', fundingId: wmo.id, informeelOverwogen: true, informeelToelichting: 'Familie kan dit niet elke week opvangen' }));
        }
        actions.forEach((a, i) => (a.position = i));
        const scoredOn = start;
        const scores = (zrm ? ZRM_DOMAINS : PG_DOMAINS).map((domain) => ({ id: ids.newId(), domain, score: zrm ? int(1, 5) : int(3, 8), scoredOn, scoredBy: zrm ? ('professional' as const) : ('samen' as const) }));
        const agreed = status !== 'concept';
        return {
          id: vid,
          versionNo: no,
          status,
          basedOnVersionId: basedOn?.id ?? null,
          verkenning: `${c.voornaam} woont ${alone ? 'alleen' : 'samen met partner'} in ${g.place}. Het vergeten neemt toe; overdag is er onrust. ${mantelzorger.relation === 'partner' ? 'De partner' : `De ${mantelzorger.relation}`} helpt, maar geeft aan dat het zwaar is.`,
          wensen: f.helpers.arrayElement(['Thuis blijven wonen, met vaste gezichten om me heen.', 'Zelf blijven beslissen over mijn dag.', 'Niet naar een verpleeghuis zolang het kan.']),
          naasten: mantelzorger.behoeften,
          ingangsdatum: start,
          evaluatiedatum: addMonths(start, 6),
          consent: agreed ? { date: start, method: f.helpers.arrayElement(['papier', 'mondeling_getuige'] as const), by: `${c.voornaam} ${achternaam}`, witness: null } : null,
          evaluatedOn: null,
          evaluatie: null,
          goals,
          actions,
          scores,
        };
      };
      // Every half year the plan is evaluated and agreed anew, up to the client's end or the demo's today.
      let start = v1Start;
      let previous: DemoVersion | null = null;
      for (let no = 1; ; no++) {
        const next = addMonths(start, 6);
        const last = next >= stop || no === 8;
        const v = makeVersion(no, start, previous, 'vastgesteld');
        if (previous) {
          previous.status = 'vervangen';
          previous.evaluatedOn = start;
          previous.evaluatie = 'Doelen deels bereikt; de dagstructuur helpt. Verder met aangepaste afspraken.';
        }
        versions.push(v);
        previous = v;
        if (last) break;
        start = next;
      }
      // Some plans are being rewritten (a concept after the agreed one); some evaluations are a few weeks late.
      if (c.status === 'in_zorg' && versions.length > 1 && chance(0.12)) {
        const current = versions.at(-1)!;
        current.status = 'concept';
        current.consent = null;
        versions.at(-2)!.status = 'geevalueerd';
      } else if (c.status === 'in_zorg' && chance(0.1)) {
        const late = addDays(DEMO_TODAY, -int(1, 30));
        if (late > versions.at(-1)!.ingangsdatum) versions.at(-1)!.evaluatiedatum = late;
      }
      for (const v of versions) if (v.consent?.method === 'mondeling_getuige' && !v.consent.witness) v.consent.witness = mantelzorger.name;
      plans.push({ id: ids.newId(), clientId: c.id, domainSet: set, versions });
    }
  });

  return { products, details, events, members, funding, plans };
}

// The model's first names come from two fixed lists; this tells them apart without a new draw.
const FEMALE_GUESS = /^(Johanna|Maria|Wilhelmina|Petronella|Geertruida|Jacoba|Cornelia|Hendrika|Elisabeth|Anna|Theodora|Gerarda|Catharina|Margaretha|Josephina|Helena|Agnes|Trees|Riet|Mien|Annie|Lies|Truus|Bep)$/;
