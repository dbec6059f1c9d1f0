/**
 * Our own structural validator for the FHIR R4 subset the plan export produces
 * (plan-bundle.ts). It is NOT a full FHIR validator (no profiles, no terminology
 * server); it checks what the R4 base spec makes mandatory for the elements we emit:
 *
 * - required elements and cardinalities (CarePlan.status/intent/subject, Goal.
 *   lifecycleStatus/description/subject, RelatedPerson.patient, Observation.status/
 *   code, Bundle.type, …), and no unknown elements (strict objects: a typo or an
 *   internal field leaking into the export fails);
 * - required value sets for the codes we use, and the HL7/our own code systems we emit;
 * - primitive formats (id, uri, code, date, dateTime, instant, integers) and the JSON
 *   rule that no element is empty ("", [], {}; ele-1);
 * - invariants: ext-1, per-1, cpt-2, tim-2/tim-5, org-1, ctm-1, cpl-3 (subset: detail);
 * - the bundle: fullUrl present, unique and `urn:uuid:` shaped; every reference
 *   resolves to an entry and to a resource type allowed for that element; no unknown
 *   resourceType.
 *
 * Messages are English and start with the JSON path (`Bundle.entry[2].resource.status`).
 * A release should also run the HL7 validator with the nl-core profiles in CI
 * (standards.md §6); this guard runs on every export.
 */
import { z } from 'zod';
import { isRealDate } from '../../../../shared/domain/dates';
import { FUNDING_KINDS } from '../../../../shared/domain/enums';

export const RESOURCE_TYPES = ['Patient', 'CarePlan', 'Goal', 'CareTeam', 'RelatedPerson', 'Practitioner', 'Organization', 'Observation'] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

// ---------------------------------------------------------------------------
// Value sets (R4 4.0.1; required bindings unless noted)
// ---------------------------------------------------------------------------

const VS = {
  bundleType: ['document', 'message', 'transaction', 'transaction-response', 'batch', 'batch-response', 'history', 'searchset', 'collection'],
  carePlanStatus: ['draft', 'active', 'on-hold', 'revoked', 'completed', 'entered-in-error', 'unknown'],
  carePlanIntent: ['proposal', 'plan', 'order', 'option'],
  carePlanActivityStatus: ['not-started', 'scheduled', 'in-progress', 'on-hold', 'completed', 'cancelled', 'stopped', 'unknown', 'entered-in-error'],
  carePlanActivityKind: ['Appointment', 'CommunicationRequest', 'DeviceRequest', 'MedicationRequest', 'NutritionOrder', 'Task', 'ServiceRequest', 'VisionPrescription'],
  goalLifecycleStatus: ['proposed', 'planned', 'accepted', 'active', 'on-hold', 'completed', 'cancelled', 'entered-in-error', 'rejected'],
  careTeamStatus: ['proposed', 'active', 'suspended', 'inactive', 'entered-in-error'],
  observationStatus: ['registered', 'preliminary', 'final', 'amended', 'corrected', 'cancelled', 'entered-in-error', 'unknown'],
  administrativeGender: ['male', 'female', 'other', 'unknown'],
  unitsOfTime: ['s', 'min', 'h', 'd', 'wk', 'mo', 'a'],
  nameUse: ['usual', 'official', 'temp', 'nickname', 'anonymous', 'old', 'maiden'],
  addressUse: ['home', 'work', 'temp', 'old', 'billing'],
  addressType: ['postal', 'physical', 'both'],
  contactPointSystem: ['phone', 'fax', 'email', 'pager', 'url', 'sms', 'other'],
  contactPointUse: ['home', 'work', 'temp', 'old', 'mobile'],
  identifierUse: ['usual', 'official', 'temp', 'secondary', 'old'],
} as const satisfies Record<string, readonly [string, ...string[]]>;

/**
 * Closed code systems we emit codings from: a code outside them is an error even
 * where the binding is only "preferred" (a wrong code in a system we own or an HL7
 * system is always a bug).
 */
