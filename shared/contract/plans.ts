import { z } from 'zod';
import { ACTION_FREQUENCY_UNITS, CONSENT_METHODS, FUNDING_KINDS, GOAL_STATUSES, PERFORMER_KINDS, PLAN_STATUSES } from '../domain/enums';
import { command, query } from './define';
import { Id, IsoDate, optionalText, requiredText } from './common';

const OptionalDate = z
  .string()
  .nullish()
  .transform((v) => v || null)
  .pipe(IsoDate.nullable());

export const PlanVersionSummary = z.object({
  id: Id,
  versionNo: z.number().int(),
  status: z.enum(PLAN_STATUSES),
  ingangsdatum: z.string().nullable(),
  evaluatiedatum: z.string().nullable(),
  vastgesteldOp: z.string().nullable(),
  updatedAt: z.number().int(),
});
export type PlanVersionSummary = z.infer<typeof PlanVersionSummary>;

export const Plan = z.object({
  id: Id,
  clientId: Id,
  domainSet: z.string(),
  versions: z.array(PlanVersionSummary).max(500),
});
export type Plan = z.infer<typeof Plan>;

export const Goal = z.object({
  id: Id,
  originId: Id,
  domain: z.string(),
  description: z.string(),
  targetDate: z.string().nullable(),
  status: z.enum(GOAL_STATUSES),
  position: z.number().int(),
});
export type Goal = z.infer<typeof Goal>;

export const PlanAction = z.object({
  id: Id,
  originId: Id,
  goalId: z.string().nullable(),
  description: z.string(),
  performerKind: z.enum(PERFORMER_KINDS),
  performerMemberId: z.string().nullable(),
  performerOrganisationId: z.string().nullable(),
  performerName: z.string().nullable(),
  /** Resolved for display: "Dochter Anna (mantelzorger)", "Thuiszorg De Roerstreek", "Cliënt zelf". */
  performerLabel: z.string(),
  frequencyCount: z.number().int().nullable(),
  frequencyUnit: z.enum(ACTION_FREQUENCY_UNITS).nullable(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  financing: z.enum(FUNDING_KINDS),
  fundingId: z.string().nullable(),
  /** "Wmo toewijzing 123456 – Begeleiding individueel (02A01)". */
  fundingLabel: z.string().nullable(),
  informeelOverwogen: z.boolean(),
  informeelToelichting: z.string().nullable(),
  position: z.number().int(),
});
export type PlanAction = z.infer<typeof PlanAction>;

export const ScoreSet = z.object({
  scoredOn: z.string(),
  scoredBy: z.enum(['client', 'professional', 'samen']),
  planVersionId: z.string().nullable(),
  scores: z.record(z.string(), z.number().int()),
  notes: z.record(z.string(), z.string()),
});
export type ScoreSet = z.infer<typeof ScoreSet>;

export const PlanVersionDetail = PlanVersionSummary.extend({
  planId: Id,
  clientId: Id,
  clientName: z.string(),
  domainSet: z.string(),
  basedOnVersionId: z.string().nullable(),
  verkenning: z.string().nullable(),
  wensen: z.string().nullable(),
  naasten: z.string().nullable(),
  einddatum: z.string().nullable(),
  consent: z
    .object({
      date: z.string(),
      method: z.enum(CONSENT_METHODS),
      by: z.string(),
      witness: z.string().nullable(),
      signature: z.string().nullable(),
    })
    .nullable(),
  evaluatedOn: z.string().nullable(),
  evaluatie: z.string().nullable(),
  goals: z.array(Goal).max(500),
  actions: z.array(PlanAction).max(1000),
  /** All score sets of this client in this domain set, oldest first: progress over time. */
  scoreHistory: z.array(ScoreSet).max(500),
  editable: z.boolean(),
  undo: z.object({ label: z.string() }).nullable(),
});
export type PlanVersionDetail = z.infer<typeof PlanVersionDetail>;

export const VersionPatch = z
  .object({
    verkenning: optionalText(20_000, 'De verkenning'),
    wensen: optionalText(20_000, 'De wensen'),
    naasten: optionalText(20_000, 'Wat de naasten nodig hebben'),
    ingangsdatum: OptionalDate,
    einddatum: OptionalDate,
    evaluatiedatum: OptionalDate,
  })
  .partial();

export const GoalFields = z.object({
  domain: z.string({ error: 'Kies het levensdomein van dit doel.' }).min(1, 'Kies het levensdomein van dit doel.').max(80),
  description: requiredText(2000, 'het doel (in de woorden van de cliënt)'),
  targetDate: OptionalDate,
  status: z.enum(GOAL_STATUSES).default('nieuw'),
});
export type GoalInput = z.input<typeof GoalFields>;

export const ActionFields = z
  .object({
    goalId: Id.nullable().default(null),
    description: requiredText(2000, 'wat er gebeurt'),
    performerKind: z.enum(PERFORMER_KINDS, { error: 'Kies wie dit doet.' }),
    performerMemberId: Id.nullable().default(null),
    performerOrganisationId: Id.nullable().default(null),
    performerName: optionalText(200, 'De naam van wie het doet'),
    frequencyCount: z.number().int().min(1, 'Hoe vaak: ten minste 1.').max(1000).nullable().default(null),
    frequencyUnit: z.enum(ACTION_FREQUENCY_UNITS).nullable().default(null),
    startDate: z.string({ error: 'Vul de begindatum in.' }).min(1, 'Vul de begindatum in.').pipe(IsoDate),
    endDate: OptionalDate,
    financing: z.enum(FUNDING_KINDS, { error: 'Kies waaruit dit betaald wordt.' }),
    fundingId: Id.nullable().default(null),
    informeelOverwogen: z.boolean().default(false),
    informeelToelichting: optionalText(1000, 'De toelichting'),
  })
  .superRefine((v, ctx) => {
    if (v.endDate && v.endDate < v.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'De einddatum ligt vóór de begindatum.' });
    if (v.performerKind === 'netwerk' && !v.performerMemberId) ctx.addIssue({ code: 'custom', path: ['performerMemberId'], message: 'Kies wie uit het netwerk dit doet.' });
    if (v.performerKind === 'organisatie' && !v.performerOrganisationId && !v.performerName) {
      ctx.addIssue({ code: 'custom', path: ['performerOrganisationId'], message: 'Kies de organisatie die dit doet, of vul een naam in.' });
    }
    const countNeeded = v.frequencyUnit !== null && v.frequencyUnit !== 'eenmalig' && v.frequencyUnit !== 'zo_nodig';
    if (countNeeded && v.frequencyCount === null) ctx.addIssue({ code: 'custom', path: ['frequencyCount'], message: 'Hoe vaak per periode?' });
  });
