/**
 * FHIR R4 export of ONE integraal ondersteuningsplan version (standards.md §6) as a
 * Bundle of type `collection`: CarePlan (zib NursingIntervention → CarePlan), Goal
 * (zib TreatmentObjective), CareTeam with RelatedPerson / Practitioner / Organization
 * (zib ContactPerson, HealthProfessional, HealthcareProvider), and one Observation per
 * domain score.
 *
 * PURE: no database, file system, clock or randomness. Everything comes in through
 * `FhirPlanInput`; the same input gives byte-identical JSON. Our ids are UUIDv7, so a
 * resource's fullUrl is `urn:uuid:<our id>`; resources without an id of ours get a
 * name-based UUIDv5, which is deterministic too.
 *
 * The bundle is for the client and their PGO: BSN, names and addresses belong in it;
 * our internal codes (performer kinds, funding ids, domain-score row ids) and the
 * consent signature image never do.
 */
import { v5 as uuidv5 } from 'uuid';
import type { DomainSet } from '../../../../shared/codelists/index';
import { IWMO } from '../../../../shared/codelists/index';
import type { ClientDossierHeader, Funding, NetworkMember, PlanAction, PlanVersionDetail, ScoreSet } from '../../../../shared/contract/index';
import { formatDateNl, localDate } from '../../../../shared/domain/dates';
import type { ActionFrequencyUnit, FundingKind, GoalStatus, PlanStatus } from '../../../../shared/domain/enums';
import { displayName, foldText } from '../../../../shared/domain/names';
import type * as fhir4 from './r4';

export type { fhir4 };

export interface FhirPlanAuthor {
  organisationName: string;
  organisationAgb: string | null;
  casemanagerName: string | null;
  casemanagerAgb: string | null;
}

export interface FhirPlanInput {
  /** Identity, BSN, address, phone, geslacht ('0'|'1'|'2'|null), … */
  client: ClientDossierHeader;
  /** Naasten, vrijwilligers, professionals. */
  network: NetworkMember[];
  /** Funding entries the actions may point to (Wmo toewijzing, Zvw, Wlz, …). */
  funding: Funding[];
  /** Goals, actions, score history, consent, status. */
  version: PlanVersionDetail;
  /** The instrument the plan is scored with: code, name, version, domains, scale. */
  domainSet: DomainSet;
  author: FhirPlanAuthor;
  /** ISO instant, for Bundle.timestamp and for "today" when deriving activity status. */
  generatedAt: string;
}

// ---------------------------------------------------------------------------
// Systems and extension URLs
// ---------------------------------------------------------------------------

export const SYSTEM = {
  bsn: 'http://fhir.nl/fhir/NamingSystem/bsn',
  agb: 'http://fhir.nl/fhir/NamingSystem/agb-z',
  snomed: 'http://snomed.info/sct',
  goalAchievement: 'http://terminology.hl7.org/CodeSystem/goal-achievement',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  v3RoleCode: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode',
  /** zib ContactPerson.Role (RolCodelijst, Vektis COD472). */
  rolCodelijst: 'urn:oid:2.16.840.1.113883.2.4.3.11.22.472',
  financiering: 'https://schotvrij.nl/fhir/CodeSystem/financiering',
  financieringStatus: 'https://schotvrij.nl/fhir/CodeSystem/financiering-status',
  netwerkrol: 'https://schotvrij.nl/fhir/CodeSystem/netwerkrol',
  meetinstrument: 'https://schotvrij.nl/fhir/CodeSystem/meetinstrument',
  /** iWmo codelist WMO020 has no published FHIR canonical; ours carries its codes unchanged. */
  iwmoProductcategorie: 'https://schotvrij.nl/fhir/CodeSystem/iwmo-productcategorie',
  iwmoProductcode: 'https://schotvrij.nl/fhir/CodeSystem/iwmo-productcode',
} as const;

/** One code system per domain set: the life domains of ZRM and Positieve Gezondheid differ. */
export function domainSystem(setCode: string): string {
  return `https://schotvrij.nl/fhir/CodeSystem/domein/${setCode}`;
}

export const EXT = {
  ownPrefix: 'http://hl7.org/fhir/StructureDefinition/humanname-own-prefix',
  ownName: 'http://hl7.org/fhir/StructureDefinition/humanname-own-name',
  streetName: 'http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-streetName',
  houseNumber: 'http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-houseNumber',
  financiering: 'https://schotvrij.nl/fhir/StructureDefinition/financiering',
  financieringsbron: 'https://schotvrij.nl/fhir/StructureDefinition/financieringsbron',
  informeelOverwogen: 'https://schotvrij.nl/fhir/StructureDefinition/informele-hulp-overwogen',
} as const;