const CODE_SYSTEMS: Record<string, readonly string[]> = {
  'http://terminology.hl7.org/CodeSystem/goal-achievement': ['in-progress', 'improving', 'worsening', 'no-change', 'achieved', 'sustaining', 'not-achieved', 'no-progress', 'not-attainable'],
  'http://terminology.hl7.org/CodeSystem/observation-category': ['social-history', 'vital-signs', 'imaging', 'laboratory', 'procedure', 'survey', 'exam', 'therapy', 'activity'],
  'https://schotvrij.nl/fhir/CodeSystem/financiering': FUNDING_KINDS,
  'https://schotvrij.nl/fhir/CodeSystem/financiering-status': ['aangevraagd', 'toegekend', 'afgewezen', 'beeindigd'],
  'https://schotvrij.nl/fhir/CodeSystem/netwerkrol': ['mantelzorger', 'vrijwilliger'],
};

/** Which resource types each Reference element may point to (R4 4.0.1 definitions). */
const REFERENCE_TARGETS: Record<string, readonly string[] | 'any'> = {
  'RelatedPerson.patient': ['Patient'],
  'CareTeam.subject': ['Patient', 'Group'],
  'CareTeam.participant.member': ['Practitioner', 'PractitionerRole', 'RelatedPerson', 'Patient', 'Organization', 'CareTeam'],
  'CareTeam.participant.onBehalfOf': ['Organization'],
  'CareTeam.managingOrganization': ['Organization'],
  'Goal.subject': ['Patient', 'Group', 'Organization'],
  'Goal.expressedBy': ['Patient', 'Practitioner', 'PractitionerRole', 'RelatedPerson'],
  'CarePlan.subject': ['Patient', 'Group'],
  'CarePlan.author': ['Patient', 'Practitioner', 'PractitionerRole', 'Device', 'RelatedPerson', 'Organization', 'CareTeam'],
  'CarePlan.careTeam': ['CareTeam'],
  'CarePlan.supportingInfo': 'any',
  'CarePlan.goal': ['Goal'],
  'CarePlan.activity.detail.goal': ['Goal'],
  'CarePlan.activity.detail.performer': ['Practitioner', 'PractitionerRole', 'Organization', 'RelatedPerson', 'Patient', 'CareTeam', 'HealthcareService', 'Device'],
  'CarePlan.note.authorReference': ['Practitioner', 'Patient', 'RelatedPerson', 'Organization'],
  'Observation.subject': ['Patient', 'Group', 'Device', 'Location'],
  'Observation.performer': ['Practitioner', 'PractitionerRole', 'Organization', 'CareTeam', 'Patient', 'RelatedPerson'],
  'Observation.note.authorReference': ['Practitioner', 'Patient', 'RelatedPerson', 'Organization'],
};

// ---------------------------------------------------------------------------
// Primitives (R4 datatypes page regexes)
// ---------------------------------------------------------------------------

const MISSING = 'required element is missing';
const YEAR = '([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)';
const TZ = '(Z|(\\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00))';
const TIME = '([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?';
const DATE_RE = new RegExp(`^${YEAR}(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1]))?)?$`);
const DATETIME_RE = new RegExp(`^${YEAR}(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T${TIME}${TZ})?)?)?$`);
const INSTANT_RE = new RegExp(`^${YEAR}-(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]|3[0-1])T${TIME}${TZ}$`);
const URN_UUID_RE = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A full calendar date inside a date/dateTime must exist ("Dates SHALL be valid dates").
 * Only judged when the shape is right, so a malformed value gets one message, not two.
 */
const realDay = (s: string) => !/^\d{4}-\d{2}-\d{2}/.test(s) || isRealDate(s.slice(0, 10));

const required = (what: string) => ({ error: (iss: { input?: unknown }) => (iss.input === undefined ? MISSING : `expected ${what}`) });