export type ActionInput = z.input<typeof ActionFields>;

export const ConsentInput = z.object({
  date: IsoDate,
  method: z.enum(CONSENT_METHODS, { error: 'Kies hoe de cliënt heeft ingestemd.' }),
  by: requiredText(200, 'wie heeft ingestemd (cliënt of vertegenwoordiger)'),
  witness: optionalText(200, 'De naam van de getuige'),
  /** PNG data URL from the signature pad, at most ~300 KB. */
  signature: z
    .string()
    .max(400_000, 'De handtekening is te groot.')
    .regex(/^data:image\/png;base64,[A-Za-z0-9+/=]+$/, 'De handtekening is geen geldige afbeelding.')
    .nullable()
    .default(null),
});

export const DueEvaluation = z.object({
  clientId: Id,
  clientName: z.string(),
  planId: Id,
  versionId: Id,
  versionNo: z.number().int(),
  evaluatiedatum: z.string(),
  /** Negative: overdue by that many days. */
  daysLeft: z.number().int(),
});

export const DomainSetDto = z.object({
  code: z.string(),
  name: z.string(),
  version: z.string(),
  owner: z.string(),
  licenceNote: z.string(),
  scorer: z.enum(['client', 'professional']),
  chart: z.enum(['spider', 'bars']),
  scale: z.object({ min: z.number().int(), max: z.number().int(), labels: z.record(z.string(), z.string()) }),
  domains: z.array(z.object({ key: z.string(), name: z.string() })),
});

export const Settings = z.object({
  /** Network rule (Hollandscheveld, 004:590-593): naasten and volunteers are considered before formal care. */
  vrijwilligersEerst: z.boolean(),
  /** Default time until the next evaluation when a plan is vastgesteld. */
  evaluatieTermijnMaanden: z.number().int().min(1).max(24),
  /**
   * Contract rules for attributing time (shared/domain/attribution.ts): days an insurer
   * keeps paying after a Wlz admission (per UZOVI; 42 in one network, 0 in another), and
   * the nazorg period after death.
   */
  attribution: z.object({
    postAdmissionDays: z.number().int().min(0).max(365),
    postAdmissionDaysByFunder: z.record(z.string().regex(/^[0-9]{4}$/), z.number().int().min(0).max(365)),
    nazorgDays: z.number().int().min(0).max(365),
  }),
  /**
   * NEN 7513: how long access-log entries are kept. Older entries are removed and summarised in a
   * hash anchor, so the chain stays verifiable. At least 5 years (the usual minimum), at most 115.
   */
  auditBewaarJaren: z.number().int().min(5, 'Bewaar het toegangslog minstens 5 jaar.').max(115),
});
export type Settings = z.infer<typeof Settings>;

const planWrites = ['plan', 'plan_version', 'goal', 'plan_action', 'plan_undo', 'domain_score'] as const;