export const FINANCIERING_DISPLAY: Record<FundingKind, string> = {
  WMO: 'Wmo 2015 (gemeente)',
  ZVW: 'Zorgverzekeringswet (zorgverzekeraar)',
  WLZ: 'Wet langdurige zorg (zorgkantoor)',
  EIGEN: 'Eigen middelen (de cliënt betaalt zelf)',
  INFORMEEL: 'Informele hulp (naasten of vrijwilligers, onbetaald)',
  OVERIG: 'Overige financiering',
};

const FUNDING_STATUS_DISPLAY: Record<string, string> = {
  aangevraagd: 'Aangevraagd',
  toegekend: 'Toegekend',
  afgewezen: 'Afgewezen',
  beeindigd: 'Beëindigd',
};

const CONSENT_METHOD_TEXT: Record<string, string> = {
  handtekening_scherm: 'met een handtekening op het scherm',
  papier: 'met een handtekening op papier',
  mondeling_getuige: 'mondeling, in aanwezigheid van een getuige',
};

const SCORED_BY_TEXT: Record<ScoreSet['scoredBy'], string> = {
  client: 'de cliënt zelf',
  professional: 'een professional',
  samen: 'de cliënt samen met een professional',
};

/** Our naaste relations → HL7 v3 RoleCode (the binding of RelatedPerson.relationship). */
const V3_RELATION: Record<string, { code: string; display: string }> = {
  partner: { code: 'SIGOTHR', display: 'significant other' },
  dochter: { code: 'DAUC', display: 'daughter' },
  zoon: { code: 'SONC', display: 'son' },
  schoondochter: { code: 'DAUINLAW', display: 'daughter in-law' },
  schoonzoon: { code: 'SONINLAW', display: 'son in-law' },
  kleinkind: { code: 'GRNDCHILD', display: 'grandchild' },
  broer: { code: 'BRO', display: 'brother' },
  zus: { code: 'SIS', display: 'sister' },
  buur: { code: 'NBOR', display: 'neighbor' },
  vriend: { code: 'FRND', display: 'unrelated friend' },
};

/** Vertegenwoordiging → zib ContactPerson.Role (RolCodelijst). Gevolmachtigde has no code there. */
const ROL_VERTEGENWOORDIGING: Record<string, { code: string; display: string } | undefined> = {
  mentor: { code: '15', display: 'Mentor' },
  curator: { code: '03', display: 'Curator (juridisch)' },
  bewindvoerder: { code: '14', display: 'Bewindvoerder' },
  gevolmachtigde: undefined,
};

// ---------------------------------------------------------------------------
// Small pure helpers
// ---------------------------------------------------------------------------

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** RFC 4122 URL namespace → our namespace: uuidv5('https://schotvrij.nl/fhir', URL). */
const SCHOTVRIJ_NS = uuidv5('https://schotvrij.nl/fhir', uuidv5.URL);

/** Our id as a UUID: UUIDv7 ids pass through (lower-cased); anything else gets a stable UUIDv5. */
export function toUuid(ourId: string): string {
  return UUID.test(ourId) ? ourId.toLowerCase() : uuidv5(`id:${ourId}`, SCHOTVRIJ_NS);
}

/** A stable UUIDv5 for a resource that has no id of ours, scoped by `scope` (a UUID). */
export function derivedUuid(scope: string, name: string): string {
  return uuidv5(name, toUuid(scope));
}

const urn = (uuid: string) => `urn:uuid:${uuid}`;

/** Trimmed text, or undefined for null/blank: FHIR forbids empty strings. */
function txt(s: string | null | undefined): string | undefined {
  const t = s?.trim();
  return t ? t : undefined;
}

/**
 * Drops undefined, null, blank strings and empty arrays (FHIR: "elements must have a
 * value or children"; JSON must not carry "" or []). Shallow: callers compact each level.
 */
function compact<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined || v === null) continue;
    if (typeof v === 'string' && v.trim() === '') continue;
    if (Array.isArray(v) && v.length === 0) continue;
    if (typeof v === 'object' && !Array.isArray(v) && Object.keys(v as object).length === 0) continue;
    out[k] = v;
  }
  return out as T;
}

/** A name we only have as one string (network members): HumanName.text. */
function nameText(name: string): fhir4.HumanName[] | undefined {
  const t = txt(name);
  return t ? [{ text: t }] : undefined;
}

function telecom(phone: string | null, email: string | null): fhir4.ContactPoint[] {
  const out: fhir4.ContactPoint[] = [];
  const p = txt(phone);
  const e = txt(email);
  if (p) out.push({ system: 'phone', value: p });
  if (e) out.push({ system: 'email', value: e });
  return out;
}

// ---------------------------------------------------------------------------
// Status mappings (exported for tests and for the report's mapping table)
// ---------------------------------------------------------------------------