const fString = z.string(required('a string')).regex(/\S/, 'must not be empty or only whitespace (FHIR forbids empty strings)');
const fMarkdown = fString;
const fCode = z.string(required('a code')).regex(/^[^\s]+( [^\s]+)*$/, 'is not a valid code (no leading, trailing or repeated whitespace)');
const fUri = z.string(required('a uri')).regex(/^\S+$/, 'is not a valid uri (empty or contains whitespace)');
const fId = z.string(required('an id')).regex(/^[A-Za-z0-9\-.]{1,64}$/, 'is not a valid id ([A-Za-z0-9-.]{1,64})');
const fDate = z.string(required('a date')).regex(DATE_RE, 'is not a valid FHIR date (YYYY, YYYY-MM or YYYY-MM-DD)').refine(realDay, 'is not an existing calendar date');
const fDateTime = z
  .string(required('a dateTime'))
  .regex(DATETIME_RE, 'is not a valid FHIR dateTime (a date, or date and time with seconds and a time zone)')
  .refine(realDay, 'is not an existing calendar date');
const fInstant = z.string(required('an instant')).regex(INSTANT_RE, 'is not a valid FHIR instant (date, time with seconds, time zone)').refine(realDay, 'is not an existing calendar date');
const fBoolean = z.boolean(required('a boolean'));
const fInteger = z.number(required('an integer')).int('must be an integer').min(-2147483648).max(2147483647);
const fPositiveInt = z.number(required('a positiveInt')).int('must be an integer').min(1, 'must be a positive integer').max(2147483647);
const fDecimal = z.number(required('a decimal')).refine(Number.isFinite, 'must be a finite number');

function code<const T extends readonly [string, ...string[]]>(valueSet: string, values: T) {
  return z.enum(values, {
    error: (iss) => (iss.input === undefined ? MISSING : `${JSON.stringify(iss.input)} is not in value set ${valueSet} (${values.join(' | ')})`),
  });
}

/** FHIR arrays: present means at least one item (JSON must not carry []). */
function list<T extends z.ZodType>(item: T) {
  return z.array(item, required('an array')).min(1, 'must not be an empty array (omit the element instead)');
}

const notEmpty = (o: object) => Object.keys(o).length > 0;
const EMPTY = 'element must have a value or children (ele-1): remove empty objects';

// ---------------------------------------------------------------------------
// Datatypes
// ---------------------------------------------------------------------------

// Extension is recursive (complex extensions nest); everything with `extension` refers to it lazily.
const ExtensionRef: z.ZodType = z.lazy(() => Extension);

const elementBase = { id: fId.optional(), extension: list(ExtensionRef).optional() };

/** A complex datatype: strict (unknown elements rejected) and never empty. */
function datatype<S extends z.ZodRawShape>(shape: S) {
  return z.strictObject({ ...elementBase, ...shape }).refine(notEmpty, EMPTY);
}

/** The `_x` sibling of a primitive: only id and extensions. */
const PrimitiveElement = datatype({});

const Coding = datatype({
  system: fUri.optional(),
  version: fString.optional(),
  code: fCode.optional(),
  display: fString.optional(),
  userSelected: fBoolean.optional(),
}).superRefine((c, ctx) => {
  const known = c.system !== undefined ? CODE_SYSTEMS[c.system] : undefined;
  if (known && c.code !== undefined && !known.includes(c.code)) {
    ctx.addIssue({ code: 'custom', path: ['code'], message: `${JSON.stringify(c.code)} is not a code of ${c.system} (${known.join(' | ')})` });
  }
  if (c.code !== undefined && c.system === undefined) ctx.addIssue({ code: 'custom', path: ['system'], message: 'a coding with a code needs its system' });
});

const CodeableConcept = datatype({ coding: list(Coding).optional(), text: fString.optional() });

