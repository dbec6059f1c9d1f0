import { z } from 'zod';
import { FUNDING_KINDS } from '../domain/enums';
import { command, query } from './define';
import { Id, IsoDate, optionalText, requiredText } from './common';

const Clock = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'Een tijd schrijft u als uu:mm, bijvoorbeeld 09:30.');
const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Een periode is een maand: jjjj-mm.');
const IsoWeek = z.string().regex(/^\d{4}-W(0[1-9]|[1-4][0-9]|5[0-3])$/, 'Een week schrijft u als jjjj-Www.');

export const BASES = ['client', 'algemeen', 'nazorg', 'niet_toerekenbaar'] as const;
export const NZA_KINDS = ['direct', 'verplaatst', 'indicatiestelling', 'indirect'] as const;
export const CLIENT_LINKS = ['client', 'optional', 'none', 'naaste'] as const;

export const ActivityType = z.object({
  code: z.string(),
  name: z.string(),
  clientLink: z.enum(CLIENT_LINKS),
  nzaKind: z.enum(NZA_KINDS),
  laws: z.array(z.enum(FUNDING_KINDS)),
  active: z.boolean(),
  position: z.number().int(),
});
export type ActivityType = z.infer<typeof ActivityType>;

export const Attribution = z.object({
  fundingId: z.string().nullable(),
  basis: z.enum(BASES),
  reason: z.string(),
  warnings: z.array(z.string()),
});
export type Attribution = z.infer<typeof Attribution>;

/** Where a registration stands (peers.md #2): every row shows its state. */
export const REGISTRATION_STATES = ['open', 'week_gesloten', 'geexporteerd'] as const;

export const Registration = z.object({
  id: Id,
  version: z.number().int(),
  supersedes: z.number().int().nullable(),
  date: z.string(),
  startedAt: z.number().int().nullable(),
  tzOffsetMin: z.number().int(),
  /** Local 'HH:MM' of the start, when a time was given. */
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  minutes: z.number().int(),
  clientId: z.string().nullable(),
  clientName: z.string().nullable(),
  naasteMemberId: z.string().nullable(),
  naasteName: z.string().nullable(),
  activityCode: z.string(),
  activityName: z.string(),
  nzaKind: z.enum(NZA_KINDS),
  direct: z.boolean(),
  note: z.string().nullable(),
  fundingId: z.string().nullable(),
  fundingLabel: z.string().nullable(),
  /** WMO | ZVW | WLZ … of the funding it is attributed to; null when none. */
  law: z.enum(FUNDING_KINDS).nullable(),
  basis: z.enum(BASES),
  overridden: z.boolean(),
  overrideReason: z.string().nullable(),
  correctionReason: z.string().nullable(),
  state: z.enum(REGISTRATION_STATES),
  exportedBatchId: z.string().nullable(),
  createdAt: z.number().int(),
});
export type Registration = z.infer<typeof Registration>;

/**
 * What a person enters. Either start and end time, or minutes. The funding is proposed
 * by the attribution rules; a different choice (fundingId or basis) needs a reason.
 */
export const RegistrationFields = z
  .object({
    date: IsoDate,
    startTime: Clock.nullish().transform((v) => v || null),
    endTime: Clock.nullish().transform((v) => v || null),
    minutes: z.number().int('Minuten zijn hele getallen.').min(1, 'Ten minste 1 minuut.').max(1440, 'Hoogstens 24 uur op één dag.').nullish().transform((v) => v ?? null),
    clientId: Id.nullish().transform((v) => v ?? null),
    naasteMemberId: Id.nullish().transform((v) => v ?? null),
    activityCode: z.string({ error: 'Kies de activiteit.' }).min(1, 'Kies de activiteit.').max(40),
    direct: z.boolean().nullish().transform((v) => v ?? null),
    note: optionalText(2000, 'De notitie'),
    /** undefined = follow the proposal; a value (or null) = override. */
    fundingId: Id.nullable().optional(),
    basis: z.enum(BASES).optional(),
    overrideReason: optionalText(500, 'De reden'),
  })
  .superRefine((v, ctx) => {
    const byTime = v.startTime !== null || v.endTime !== null;
    if (byTime && (v.startTime === null || v.endTime === null)) ctx.addIssue({ code: 'custom', path: [v.startTime === null ? 'startTime' : 'endTime'], message: 'Vul begin- én eindtijd in, of alleen het aantal minuten.' });
    if (!byTime && v.minutes === null) ctx.addIssue({ code: 'custom', path: ['minutes'], message: 'Vul het aantal minuten in, of begin- en eindtijd.' });
    if (byTime && v.minutes !== null) ctx.addIssue({ code: 'custom', path: ['minutes'], message: 'Vul óf minuten óf begin- en eindtijd in.' });
  });
export type RegistrationInput = z.input<typeof RegistrationFields>;