export const plansContract = {
  'plans.get': query({
    summary: "The client's plan and its versions (null when there is none yet).",
    input: z.object({ clientId: Id }),
    output: Plan.nullable(),
  }),
  'plans.create': command({
    summary: 'Start the plan of a client with a domain set; version 1 is a concept starting today, with its evaluation date the evaluation term (settings) later.',
    input: z.object({ clientId: Id, domainSet: z.string().min(1) }),
    output: PlanVersionDetail,
    writes: planWrites,
  }),
  'plans.version': query({
    summary: 'One plan version in full: goals, actions, scores, consent.',
    input: z.object({ versionId: Id }),
    output: PlanVersionDetail,
  }),
  'plans.newVersion': command({
    summary: 'A new concept from the latest version, starting today: open goals and running actions carry over (same originId).',
    input: z.object({ planId: Id }),
    output: PlanVersionDetail,
    writes: planWrites,
  }),
  'plans.updateVersion': command({
    summary: 'Autosave of the verkenning, wensen, naasten and dates of a concept.',
    input: z.object({ versionId: Id, patch: VersionPatch }),
    output: PlanVersionDetail,
    writes: planWrites,
  }),
  'plans.setScores': command({
    summary: 'Record domain scores (dated) for this version.',
    input: z.object({
      versionId: Id,
      scoredOn: IsoDate,
      scoredBy: z.enum(['client', 'professional', 'samen']),
      scores: z
        .array(z.object({ domain: z.string().min(1), score: z.number().int(), note: optionalText(500, 'De toelichting') }))
        .min(1, 'Vul ten minste één score in.')
        .max(50),
    }),
    output: PlanVersionDetail,
    writes: planWrites,
  }),
  'plans.addGoal': command({ summary: 'Add a goal to a concept.', input: z.object({ versionId: Id, goal: GoalFields }), output: PlanVersionDetail, writes: planWrites }),
  'plans.updateGoal': command({
    summary: 'Change a goal of a concept.',
    input: z.object({ id: Id, patch: GoalFields.partial().extend({ position: z.number().int().min(0).optional() }) }),
    output: PlanVersionDetail,
    writes: planWrites,
  }),
  'plans.removeGoal': command({ summary: 'Remove a goal (its actions stay, unlinked).', input: z.object({ id: Id }), output: PlanVersionDetail, writes: planWrites }),
  'plans.addAction': command({
    summary: 'Add an action: what, who, how often, from when, paid from which law and funding entry.',
    input: z.object({ versionId: Id, action: ActionFields }),
    output: PlanVersionDetail,
    writes: planWrites,
  }),
  'plans.updateAction': command({
    summary: 'Replace an action of a concept.',
    input: z.object({ id: Id, action: ActionFields }),
    output: PlanVersionDetail,
    writes: planWrites,
  }),
  'plans.removeAction': command({ summary: 'Remove an action from a concept.', input: z.object({ id: Id }), output: PlanVersionDetail, writes: planWrites }),
  'plans.undo': command({ summary: 'Undo the last change to a concept.', input: z.object({ versionId: Id }), output: PlanVersionDetail, writes: planWrites }),
  'plans.establish': command({
    summary: 'Vaststellen with the client: records consent; the previous agreed version becomes "vervangen".',
    input: z.object({ versionId: Id, consent: ConsentInput }),
    output: PlanVersionDetail,
    writes: planWrites,
  }),
  'plans.evaluate': command({
    summary: 'Record the evaluation of an agreed version and the outcome per goal.',
    input: z.object({
      versionId: Id,
      evaluatedOn: IsoDate,
      evaluatie: requiredText(20_000, 'de uitkomst van de evaluatie'),
      goalStatuses: z.array(z.object({ goalId: Id, status: z.enum(GOAL_STATUSES) })).max(500).default([]),
    }),
    output: PlanVersionDetail,
    writes: planWrites,
  }),
  'plans.dueEvaluations': query({
    summary: 'Agreed plans whose evaluation date has passed or falls within N days.',
    input: z.object({ withinDays: z.number().int().min(0).max(365).default(14) }).default({ withinDays: 14 }),
    output: z.array(DueEvaluation).max(1000),
  }),
  'plans.exportFhir': query({
    summary: 'FHIR R4 Bundle (collection) of one plan version: CarePlan, Goals, CareTeam, Observations.',
    input: z.object({ versionId: Id }),
    output: z.object({ fileName: z.string(), json: z.string() }),
  }),
  'domainSets.list': query({
    summary: 'The life-domain instruments this version ships (data, not code).',
    input: z.object({}).default({}),
    output: z.array(DomainSetDto),
  }),
  'settings.get': query({ summary: 'Installation and network settings.', input: z.object({}).default({}), output: Settings }),
  'settings.update': command({ summary: 'Change settings.', input: z.object({ patch: Settings.partial() }), output: Settings, writes: ['setting'] }),
} as const;