const Period = datatype({ start: fDateTime.optional(), end: fDateTime.optional() }).superRefine((p, ctx) => {
  // per-1: if present, start SHALL have a lower value than end.
  if (p.start !== undefined && p.end !== undefined) {
    const s = Date.parse(p.start);
    const e = Date.parse(p.end);
    if (!Number.isNaN(s) && !Number.isNaN(e) && s > e) ctx.addIssue({ code: 'custom', path: ['end'], message: `per-1: end ${p.end} is before start ${p.start}` });
  }
});

const Identifier = datatype({ use: code('identifier-use', VS.identifierUse).optional(), system: fUri.optional(), value: fString.optional() });

const Reference = datatype({ reference: fString.optional(), type: fUri.optional(), identifier: Identifier.optional(), display: fString.optional() });

const HumanName = datatype({
  use: code('name-use', VS.nameUse).optional(),
  text: fString.optional(),
  family: fString.optional(),
  _family: PrimitiveElement.optional(),
  given: list(fString).optional(),
  prefix: list(fString).optional(),
  suffix: list(fString).optional(),
});

const Address = datatype({
  use: code('address-use', VS.addressUse).optional(),
  type: code('address-type', VS.addressType).optional(),
  text: fString.optional(),
  line: list(fString).optional(),
  _line: list(PrimitiveElement.nullable()).optional(),
  city: fString.optional(),
  district: fString.optional(),
  state: fString.optional(),
  postalCode: fString.optional(),
  country: fString.optional(),
}).superRefine((a, ctx) => {
  if (a._line !== undefined && a._line.length !== (a.line?.length ?? 0)) ctx.addIssue({ code: 'custom', path: ['_line'], message: '_line must be aligned with line (same length)' });
});

const ContactPoint = datatype({
  system: code('contact-point-system', VS.contactPointSystem).optional(),
  value: fString.optional(),
  use: code('contact-point-use', VS.contactPointUse).optional(),
  rank: fPositiveInt.optional(),
}).superRefine((c, ctx) => {
  if (c.value !== undefined && c.system === undefined) ctx.addIssue({ code: 'custom', path: ['system'], message: 'cpt-2: a system is required if a value is provided' });
});

const Annotation = datatype({
  authorString: fString.optional(),
  authorReference: Reference.optional(),
  time: fDateTime.optional(),
  text: fMarkdown,
}).superRefine((a, ctx) => {
  if (a.authorString !== undefined && a.authorReference !== undefined) ctx.addIssue({ code: 'custom', path: ['authorString'], message: 'author[x] is a choice: only one of authorString, authorReference' });
});

const TimingRepeat = datatype({
  boundsPeriod: Period.optional(),
  count: fPositiveInt.optional(),
  frequency: fPositiveInt.optional(),
  period: fDecimal.optional(),
  periodUnit: code('units-of-time', VS.unitsOfTime).optional(),
}).superRefine((r, ctx) => {
  if (r.period !== undefined && r.periodUnit === undefined) ctx.addIssue({ code: 'custom', path: ['periodUnit'], message: 'tim-2: if there is a period, there needs to be a periodUnit' });
  if (r.period !== undefined && r.period < 0) ctx.addIssue({ code: 'custom', path: ['period'], message: 'tim-5: period SHALL be a non-negative value' });
});

const Timing = datatype({ event: list(fDateTime).optional(), repeat: TimingRepeat.optional(), code: CodeableConcept.optional() });