export const Timer = z.object({
  startedAt: z.number().int(),
  clientId: z.string().nullable(),
  clientName: z.string().nullable(),
  naasteMemberId: z.string().nullable(),
  activityCode: z.string(),
  activityName: z.string(),
  note: z.string().nullable(),
  /** Elapsed whole minutes at the moment of asking (the UI counts on from startedAt). */
  elapsedMinutes: z.number().int(),
});

export const TOTAL_GROUPS = ['day', 'week', 'month', 'client', 'law', 'activity', 'basis'] as const;
export const TotalRow = z.object({ key: z.string(), label: z.string(), minutes: z.number().int(), count: z.number().int() });

export const registrationsContract = {
  'activities.list': query({
    summary: 'Activity types for registration (configurable).',
    input: z.object({ includeInactive: z.boolean().default(false) }).default({ includeInactive: false }),
    output: z.array(ActivityType).max(200),
  }),
  'activities.update': command({
    summary: 'Rename, (de)activate or change the paying laws of an activity type.',
    input: z.object({
      code: z.string(),
      patch: z.object({ name: requiredText(80, 'de naam'), active: z.boolean(), laws: z.array(z.enum(FUNDING_KINDS)).max(6) }).partial(),
    }),
    output: ActivityType,
    writes: ['activity_type'],
  }),
  'registrations.propose': query({
    summary: 'The funding the rules propose for a registration on this date (before saving).',
    input: z.object({ date: IsoDate, clientId: Id.nullish(), activityCode: z.string() }),
    output: Attribution,
  }),
  'registrations.list': query({
    summary: 'Current registrations between two dates (inclusive), newest first within a day.',
    input: z.object({ from: IsoDate, to: IsoDate, clientId: Id.optional() }),
    output: z.array(Registration).max(1000),
  }),
  'registrations.last': query({
    summary: 'The registration repeat-last would repeat (the newest), or null when there is none or two share the newest moment.',
    input: z.object({}).default({}),
    output: Registration.nullable(),
  }),
  'registrations.create': command({
    summary: 'Register time; attribution proposed by the rules unless overridden with a reason.',
    input: RegistrationFields,
    output: Registration,
    writes: ['registration'],
  }),
  'registrations.update': command({
    summary: 'Change a registration. Before export it changes in place; after export this writes a correction version (reason required).',
    input: z.object({ id: Id, fields: RegistrationFields, correctionReason: optionalText(500, 'De reden van de correctie') }),
    output: Registration,
    writes: ['registration'],
  }),
  'registrations.remove': command({
    summary: 'Remove a registration. Before export it is deleted; after export a tombstone version is written (reason required).',
    input: z.object({ id: Id, correctionReason: optionalText(500, 'De reden') }),
    output: z.object({ removed: z.literal(true), tombstone: z.boolean() }),
    writes: ['registration'],
  }),
  'registrations.repeatLast': command({
    summary: 'Register the last registration again, on the given date (default today).',
    input: z.object({ date: IsoDate.optional() }).default({}),
    output: Registration,
    writes: ['registration'],
  }),
  'registrations.history': query({
    summary: 'All versions of one registration, oldest first.',
    input: z.object({ id: Id }),
    output: z.array(Registration).max(1000),
  }),
  'registrations.totals': query({
    summary: 'Minutes of current registrations per day / week / month / client / law / activity / basis.',
    input: z.object({ from: IsoDate, to: IsoDate, groupBy: z.enum(TOTAL_GROUPS) }),
    output: z.array(TotalRow).max(1000),
  }),
  'timer.get': query({ summary: 'The running timer, if any.', input: z.object({}).default({}), output: Timer.nullable() }),
  'timer.start': command({
    summary: 'Start the timer (persisted: it survives a restart).',
    input: z.object({ clientId: Id.nullish(), naasteMemberId: Id.nullish(), activityCode: z.string().min(1), note: optionalText(2000, 'De notitie') }),
    output: Timer,
    writes: ['timer'],
  }),
  'timer.stop': command({
    summary: 'Stop the timer: registrations are written, split at midnight.',
    input: z.object({}).default({}),
    output: z.array(Registration).max(31),
    writes: ['timer', 'registration'],
  }),
  'timer.discard': command({ summary: 'Throw the running timer away.', input: z.object({}).default({}), output: z.object({ discarded: z.boolean() }), writes: ['timer'] }),
  'weeks.close': command({
    summary: '"Week afgesloten": no more new or changed registrations in that week (corrections of exported ones excepted).',
    input: z.object({ week: IsoWeek }),
    output: z.object({ week: z.string(), closedAt: z.number().int() }),
    writes: ['week_close'],
  }),
  'weeks.reopen': command({
    summary: 'Reopen a closed week.',
    input: z.object({ week: IsoWeek }),
    output: z.object({ week: z.string() }),
    writes: ['week_close'],
  }),
  'weeks.list': query({
    summary: 'Closed weeks.',
    input: z.object({}).default({}),
    output: z.array(z.object({ week: z.string(), closedAt: z.number().int() })).max(1000),
  }),
} as const;

export { Month, IsoWeek };