/**
 * Plan status → CarePlan.status (http://hl7.org/fhir/request-status):
 * - concept → draft: not yet agreed with the client.
 * - vastgesteld → active: agreed and in force.
 * - geevalueerd → active: an evaluated version stays the plan in force until a new
 *   version is vastgesteld (only then does it become "vervangen"); evaluation is a
 *   review, not the end of the plan. Both become `completed` once the plan's own
 *   einddatum has passed ("no longer in effect").
 * - vervangen → revoked: R4 "terminated prior to reaching completion (though it may
 *   have been replaced by a new plan)".
 */
export function carePlanStatus(status: PlanStatus, einddatum: string | null, today: string): fhir4.CarePlan['status'] {
  switch (status) {
    case 'concept':
      return 'draft';
    case 'vervangen':
      return 'revoked';
    case 'vastgesteld':
    case 'geevalueerd':
      return einddatum !== null && einddatum < today ? 'completed' : 'active';
  }
}

/**
 * Goal status → Goal.lifecycleStatus (goal-status) + achievementStatus (goal-achievement).
 * - nieuw: agreed but not yet worked on → `accepted`, no achievement yet (in a concept
 *   nothing is agreed: `proposed`).
 * - lopend → `active` / `in-progress`.
 * - deels_behaald: still carries over into the next version (shared/domain/plan.ts
 *   carriesOver), so still sought → `active` / `improving`.
 * - behaald → `completed` / `achieved`.
 * - niet_behaald: closed at evaluation, not reached → `completed` / `not-achieved`.
 * - vervallen: dropped as no longer relevant → `cancelled` ("abandoned"), no achievement.
 */
export function goalStatuses(status: GoalStatus, plan: PlanStatus): { lifecycle: fhir4.Goal['lifecycleStatus']; achievement?: { code: string; display: string } } {
  switch (status) {
    case 'nieuw':
      return { lifecycle: plan === 'concept' ? 'proposed' : 'accepted' };
    case 'lopend':
      return { lifecycle: 'active', achievement: { code: 'in-progress', display: 'In Progress' } };
    case 'deels_behaald':
      return { lifecycle: 'active', achievement: { code: 'improving', display: 'Improving' } };
    case 'behaald':
      return { lifecycle: 'completed', achievement: { code: 'achieved', display: 'Achieved' } };
    case 'niet_behaald':
      return { lifecycle: 'completed', achievement: { code: 'not-achieved', display: 'Not Achieved' } };
    case 'vervallen':
      return { lifecycle: 'cancelled' };
  }
}

/**
 * CarePlan.activity.detail.status from the PLANNED dates against "today" (the Dutch
 * calendar date of generatedAt). We do not record execution, so this is the plan's
 * intent, not a log:
 * - concept plan → not-started (nothing runs on the authority of a draft).
 * - vervangen plan → completed if its end passed, else stopped if begun, else cancelled
 *   (the action continues, if at all, under the newer version).
 * - agreed plan → not-started before startDate, completed after the end, else in-progress.
 * The end is the action's endDate, or the plan's einddatum when the action has none.
 */
export function activityStatus(plan: PlanStatus, action: Pick<PlanAction, 'startDate' | 'endDate'>, planEnd: string | null, today: string): fhir4.CarePlanActivityStatus {
  if (plan === 'concept') return 'not-started';
  const end = action.endDate ?? planEnd;
  const ended = end !== null && end < today;
  const started = action.startDate <= today;
  if (plan === 'vervangen') return ended ? 'completed' : started ? 'stopped' : 'cancelled';
  if (ended) return 'completed';
  return started ? 'in-progress' : 'not-started';
}

/** iWmo LDT_Geslacht (0 onbekend, 1 man, 2 vrouw) → AdministrativeGender. */
export function gender(geslacht: ClientDossierHeader['geslacht']): fhir4.Patient['gender'] {
  return geslacht === '1' ? 'male' : geslacht === '2' ? 'female' : 'unknown';
}

const PERIOD: Record<'dag' | 'week' | 'maand' | 'kwartaal', { period: number; periodUnit: NonNullable<fhir4.TimingRepeat['periodUnit']>; nl: string }> = {
  dag: { period: 1, periodUnit: 'd', nl: 'per dag' },
  week: { period: 1, periodUnit: 'wk', nl: 'per week' },
  maand: { period: 1, periodUnit: 'mo', nl: 'per maand' },
  // UCUM has no quarter: a kwartaal is 3 months.
  kwartaal: { period: 3, periodUnit: 'mo', nl: 'per kwartaal' },
};