/** Extension: url plus either one value[x] or nested extensions (ext-1). */
const Extension = z
  .strictObject({
    id: fId.optional(),
    url: fUri,
    extension: list(ExtensionRef).optional(),
    valueString: fString.optional(),
    valueBoolean: fBoolean.optional(),
    valueInteger: fInteger.optional(),
    valueCode: fCode.optional(),
    valueCoding: Coding.optional(),
    valueIdentifier: Identifier.optional(),
    valuePeriod: Period.optional(),
  })
  .superRefine((e, ctx) => {
    const values = Object.keys(e).filter((k) => k.startsWith('value'));
    if (values.length > 1) ctx.addIssue({ code: 'custom', path: [values[1]!], message: `value[x] is a choice: only one of ${values.join(', ')}` });
    if (values.length > 0 && e.extension !== undefined) ctx.addIssue({ code: 'custom', path: ['extension'], message: 'ext-1: must have either extensions or value[x], not both' });
    if (values.length === 0 && e.extension === undefined) ctx.addIssue({ code: 'custom', path: ['url'], message: 'ext-1: must have either extensions or value[x]' });
  });

// ---------------------------------------------------------------------------
// Resources
// ---------------------------------------------------------------------------

function resource<T extends ResourceType, S extends z.ZodRawShape>(type: T, shape: S) {
  return z.strictObject({ resourceType: z.literal(type), id: fId.optional(), extension: list(Extension).optional(), ...shape });
}

const Patient = resource('Patient', {
  identifier: list(Identifier).optional(),
  active: fBoolean.optional(),
  name: list(HumanName).optional(),
  telecom: list(ContactPoint).optional(),
  gender: code('administrative-gender', VS.administrativeGender).optional(),
  birthDate: fDate.optional(),
  address: list(Address).optional(),
});

const RelatedPerson = resource('RelatedPerson', {
  identifier: list(Identifier).optional(),
  active: fBoolean.optional(),
  patient: Reference,
  relationship: list(CodeableConcept).optional(),
  name: list(HumanName).optional(),
  telecom: list(ContactPoint).optional(),
});

const Practitioner = resource('Practitioner', {
  identifier: list(Identifier).optional(),
  active: fBoolean.optional(),
  name: list(HumanName).optional(),
  telecom: list(ContactPoint).optional(),
});

const Organization = resource('Organization', {
  identifier: list(Identifier).optional(),
  active: fBoolean.optional(),
  name: fString.optional(),
}).superRefine((o, ctx) => {
  if (o.name === undefined && o.identifier === undefined) ctx.addIssue({ code: 'custom', path: ['name'], message: 'org-1: an Organization SHALL have at least a name or an identifier' });
});

const CareTeam = resource('CareTeam', {
  identifier: list(Identifier).optional(),
  status: code('care-team-status', VS.careTeamStatus).optional(),
  name: fString.optional(),
  subject: Reference.optional(),
  period: Period.optional(),
  participant: list(
    datatype({
      role: list(CodeableConcept).optional(),
      member: Reference.optional(),
      onBehalfOf: Reference.optional(),
      period: Period.optional(),
    }),
  ).optional(),
  managingOrganization: list(Reference).optional(),
});

const Goal = resource('Goal', {
  identifier: list(Identifier).optional(),
  lifecycleStatus: code('goal-status', VS.goalLifecycleStatus),
  achievementStatus: CodeableConcept.optional(),
  category: list(CodeableConcept).optional(),
  description: CodeableConcept,
  subject: Reference,
  startDate: fDate.optional(),
  target: list(datatype({ dueDate: fDate.optional() })).optional(),
  statusDate: fDate.optional(),
  expressedBy: Reference.optional(),
});

const CarePlanActivityDetail = datatype({
  kind: code('care-plan-activity-kind', VS.carePlanActivityKind).optional(),
  code: CodeableConcept.optional(),
  goal: list(Reference).optional(),
  status: code('care-plan-activity-status', VS.carePlanActivityStatus),
  doNotPerform: fBoolean.optional(),
  scheduledTiming: Timing.optional(),
  scheduledPeriod: Period.optional(),
  scheduledString: fString.optional(),
  performer: list(Reference).optional(),
  description: fString.optional(),
}).superRefine((d, ctx) => {
  const scheduled = (['scheduledTiming', 'scheduledPeriod', 'scheduledString'] as const).filter((k) => d[k] !== undefined);
  if (scheduled.length > 1) ctx.addIssue({ code: 'custom', path: [scheduled[1]!], message: `scheduled[x] is a choice: only one of ${scheduled.join(', ')}` });
});

