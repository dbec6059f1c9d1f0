/**
 * The FHIR R4 (4.0.1) types of the subset our plan export emits, named and shaped
 * like the `fhir4` namespace of DefinitelyTyped's `@types/fhir` (0.0.3x/0.0.4x).
 *
 * WHY a local copy: the installed `@types/fhir@3.0.2` only declares the STU3 `fhir`
 * namespace; it has no `fhir4` (no Goal.lifecycleStatus, no R4 CarePlan). Every
 * interface here is a structural subset of its `fhir4` namesake, so switching to
 * `@types/fhir@0.0.44` means replacing `import type * as fhir4 from './r4'` with the
 * global namespace, nothing else. Type-only module: it emits no code.
 */

export interface Element {
  id?: string;
  extension?: Extension[];
}

/** ext-1: either nested extensions or one value[x], never both. */
export interface Extension extends Element {
  url: string;
  valueString?: string;
  valueBoolean?: boolean;
  valueInteger?: number;
  valueCode?: string;
  valueCoding?: Coding;
  valueIdentifier?: Identifier;
  valuePeriod?: Period;
}

export interface Coding extends Element {
  system?: string;
  version?: string;
  code?: string;
  display?: string;
}

export interface CodeableConcept extends Element {
  coding?: Coding[];
  text?: string;
}

export interface Identifier extends Element {
  use?: 'usual' | 'official' | 'temp' | 'secondary' | 'old';
  system?: string;
  value?: string;
}

export interface Reference extends Element {
  reference?: string;
  type?: string;
  display?: string;
}

export interface Period extends Element {
  start?: string;
  end?: string;
}

export interface HumanName extends Element {
  use?: 'usual' | 'official' | 'temp' | 'nickname' | 'anonymous' | 'old' | 'maiden';
  text?: string;
  family?: string;
  /** Extensions on the `family` primitive (nl-core own-prefix / own-name). */
  _family?: Element;
  given?: string[];
}

export interface Address extends Element {
  use?: 'home' | 'work' | 'temp' | 'old' | 'billing';
  type?: 'postal' | 'physical' | 'both';
  text?: string;
  line?: string[];
  /** Extensions on each `line` entry (ADXP streetName / houseNumber), index-aligned. */
  _line?: Element[];
  city?: string;
  postalCode?: string;
}

export interface ContactPoint extends Element {
  system?: 'phone' | 'fax' | 'email' | 'pager' | 'url' | 'sms' | 'other';
  value?: string;
  use?: 'home' | 'work' | 'temp' | 'old' | 'mobile';
}

export interface Annotation extends Element {
  authorString?: string;
  time?: string;
  text: string;
}

export interface TimingRepeat extends Element {
  boundsPeriod?: Period;
  count?: number;
  frequency?: number;
  period?: number;
  periodUnit?: 's' | 'min' | 'h' | 'd' | 'wk' | 'mo' | 'a';
}

export interface Timing extends Element {
  repeat?: TimingRepeat;
  code?: CodeableConcept;
}

export interface Resource {
  resourceType: string;
  id?: string;
}

export interface DomainResource extends Resource {
  extension?: Extension[];
}

export interface Patient extends DomainResource {
  resourceType: 'Patient';
  identifier?: Identifier[];
  name?: HumanName[];
  telecom?: ContactPoint[];
  gender?: 'male' | 'female' | 'other' | 'unknown';
  birthDate?: string;
  address?: Address[];
}

export interface RelatedPerson extends DomainResource {
  resourceType: 'RelatedPerson';
  patient: Reference;
  relationship?: CodeableConcept[];
  name?: HumanName[];
  telecom?: ContactPoint[];
}

export interface Practitioner extends DomainResource {
  resourceType: 'Practitioner';
  identifier?: Identifier[];
  name?: HumanName[];
  telecom?: ContactPoint[];
}

export interface Organization extends DomainResource {
  resourceType: 'Organization';
  identifier?: Identifier[];
  name?: string;
}

export interface CareTeamParticipant extends Element {
  role?: CodeableConcept[];
  member?: Reference;
  onBehalfOf?: Reference;
}

export interface CareTeam extends DomainResource {
  resourceType: 'CareTeam';
  status?: 'proposed' | 'active' | 'suspended' | 'inactive' | 'entered-in-error';
  name?: string;
  subject?: Reference;
  participant?: CareTeamParticipant[];
  managingOrganization?: Reference[];
}

export interface GoalTarget extends Element {
  dueDate?: string;
}

export interface Goal extends DomainResource {
  resourceType: 'Goal';
  lifecycleStatus: 'proposed' | 'planned' | 'accepted' | 'active' | 'on-hold' | 'completed' | 'cancelled' | 'entered-in-error' | 'rejected';
  achievementStatus?: CodeableConcept;
  category?: CodeableConcept[];
  description: CodeableConcept;
  subject: Reference;
  target?: GoalTarget[];
  expressedBy?: Reference;
}

export type CarePlanActivityStatus = 'not-started' | 'scheduled' | 'in-progress' | 'on-hold' | 'completed' | 'cancelled' | 'stopped' | 'unknown' | 'entered-in-error';

export interface CarePlanActivityDetail extends Element {
  status: CarePlanActivityStatus;
  description?: string;
  goal?: Reference[];
  scheduledTiming?: Timing;
  scheduledPeriod?: Period;
  performer?: Reference[];
}

export interface CarePlanActivity extends Element {
  detail?: CarePlanActivityDetail;
}

export interface CarePlan extends DomainResource {
  resourceType: 'CarePlan';
  identifier?: Identifier[];
  status: 'draft' | 'active' | 'on-hold' | 'revoked' | 'completed' | 'entered-in-error' | 'unknown';
  intent: 'proposal' | 'plan' | 'order' | 'option';
  category?: CodeableConcept[];
  title?: string;
  description?: string;
  subject: Reference;
  period?: Period;
  created?: string;
  author?: Reference;
  careTeam?: Reference[];
  supportingInfo?: Reference[];
  goal?: Reference[];
  activity?: CarePlanActivity[];
  note?: Annotation[];
}

export interface Observation extends DomainResource {
  resourceType: 'Observation';
  status: 'registered' | 'preliminary' | 'final' | 'amended' | 'corrected' | 'cancelled' | 'entered-in-error' | 'unknown';
  category?: CodeableConcept[];
  code: CodeableConcept;
  subject?: Reference;
  effectiveDateTime?: string;
  performer?: Reference[];
  valueInteger?: number;
  note?: Annotation[];
  method?: CodeableConcept;
}

export type FhirResource = Patient | RelatedPerson | Practitioner | Organization | CareTeam | Goal | CarePlan | Observation;

export interface BundleEntry<R extends Resource = FhirResource> extends Element {
  fullUrl?: string;
  resource?: R;
}

export interface Bundle<R extends Resource = FhirResource> extends Resource {
  resourceType: 'Bundle';
  type: 'document' | 'message' | 'transaction' | 'transaction-response' | 'batch' | 'batch-response' | 'history' | 'searchset' | 'collection';
  timestamp?: string;
  entry?: BundleEntry<R>[];
}