/**
 * Action frequency → CarePlan.activity.detail.scheduled[x].
 * - dag/week/maand/kwartaal → Timing.repeat.frequency/period/periodUnit (d, wk, mo, 3 mo).
 * - eenmalig → Timing.repeat.count = 1.
 * - zo_nodig → Timing.code.text "Zo nodig": R4 Timing has no asNeeded (that is Dosage),
 *   and TimingAbbreviation is only a preferred binding, so text is allowed.
 * - no frequency → scheduledPeriod with the start and end dates.
 * Timing.code.text always repeats the frequency in Dutch, for a reader without a FHIR viewer.
 */
export function schedule(count: number | null, unit: ActionFrequencyUnit | null, start: string, end: string | null): Pick<fhir4.CarePlanActivityDetail, 'scheduledTiming' | 'scheduledPeriod'> {
  const bounds = compact<fhir4.Period>({ start, end: end ?? undefined });
  if (unit === null) return { scheduledPeriod: bounds };
  if (unit === 'eenmalig') return { scheduledTiming: { repeat: { boundsPeriod: bounds, count: 1 }, code: { text: 'Eenmalig' } } };
  if (unit === 'zo_nodig') return { scheduledTiming: { repeat: { boundsPeriod: bounds }, code: { text: 'Zo nodig' } } };
  const p = PERIOD[unit];
  // A missing count (only possible in legacy rows) stays absent rather than guessing 1.
  const repeat = compact<fhir4.TimingRepeat>({ boundsPeriod: bounds, frequency: count ?? undefined, period: p.period, periodUnit: p.periodUnit });
  const text = count !== null ? `${count} keer ${p.nl}` : p.nl[0]!.toUpperCase() + p.nl.slice(1);
  return { scheduledTiming: { repeat, code: { text } } };
}

// ---------------------------------------------------------------------------
// The builder
// ---------------------------------------------------------------------------

type Ref = fhir4.Reference;

interface OrgEntry {
  uuid: string;
  resource: fhir4.Organization;
}

/**
 * Organisations, deduplicated: by our organisation id where we have one, else by the
 * folded name. The author organisation and a professional's "Thuiszorg X" with the
 * same name are one Organization, not two.
 */
class Organisations {
  private readonly byId = new Map<string, OrgEntry>();
  private readonly byName = new Map<string, OrgEntry>();
  readonly list: OrgEntry[] = [];

  get(id: string | null, name: string, agb: string | null = null): OrgEntry {
    const key = foldText(name);
    const existing = (id !== null ? this.byId.get(id) : undefined) ?? this.byName.get(key);
    if (existing) {
      if (id !== null && !this.byId.has(id)) this.byId.set(id, existing);
      return existing;
    }
    // No id of ours: a name-based UUIDv5 (the same organisation gets the same urn in every export).
    const uuid = id !== null ? toUuid(id) : uuidv5(`organisation:${agb ?? key}`, SCHOTVRIJ_NS);
    const entry: OrgEntry = {
      uuid,
      resource: compact<fhir4.Organization>({
        resourceType: 'Organization',
        id: uuid,
        // zib HealthcareProvider.HealthcareProviderIdentificationNumber: the AGB code.
        identifier: agb ? [{ system: SYSTEM.agb, value: agb }] : undefined,
        name: txt(name),
      }),
    };
    this.list.push(entry);
    if (id !== null) this.byId.set(id, entry);
    this.byName.set(key, entry);
    return entry;
  }
}

const ref = (uuid: string, display?: string): Ref => compact<Ref>({ reference: urn(uuid), display: txt(display) });

function patientResource(client: ClientDossierHeader, uuid: string): fhir4.Patient {
  const family = [txt(client.tussenvoegsel), txt(client.achternaam)].filter((p): p is string => p !== undefined).join(' ');
  // nl-core-NameInformation: `family` holds the whole surname incl. voorvoegsel; the
  // parts go in the own-prefix / own-name extensions on the family primitive (`_family`).
  const familyExt: fhir4.Extension[] = [];
  const prefix = txt(client.tussenvoegsel);
  if (prefix) familyExt.push({ url: EXT.ownPrefix, valueString: prefix });
  const own = txt(client.achternaam);
  if (own) familyExt.push({ url: EXT.ownName, valueString: own });
  const given = (txt(client.voornaam) ?? '').split(/\s+/).filter((g) => g !== '');
  const name = compact<fhir4.HumanName>({
    use: 'official',
    text: txt(displayName(client)),
    family: txt(family),
    _family: familyExt.length ? { extension: familyExt } : undefined,
    given,
  });

  const straat = txt(client.adresStraat);
  const huisnummer = txt(client.adresHuisnummer);
  const line = [straat, huisnummer].filter((p): p is string => p !== undefined).join(' ');
  // nl-core-AddressInformation: street and house number as ADXP extensions on the line.
  const lineExt: fhir4.Extension[] = [];
  if (straat) lineExt.push({ url: EXT.streetName, valueString: straat });
  if (huisnummer) lineExt.push({ url: EXT.houseNumber, valueString: huisnummer });
  const address = compact<fhir4.Address>({
    use: 'home',
    line: line ? [line] : undefined,
    _line: line && lineExt.length ? [{ extension: lineExt }] : undefined,
    city: txt(client.adresWoonplaats),
    postalCode: txt(client.adresPostcode),
  });
  const hasAddress = address.line !== undefined || address.city !== undefined || address.postalCode !== undefined;

  return compact<fhir4.Patient>({
    resourceType: 'Patient',
    id: uuid,
    identifier: txt(client.bsn) ? [{ use: 'official', system: SYSTEM.bsn, value: txt(client.bsn) }] : undefined,
    name: Object.keys(name).length > 1 ? [name] : undefined,
    telecom: telecom(client.telefoon, client.email),
    gender: gender(client.geslacht),
    birthDate: txt(client.geboortedatum),
    address: hasAddress ? [address] : undefined,
  });
}