const CarePlan = resource('CarePlan', {
  identifier: list(Identifier).optional(),
  status: code('request-status', VS.carePlanStatus),
  intent: code('care-plan-intent', VS.carePlanIntent),
  category: list(CodeableConcept).optional(),
  title: fString.optional(),
  description: fString.optional(),
  subject: Reference,
  period: Period.optional(),
  created: fDateTime.optional(),
  author: Reference.optional(),
  careTeam: list(Reference).optional(),
  supportingInfo: list(Reference).optional(),
  goal: list(Reference).optional(),
  // cpl-3 allows reference OR detail; the subset we produce always uses an in-line detail.
  activity: list(datatype({ detail: CarePlanActivityDetail })).optional(),
  note: list(Annotation).optional(),
});

const Observation = resource('Observation', {
  identifier: list(Identifier).optional(),
  status: code('observation-status', VS.observationStatus),
  category: list(CodeableConcept).optional(),
  code: CodeableConcept,
  subject: Reference.optional(),
  effectiveDateTime: fDateTime.optional(),
  issued: fInstant.optional(),
  performer: list(Reference).optional(),
  valueInteger: fInteger.optional(),
  note: list(Annotation).optional(),
  method: CodeableConcept.optional(),
});

const RESOURCE_SCHEMAS: Record<ResourceType, z.ZodType> = { Patient, CarePlan, Goal, CareTeam, RelatedPerson, Practitioner, Organization, Observation };

const BundleShape = z.strictObject({
  resourceType: z.literal('Bundle', { error: 'expected "Bundle"' }),
  id: fId.optional(),
  type: code('bundle-type', VS.bundleType),
  timestamp: fInstant.optional(),
  // Entries: only fullUrl and resource (bdl-2/3/4: no search, request or response in a collection).
  entry: list(z.strictObject({ fullUrl: fUri, resource: z.record(z.string(), z.unknown(), required('a resource object')) })).optional(),
});

// ---------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------

function pathText(base: string, path: readonly PropertyKey[]): string {
  let out = base;
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : `.${String(p)}`;
  return out;
}

function issueText(base: string, issue: z.core.$ZodIssue): string[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((k) => `${pathText(base, [...issue.path, k])}: unknown element (not in FHIR R4, or not in the subset we export)`);
  }
  const message = issue.code === 'invalid_type' && /received undefined$/.test(issue.message) ? MISSING : issue.message;
  return [`${pathText(base, issue.path)}: ${message}`];
}

function zodProblems(base: string, schema: z.ZodType, value: unknown): string[] {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error.issues.flatMap((i) => issueText(base, i));
}

// ---------------------------------------------------------------------------
// References
// ---------------------------------------------------------------------------

interface FoundRef {
  /** Element path without indices: 'CarePlan.activity.detail.performer'. */
  element: string;
  /** JSON path for messages. */
  at: string;
  value: Record<string, unknown>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every object that is (or looks like) a Reference, with its element path. */
function collectReferences(value: unknown, element: string, at: string, out: FoundRef[]): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => collectReferences(v, element, `${at}[${i}]`, out));
    return;
  }
  if (!isObject(value)) return;
  if (element in REFERENCE_TARGETS || 'reference' in value) out.push({ element, at, value });
  for (const [k, v] of Object.entries(value)) {
    if (k === 'extension' || k.startsWith('_')) continue; // extensions carry no references in our subset
    collectReferences(v, `${element}.${k}`, `${at}.${k}`, out);
  }
}

// ---------------------------------------------------------------------------
// The validator
// ---------------------------------------------------------------------------