/** The roles of a network member, as CodeableConcepts (RelatedPerson.relationship, CareTeam.participant.role). */
function memberRoles(m: NetworkMember): fhir4.CodeableConcept[] {
  const roles: fhir4.CodeableConcept[] = [];
  const relation = txt(m.relation);
  const v3 = m.kind === 'naaste' && relation ? V3_RELATION[relation] : undefined;
  if (relation) roles.push(compact<fhir4.CodeableConcept>({ coding: v3 ? [{ system: SYSTEM.v3RoleCode, code: v3.code, display: v3.display }] : undefined, text: relation }));
  // WHY our own code for mantelzorger: neither v3 RoleCode nor the zib RolCodelijst has one,
  // and the plan is about keeping the mantelzorger going (domain.md §9.1 #3).
  if (m.isMantelzorger) roles.push({ coding: [{ system: SYSTEM.netwerkrol, code: 'mantelzorger', display: 'Mantelzorger' }], text: 'Mantelzorger' });
  if (m.kind === 'vrijwilliger') roles.push({ coding: [{ system: SYSTEM.netwerkrol, code: 'vrijwilliger', display: 'Vrijwilliger' }], text: 'Vrijwilliger' });
  if (m.isContactpersoon) roles.push({ coding: [{ system: SYSTEM.rolCodelijst, code: '23', display: 'Contactpersoon' }], text: 'Contactpersoon' });
  if (m.vertegenwoordiging) {
    const rol = ROL_VERTEGENWOORDIGING[m.vertegenwoordiging];
    const text = m.vertegenwoordiging[0]!.toUpperCase() + m.vertegenwoordiging.slice(1);
    roles.push(compact<fhir4.CodeableConcept>({ coding: rol ? [{ system: SYSTEM.rolCodelijst, code: rol.code, display: rol.display }] : undefined, text }));
  }
  return roles;
}

function actionExtensions(action: PlanAction, funding: Funding | undefined): fhir4.Extension[] {
  // Funding law: no R4 element carries it, so our own extension with a coded value.
  const ext: fhir4.Extension[] = [
    { url: EXT.financiering, valueCoding: { system: SYSTEM.financiering, code: action.financing, display: FINANCIERING_DISPLAY[action.financing] } },
  ];
  if (funding) {
    const sub: fhir4.Extension[] = [];
    const financier = txt(funding.funderName);
    if (financier) sub.push({ url: 'financier', valueString: financier });
    const status = FUNDING_STATUS_DISPLAY[funding.status];
    if (status) sub.push({ url: 'status', valueCoding: { system: SYSTEM.financieringStatus, code: funding.status, display: status } });
    sub.push({ url: 'periode', valuePeriod: compact<fhir4.Period>({ start: txt(funding.startDate), end: txt(funding.endDate) }) });
    if (funding.kind === 'WMO') {
      // iWmo WMO301 ToegewezenProduct: the gemeente's ToewijzingNummer and the product.
      if (funding.toewijzingNummer !== null) sub.push({ url: 'toewijzingnummer', valueString: String(funding.toewijzingNummer) });
      const cat = txt(funding.productCategorie);
      if (cat) {
        const display = (IWMO.WMO020_Productcategorie as Record<string, string | undefined>)[cat];
        sub.push({ url: 'productcategorie', valueCoding: compact<fhir4.Coding>({ system: SYSTEM.iwmoProductcategorie, code: cat, display }) });
      }
      const code = txt(funding.productCode);
      if (code) sub.push({ url: 'productcode', valueCoding: compact<fhir4.Coding>({ system: SYSTEM.iwmoProductcode, code, display: txt(funding.productOmschrijving) }) });
    }
    // A period with neither date would be empty: drop it (ele-1).
    const kept = sub.filter((e) => !(e.valuePeriod && Object.keys(e.valuePeriod).length === 0));
    if (kept.length) ext.push({ url: EXT.financieringsbron, extension: kept });
  }
  // "Informele hulp eerst" (domain.md §9.1 #9): that naasten or volunteers were considered
  // before formal care is part of what was agreed, so it travels with the action.
  if (action.financing !== 'INFORMEEL' && action.informeelOverwogen) {
    const sub: fhir4.Extension[] = [{ url: 'overwogen', valueBoolean: true }];
    const why = txt(action.informeelToelichting);
    if (why) sub.push({ url: 'toelichting', valueString: why });
    ext.push({ url: EXT.informeelOverwogen, extension: sub });
  }
  return ext;
}