/** Structural problems of a bundle, as English messages with JSON paths; [] means valid. */
export function validateBundle(bundle: unknown): string[] {
  if (!isObject(bundle)) return ['Bundle: expected a JSON object'];
  const problems = zodProblems('Bundle', BundleShape, bundle);
  const entries = Array.isArray(bundle.entry) ? bundle.entry : [];

  // bdl: every fullUrl present, urn:uuid shaped, unique.
  const byUrl = new Map<string, { index: number; type: string | undefined }>();
  entries.forEach((e: unknown, i) => {
    if (!isObject(e)) return;
    const base = `Bundle.entry[${i}]`;
    const fullUrl = e.fullUrl;
    const res = isObject(e.resource) ? e.resource : undefined;
    const type = typeof res?.resourceType === 'string' ? res.resourceType : undefined;
    if (typeof fullUrl === 'string') {
      if (!URN_UUID_RE.test(fullUrl)) problems.push(`${base}.fullUrl: must be urn:uuid:<lower-case UUID>, got ${JSON.stringify(fullUrl)}`);
      const first = byUrl.get(fullUrl);
      if (first) problems.push(`${base}.fullUrl: duplicate fullUrl ${fullUrl} (also Bundle.entry[${first.index}])`);
      else byUrl.set(fullUrl, { index: i, type });
    }
    if (!res) return;
    if (type === undefined || !(RESOURCE_TYPES as readonly string[]).includes(type)) {
      problems.push(`${base}.resource.resourceType: unknown resourceType ${JSON.stringify(res.resourceType)} (this export only contains ${RESOURCE_TYPES.join(', ')})`);
      return;
    }
    problems.push(...zodProblems(`${base}.resource`, RESOURCE_SCHEMAS[type as ResourceType], res));
  });

  // References: resolve within the bundle and point to an allowed resource type.
  const resolve = (r: FoundRef): string | undefined => {
    const target = r.value.reference;
    if (typeof target !== 'string') return undefined;
    const hit = byUrl.get(target);
    if (!hit) {
      problems.push(`${r.at}.reference: ${JSON.stringify(target)} does not resolve to an entry of this bundle`);
      return undefined;
    }
    return hit.type;
  };
  entries.forEach((e: unknown, i) => {
    if (!isObject(e) || !isObject(e.resource)) return;
    const type = e.resource.resourceType;
    if (typeof type !== 'string' || !(RESOURCE_TYPES as readonly string[]).includes(type)) return;
    const found: FoundRef[] = [];
    for (const [k, v] of Object.entries(e.resource)) {
      if (k !== 'extension' && !k.startsWith('_')) collectReferences(v, `${type}.${k}`, `Bundle.entry[${i}].resource.${k}`, found);
    }
    for (const r of found) {
      const allowed = REFERENCE_TARGETS[r.element];
      if (allowed === undefined) {
        problems.push(`${r.at}: ${r.element} is not a Reference element, but carries a reference`);
        continue;
      }
      const targetType = resolve(r);
      if (targetType === undefined) continue;
      if (allowed !== 'any' && !allowed.includes(targetType)) {
        problems.push(`${r.at}.reference: points to a ${targetType}; ${r.element} allows ${allowed.join(' | ')}`);
      }
      if (typeof r.value.type === 'string' && r.value.type !== targetType) problems.push(`${r.at}.type: says ${r.value.type} but the reference resolves to a ${targetType}`);
    }
    // ctm-1: onBehalfOf only when the member is a Practitioner.
    if (type === 'CareTeam' && Array.isArray(e.resource.participant)) {
      e.resource.participant.forEach((p: unknown, j) => {
        if (!isObject(p) || p.onBehalfOf === undefined) return;
        const member = isObject(p.member) && typeof p.member.reference === 'string' ? byUrl.get(p.member.reference)?.type : undefined;
        if (member !== 'Practitioner') problems.push(`Bundle.entry[${i}].resource.participant[${j}].onBehalfOf: ctm-1: onBehalfOf can only be populated when member is a Practitioner`);
      });
    }
  });

  return problems;
}