/** Score sets linked to this version; if none, the latest set (history is oldest first). */
export function scoreSetsFor(version: Pick<PlanVersionDetail, 'id' | 'scoreHistory'>): ScoreSet[] {
  const linked = version.scoreHistory.filter((s) => s.planVersionId === version.id);
  if (linked.length > 0) return linked;
  let latest: ScoreSet | undefined;
  for (const s of version.scoreHistory) if (latest === undefined || s.scoredOn >= latest.scoredOn) latest = s;
  return latest ? [latest] : [];
}

export function buildPlanBundle(input: FhirPlanInput): fhir4.Bundle {
  const { client, network, funding, version, domainSet, author, generatedAt } = input;
  const epoch = Date.parse(generatedAt);
  if (Number.isNaN(epoch)) throw new Error(`generatedAt is not an ISO instant: ${generatedAt}`);
  const today = localDate(epoch);
  const versionUuid = toUuid(version.id);
  const domSystem = domainSystem(domainSet.code);
  const domainName = new Map(domainSet.domains.map((d) => [d.key, d.name]));
  const clientName = displayName(client);

  // --- Patient -------------------------------------------------------------
  const patientUuid = toUuid(client.id);
  const patient = patientResource(client, patientUuid);
  const patientRef = ref(patientUuid, clientName);

  // --- Author: organisation (AGB) and casemanager (Practitioner, AGB) --------
  const orgs = new Organisations();
  const authorOrg = orgs.get(null, author.organisationName, txt(author.organisationAgb) ?? null);
  const practitioners: fhir4.Practitioner[] = [];
  let casemanagerUuid: string | undefined;
  const cmName = txt(author.casemanagerName);
  if (cmName) {
    const agb = txt(author.casemanagerAgb);
    casemanagerUuid = uuidv5(`casemanager:${agb ?? foldText(cmName)}`, SCHOTVRIJ_NS);
    practitioners.push(
      compact<fhir4.Practitioner>({
        resourceType: 'Practitioner',
        id: casemanagerUuid,
        // zib HealthProfessional.HealthProfessionalIdentificationNumber: AGB-Z.
        identifier: agb ? [{ system: SYSTEM.agb, value: agb }] : undefined,
        name: [{ text: cmName }],
      }),
    );
  }
  // CarePlan.author: the casemanager who wrote it when known, else the organisation.
  const authorRef = casemanagerUuid ? ref(casemanagerUuid, cmName) : ref(authorOrg.uuid, authorOrg.resource.name);

  // --- Network: RelatedPerson (naasten, vrijwilligers), Practitioner (professionals) ---
  const relatedPersons: fhir4.RelatedPerson[] = [];
  const memberRef = new Map<string, Ref>();
  const participants: fhir4.CareTeamParticipant[] = [];
  if (casemanagerUuid) {
    participants.push({ role: [{ text: 'Casemanager / arrangeur' }], member: ref(casemanagerUuid, cmName), onBehalfOf: ref(authorOrg.uuid, authorOrg.resource.name) });
  } else {
    participants.push({ role: [{ text: 'Casemanager / arrangeur' }], member: ref(authorOrg.uuid, authorOrg.resource.name) });
  }
  for (const m of network) {
    const uuid = toUuid(m.id);
    const roles = memberRoles(m);
    if (m.kind === 'professional') {
      // zib HealthProfessional: the person is a Practitioner; their organisation is the
      // CareTeam participant's onBehalfOf (R4 ctm-1 allows that only for a Practitioner).
      // WHY not PractitionerRole: one resource fewer, and CareTeam already carries the role.
      practitioners.push(compact<fhir4.Practitioner>({ resourceType: 'Practitioner', id: uuid, name: nameText(m.name), telecom: telecom(m.telefoon, m.email) }));
      const orgName = txt(m.organisationName);
      const org = orgName ? orgs.get(m.organisationId, orgName) : undefined;
      participants.push(compact<fhir4.CareTeamParticipant>({ role: roles, member: ref(uuid, m.name), onBehalfOf: org ? ref(org.uuid, org.resource.name) : undefined }));
    } else {
      // zib ContactPerson → RelatedPerson: naasten AND volunteers ("involved in the care
      // for a patient, but not the target of healthcare, nor formally responsible").
      relatedPersons.push(
        compact<fhir4.RelatedPerson>({
          resourceType: 'RelatedPerson',
          id: uuid,
          patient: patientRef,
          relationship: roles,
          name: nameText(m.name),
          telecom: telecom(m.telefoon, m.email),
        }),
      );
      participants.push(compact<fhir4.CareTeamParticipant>({ role: roles, member: ref(uuid, m.name) }));
    }
    memberRef.set(m.id, ref(uuid, m.name));
  }

  // --- CareTeam ----------------------------------------------------------------
  const careTeamUuid = derivedUuid(version.id, 'careteam');
  const careTeam = compact<fhir4.CareTeam>({
    resourceType: 'CareTeam',
    id: careTeamUuid,
    status: 'active',
    name: `Netwerk rond ${clientName}`,
    subject: patientRef,
    participant: participants,
    managingOrganization: [ref(authorOrg.uuid, authorOrg.resource.name)],
  });

  // --- Goals -------------------------------------------------------------------
  const goalRef = new Map<string, Ref>();
  const goals: fhir4.Goal[] = version.goals.map((g) => {
    const uuid = toUuid(g.id);
    goalRef.set(g.id, ref(uuid));
    const st = goalStatuses(g.status, version.status);
    const dn = domainName.get(g.domain);
    return compact<fhir4.Goal>({
      resourceType: 'Goal',
      id: uuid,
      lifecycleStatus: st.lifecycle,
      achievementStatus: st.achievement ? { coding: [{ system: SYSTEM.goalAchievement, code: st.achievement.code, display: st.achievement.display }] } : undefined,
      // The life domain is the goal's category, coded in the domain set's own system.
      category: [compact<fhir4.CodeableConcept>({ coding: [compact<fhir4.Coding>({ system: domSystem, version: domainSet.version, code: g.domain, display: dn })], text: dn ?? g.domain })],
      // zib TreatmentObjective.DesiredHealthCondition → Goal.description.text (standards.md §6).
      description: { text: g.description.trim() },
      subject: patientRef,
      target: g.targetDate ? [{ dueDate: g.targetDate }] : undefined,
      // The goal is written in the client's own words (person-centred, domain.md §9.2).
      expressedBy: patientRef,
    });
  });

  // --- Observations: domain scores -----------------------------------------------
  const observations: fhir4.Observation[] = [];
  const seenObs = new Map<string, number>();
  const scale = domainSet.scale;
  const labels = Object.entries(scale.labels)
    .map(([k, v]) => `${k} = ${v}`)
    .join(', ');
  for (const set of scoreSetsFor(version)) {
    const known = domainSet.domains.map((d) => d.key).filter((k) => k in set.scores);
    const unknown = Object.keys(set.scores)
      .filter((k) => !domainName.has(k))
      .sort();
    for (const key of [...known, ...unknown]) {
      const value = set.scores[key]!;
      const base = `observation:${set.planVersionId ?? ''}:${set.scoredOn}:${set.scoredBy}:${key}`;
      const n = seenObs.get(base) ?? 0;
      seenObs.set(base, n + 1);
      const uuid = derivedUuid(version.id, n === 0 ? base : `${base}:${n}`);
      const dn = domainName.get(key);
      const notes: fhir4.Annotation[] = [
        {
          text: `Instrument: ${domainSet.name} (versie ${domainSet.version}), schaal ${scale.min}–${scale.max}${labels ? ` (${labels})` : ''}. Gescoord door ${SCORED_BY_TEXT[set.scoredBy]}.`,
        },
      ];
      const own = txt(set.notes[key]);
      if (own) notes.push({ text: own });
      observations.push(
        compact<fhir4.Observation>({
          resourceType: 'Observation',
          id: uuid,
          status: 'final',
          category: [{ coding: [{ system: SYSTEM.observationCategory, code: 'survey', display: 'Survey' }] }],
          // Code the instrument AND its version (standards.md §6): Coding.version.
          code: compact<fhir4.CodeableConcept>({ coding: [compact<fhir4.Coding>({ system: domSystem, version: domainSet.version, code: key, display: dn })], text: dn ?? key }),
          subject: patientRef,
          effectiveDateTime: set.scoredOn,
          // Only the client is a known performer; "a professional" is not identified in the data.
          performer: set.scoredBy === 'professional' ? undefined : [patientRef],
          valueInteger: value,
          note: notes,
          method: { coding: [{ system: SYSTEM.meetinstrument, version: domainSet.version, code: domainSet.code, display: domainSet.name }], text: `${domainSet.name} ${domainSet.version}` },
        }),
      );
    }
  }

  // --- CarePlan activities ----------------------------------------------------------
  const fundingById = new Map(funding.map((f) => [f.id, f]));
  const performerOf = (a: PlanAction): Ref | undefined => {
    switch (a.performerKind) {
      case 'client':
        return patientRef;
      case 'casemanager':
        return authorRef;
      case 'netwerk':
        // A member no longer in the network list cannot be referenced; better no
        // performer than a dangling reference.
        return a.performerMemberId !== null ? memberRef.get(a.performerMemberId) : undefined;
      case 'organisatie': {
        // With an organisation id, performerLabel is its resolved name (plus performerName
        // after " – " when both are set); without one, performerName is all we have.
        const name = a.performerOrganisationId !== null ? txt(a.performerLabel) : txt(a.performerName);
        if (!name) return undefined;
        const org = orgs.get(a.performerOrganisationId, name);
        return ref(org.uuid, org.resource.name);
      }
    }
  };
  const activities: fhir4.CarePlanActivity[] = version.actions.map((a) => {
    const performer = performerOf(a);
    const gRef = a.goalId !== null ? goalRef.get(a.goalId) : undefined;
    return {
      detail: compact<fhir4.CarePlanActivityDetail>({
        extension: actionExtensions(a, a.fundingId !== null ? fundingById.get(a.fundingId) : undefined),
        status: activityStatus(version.status, a, version.einddatum, today),
        description: txt(a.description),
        goal: gRef ? [gRef] : undefined,
        ...schedule(a.frequencyCount, a.frequencyUnit, a.startDate, a.endDate),
        performer: performer ? [performer] : undefined,
      }),
    };
  });

  // --- CarePlan notes: verkenning, wensen, naasten, evaluation, consent --------------
  const notes: fhir4.Annotation[] = [];
  const addNote = (label: string, body: string | null, time?: string | null) => {
    const t = txt(body);
    if (t) notes.push(compact<fhir4.Annotation>({ time: txt(time), text: `${label}: ${t}` }));
  };
  addNote('Verkenning (de situatie en wat er nodig is)', version.verkenning);
  addNote('Wensen en gewenste situatie', version.wensen);
  addNote('Wat de naasten nodig hebben', version.naasten);
  if (version.evaluatiedatum) notes.push({ text: `Evaluatie gepland op ${formatDateNl(version.evaluatiedatum)}.` });
  addNote(`Evaluatie${version.evaluatedOn ? ` van ${formatDateNl(version.evaluatedOn)}` : ''}`, version.evaluatie, version.evaluatedOn);
  if (version.consent) {
    // Consent in a note, NOT the signature: the PNG stays in Schotvrij (data minimisation).
    const c = version.consent;
    const how = CONSENT_METHOD_TEXT[c.method] ?? c.method;
    const witness = txt(c.witness);
    notes.push(
      compact<fhir4.Annotation>({
        time: txt(c.date),
        authorString: txt(c.by),
        text: `Instemming: ${c.by.trim()} heeft op ${formatDateNl(c.date)} ingestemd met dit plan, ${how}${witness ? `; getuige: ${witness}` : ''}.`,
      }),
    );
  }

  const carePlan = compact<fhir4.CarePlan>({
    resourceType: 'CarePlan',
    id: versionUuid,
    status: carePlanStatus(version.status, version.einddatum, today),
    intent: 'plan',
    // zib NursingIntervention → CarePlan: category SNOMED 9632001 (standards.md §6).
    category: [{ coding: [{ system: SYSTEM.snomed, code: '9632001', display: 'Nursing procedure' }], text: 'Integraal ondersteuningsplan: zorg, ondersteuning en informele hulp' }],
    title: 'Integraal ondersteuningsplan',
    description: `Integraal ondersteuningsplan van ${clientName}, versie ${version.versionNo}.`,
    subject: patientRef,
    period: compact<fhir4.Period>({ start: txt(version.ingangsdatum), end: txt(version.einddatum) }),
    // CarePlan.created: a version becomes a record of agreement when vastgesteld; a
    // concept has no such date (our DTO carries no creation date), so it is left out.
    created: txt(version.vastgesteldOp),
    author: authorRef,
    careTeam: [ref(careTeamUuid)],
    // The domain scores informed the plan: supportingInfo ("information considered as part of plan").
    supportingInfo: observations.map((o) => ref(o.id!)),
    goal: goals.map((g) => ref(g.id!)),
    activity: activities,
    note: notes,
  });

  const entry = (r: fhir4.FhirResource): fhir4.BundleEntry => ({ fullUrl: urn(r.id!), resource: r });
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: generatedAt,
    entry: [
      entry(carePlan),
      entry(patient),
      ...goals.map(entry),
      entry(careTeam),
      ...practitioners.map(entry),
      ...relatedPersons.map(entry),
      ...orgs.list.map((o) => entry(o.resource)),
      ...observations.map(entry),
    ],
  };
}
