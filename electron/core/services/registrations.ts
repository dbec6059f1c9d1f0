/**
 * Time registration (issue 4).
 *
 * Invariants:
 * - a registration is a chain of versions; the CURRENT version is the highest;
 * - before export, a change happens in place (the row never left the laptop);
 * - after export, nothing is ever updated or deleted — a change is a new version that
 *   supersedes the old one (with the reason), a removal a tombstone version; the
 *   database triggers of migration 0002 enforce this even if this code forgot;
 * - minutes are whole numbers; a span crossing midnight becomes one row per day;
 * - a closed week takes no new or changed rows, except corrections of exported ones
 *   (that is how a closed, sent week is corrected).
 */
import { and, desc, eq, gte, isNull, lte, sql } from 'drizzle-orm';
import type { Attribution, Registration, RegistrationFields } from '../../../shared/contract/index';
import { DEFAULT_ATTRIBUTION_RULES, proposeAttribution } from '../../../shared/domain/attribution';
import { localDate } from '../../../shared/domain/dates';
import { displayName } from '../../../shared/domain/names';
import { contains } from '../../../shared/domain/periods';
import { instantOf, localParts, offsetMinutes, splitAtMidnight } from '../../../shared/domain/time';
import { isoWeek } from '../db/backup-rotation';
import { client, funder, funding, networkMember, registration, timer, weekClose } from '../../../shared/schema/index';
import type { z } from 'zod';
import type { CoreContext } from '../context';
import { SchotvrijError, fieldError, notFound } from '../errors';
import { listEvents } from '../repo/dossier';
import { fundingLabel, listFunding } from '../repo/funding';
import { getActivity } from './activities';
import { getSettings } from './settings';

export type Fields = z.output<typeof RegistrationFields>;
type Row = typeof registration.$inferSelect;

/** SQL: `r` is the current version of its registration. */
export const IS_CURRENT = sql`NOT EXISTS (SELECT 1 FROM registration AS newer WHERE newer.id = ${registration.id} AND newer.version > ${registration.version})`;

const hhmm = (epochMs: number) => {
  const p = localParts(epochMs);
  return `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
};

function casemanagerOf(ctx: CoreContext): { casemanagerId: string | null; organisationId: string | null } {
  const inst = ctx.installation();
  return { casemanagerId: inst?.casemanagerId ?? null, organisationId: inst?.organisationId ?? null };
}

export function isWeekClosed(ctx: CoreContext, date: string): boolean {
  const { casemanagerId } = casemanagerOf(ctx);
  return !!ctx.orm
    .select({ w: weekClose.week })
    .from(weekClose)
    .where(and(eq(weekClose.week, isoWeek(date)), eq(weekClose.casemanagerId, casemanagerId ?? '')))
    .get();
}

function refuseClosedWeek(ctx: CoreContext, date: string, path = 'date'): void {
  if (isWeekClosed(ctx, date)) {
    throw fieldError(path, `Week ${isoWeek(date).replace('-W', ' week ')} is afgesloten. Open de week opnieuw om hierin iets te veranderen.`, `week ${isoWeek(date)} is closed`);
  }
}

export function toDto(ctx: CoreContext, r: Row): Registration {
  const activity = getActivity(ctx, r.activityCode);
  const c = r.clientId ? ctx.orm.select({ voornaam: client.voornaam, tussenvoegsel: client.tussenvoegsel, achternaam: client.achternaam }).from(client).where(eq(client.id, r.clientId)).get() : undefined;
  const m = r.naasteMemberId ? ctx.orm.select({ name: networkMember.name }).from(networkMember).where(eq(networkMember.id, r.naasteMemberId)).get() : undefined;
  const f = r.fundingId && r.clientId ? listFunding(ctx.orm, r.clientId, r.fundingId)[0] : undefined;
  return {
    id: r.id,
    version: r.version,
    supersedes: r.supersedes,
    date: r.date,
    startedAt: r.startedAt,
    tzOffsetMin: r.tzOffsetMin,
    startTime: r.startedAt !== null ? hhmm(r.startedAt) : null,
    endTime: r.startedAt !== null ? hhmm(r.startedAt + r.minutes * 60_000) : null,
    minutes: r.minutes,
    clientId: r.clientId,
    clientName: c ? displayName(c) : null,
    naasteMemberId: r.naasteMemberId,
    naasteName: m?.name ?? null,
    activityCode: r.activityCode,
    activityName: activity.name,
    nzaKind: r.nzaKind as Registration['nzaKind'],
    direct: r.direct,
    note: r.note,
    fundingId: r.fundingId,
    fundingLabel: f ? fundingLabel(f) : null,
    law: f?.kind ?? null,
    basis: r.basis,
    overridden: r.overridden,
    overrideReason: r.overrideReason,
    correctionReason: r.correctionReason,
    state: r.exportedBatchId ? 'geexporteerd' : isWeekClosed(ctx, r.date) ? 'week_gesloten' : 'open',
    exportedBatchId: r.exportedBatchId,
    createdAt: r.createdAt,
  };
}

export function currentRow(ctx: CoreContext, id: string): Row {
  const r = ctx.orm.select().from(registration).where(eq(registration.id, id)).orderBy(desc(registration.version)).limit(1).get();
  if (!r || r.deleted) throw notFound('Registratie', id);
  return r;
}

export function propose(ctx: CoreContext, date: string, clientId: string | null, activityCode: string): Attribution {
  const activity = getActivity(ctx, activityCode);
  const rules = getSettings(ctx).attribution ?? DEFAULT_ATTRIBUTION_RULES;
  const fundings = clientId
    ? ctx.orm
        .select({ id: funding.id, kind: funding.kind, status: funding.status, start: funding.startDate, end: funding.endDate, funderCode: funder.code })
        .from(funding)
        .leftJoin(funder, eq(funder.id, funding.funderId))
        .where(and(eq(funding.clientId, clientId), isNull(funding.deletedAt)))
        .all()
    : [];
  return proposeAttribution({ date, activity, hasClient: clientId !== null, events: clientId ? listEvents(ctx.orm, clientId) : [], funding: fundings, rules });
}

/** The values of one version from what a person entered: time, client, attribution. */
function resolve(ctx: CoreContext, f: Fields): Omit<Row, 'id' | 'version' | 'supersedes' | 'correctionReason' | 'deleted' | 'exportedBatchId' | 'createdAt' | 'updatedAt'> {
  const today = localDate(ctx.clock.now());
  if (f.date > today) throw fieldError('date', 'U kunt geen tijd registreren op een datum in de toekomst.', 'registration date in the future');
  const activity = getActivity(ctx, f.activityCode);
  if (!activity.active) throw fieldError('activityCode', 'Deze activiteit wordt niet meer gebruikt.', 'inactive activity');

  let startedAt: number | null = null;
  let minutes: number;
  if (f.startTime && f.endTime) {
    const [sh, sm] = f.startTime.split(':').map(Number) as [number, number];
    const [eh, em] = f.endTime.split(':').map(Number) as [number, number];
    startedAt = instantOf(f.date, sh, sm);
    const end = instantOf(f.date, eh, em);
    if (end <= startedAt) throw fieldError('endTime', 'De eindtijd ligt vóór de begintijd. Loopt het door na middernacht? Registreer dan twee keer.', 'end before start');
    minutes = Math.round((end - startedAt) / 60_000);
  } else {
    minutes = f.minutes!;
  }

  // Who is this about? The activity decides whether a client is needed (domain.md §5).
  let clientId = f.clientId;
  const naasteMemberId = f.naasteMemberId;
  if (naasteMemberId) {
    const m = ctx.orm.select().from(networkMember).where(eq(networkMember.id, naasteMemberId)).get();
    if (!m || m.deletedAt !== null) throw fieldError('naasteMemberId', 'Deze naaste staat niet (meer) in het netwerk.', 'unknown naaste');
    if (clientId && m.clientId !== clientId) throw fieldError('naasteMemberId', 'Deze naaste hoort bij een andere cliënt.', 'naaste of another client');
    clientId = m.clientId;
  }
  if (activity.clientLink === 'client' && !clientId) throw fieldError('clientId', `Kies de cliënt: "${activity.name}" is cliëntgebonden.`, 'client required');
  if (activity.clientLink === 'naaste' && !naasteMemberId) throw fieldError('naasteMemberId', `Kies de naaste met wie u "${activity.name}" deed.`, 'naaste required');
  if (activity.clientLink === 'none' && clientId) throw fieldError('clientId', `"${activity.name}" is niet cliëntgebonden; laat de cliënt leeg.`, 'activity is not client-bound');
  if (clientId && !ctx.orm.select({ id: client.id }).from(client).where(eq(client.id, clientId)).get()) throw notFound('Cliënt', clientId);

  const proposal = propose(ctx, f.date, clientId, f.activityCode);
  let fundingId = proposal.fundingId;
  let basis = proposal.basis;
  const overridden = f.fundingId !== undefined || f.basis !== undefined;
  if (overridden) {
    if (!f.overrideReason) throw fieldError('overrideReason', 'Geef de reden waarom u afwijkt van het voorstel.', 'override needs a reason');
    fundingId = f.fundingId === undefined ? proposal.fundingId : f.fundingId;
    basis = f.basis ?? (fundingId ? 'client' : proposal.basis === 'client' ? 'niet_toerekenbaar' : proposal.basis);
    if (fundingId) {
      const chosen = clientId ? listFunding(ctx.orm, clientId, fundingId)[0] : undefined;
      if (!chosen) throw fieldError('fundingId', 'Deze financiering hoort niet bij de cliënt.', 'funding of another client');
      if (chosen.status !== 'toegekend' || !contains({ start: chosen.startDate, end: chosen.endDate }, f.date)) {
        throw fieldError('fundingId', 'Deze financiering is niet toegekend op deze datum.', 'funding does not cover the date');
      }
      if (basis !== 'client') throw fieldError('basis', 'Tijd die uit een financiering van de cliënt komt, is cliëntgebonden.', 'basis must be client with a funding');
    }
  }

  const { casemanagerId, organisationId } = casemanagerOf(ctx);
  return {
    casemanagerId,
    organisationId,
    clientId,
    naasteMemberId,
    activityCode: activity.code,
    nzaKind: activity.nzaKind,
    direct: f.direct ?? activity.nzaKind !== 'indirect',
    date: f.date,
    startedAt,
    tzOffsetMin: offsetMinutes(startedAt ?? instantOf(f.date, 12)),
    minutes,
    note: f.note,
    fundingId,
    basis,
    overridden,
    overrideReason: overridden ? f.overrideReason : null,
  };
}

export function createRegistration(ctx: CoreContext, f: Fields): Registration {
  refuseClosedWeek(ctx, f.date);
  const values = resolve(ctx, f);
  const now = ctx.clock.now();
  const id = ctx.ids.newId();
  ctx.orm.insert(registration).values({ ...values, id, version: 1, supersedes: null, correctionReason: null, deleted: false, exportedBatchId: null, createdAt: now, updatedAt: now }).run();
  return toDto(ctx, currentRow(ctx, id));
}

export function updateRegistration(ctx: CoreContext, id: string, f: Fields, correctionReason: string | null): Registration {
  const cur = currentRow(ctx, id);
  const now = ctx.clock.now();
  if (cur.exportedBatchId === null) {
    refuseClosedWeek(ctx, cur.date);
    refuseClosedWeek(ctx, f.date);
    ctx.orm.update(registration).set({ ...resolve(ctx, f), updatedAt: now }).where(and(eq(registration.id, id), eq(registration.version, cur.version))).run();
    return toDto(ctx, currentRow(ctx, id));
  }
  // Exported: never touched again. A correction is a new version (credit + new debit downstream).
  if (!correctionReason) throw fieldError('correctionReason', 'Deze registratie is al geëxporteerd. Geef de reden van de correctie.', 'correction of an exported registration needs a reason');
  ctx.orm
    .insert(registration)
    .values({ ...resolve(ctx, f), id, version: cur.version + 1, supersedes: cur.version, correctionReason, deleted: false, exportedBatchId: null, createdAt: now, updatedAt: now })
    .run();
  return toDto(ctx, currentRow(ctx, id));
}

export function removeRegistration(ctx: CoreContext, id: string, correctionReason: string | null): { removed: true; tombstone: boolean } {
  const cur = currentRow(ctx, id);
  const now = ctx.clock.now();
  if (cur.exportedBatchId === null) {
    refuseClosedWeek(ctx, cur.date);
    if (cur.version === 1) {
      ctx.orm.delete(registration).where(eq(registration.id, id)).run();
      return { removed: true, tombstone: false };
    }
    // An unexported correction of an exported row: the removal itself must still travel.
    if (!correctionReason) throw fieldError('correctionReason', 'Geef de reden waarom deze geëxporteerde registratie vervalt.', 'tombstone needs a reason');
    ctx.orm.update(registration).set({ deleted: true, correctionReason, updatedAt: now }).where(and(eq(registration.id, id), eq(registration.version, cur.version))).run();
    return { removed: true, tombstone: true };
  }
  if (!correctionReason) throw fieldError('correctionReason', 'Deze registratie is al geëxporteerd. Geef de reden waarom hij vervalt.', 'tombstone needs a reason');
  const { id: _i, version: _v, supersedes: _s, correctionReason: _c, deleted: _d, exportedBatchId: _e, createdAt: _ca, updatedAt: _u, ...rest } = cur;
  ctx.orm.insert(registration).values({ ...rest, id, version: cur.version + 1, supersedes: cur.version, correctionReason, deleted: true, exportedBatchId: null, createdAt: now, updatedAt: now }).run();
  return { removed: true, tombstone: true };
}

export function listRegistrations(ctx: CoreContext, from: string, to: string, clientId?: string): Registration[] {
  const rows = ctx.orm
    .select()
    .from(registration)
    .where(and(gte(registration.date, from), lte(registration.date, to), IS_CURRENT, eq(registration.deleted, false), clientId ? eq(registration.clientId, clientId) : undefined))
    .orderBy(desc(registration.date), desc(registration.startedAt), desc(registration.createdAt))
    .limit(1000)
    .all();
  return rows.map((r) => toDto(ctx, r));
}

export function history(ctx: CoreContext, id: string): Registration[] {
  const rows = ctx.orm.select().from(registration).where(eq(registration.id, id)).orderBy(registration.version).all();
  if (rows.length === 0) throw notFound('Registratie', id);
  return rows.map((r) => toDto(ctx, r));
}

/** What repeatLast would repeat, for the dialog that names it first; null when two rows share the newest moment (an import). */
export function lastRegistration(ctx: CoreContext): Registration | null {
  const rows = ctx.orm.select().from(registration).where(and(IS_CURRENT, eq(registration.deleted, false))).orderBy(desc(registration.createdAt)).limit(2).all();
  const [newest, next] = rows;
  if (!newest || (next && next.createdAt === newest.createdAt)) return null;
  return toDto(ctx, newest);
}

export function repeatLast(ctx: CoreContext, date: string | undefined): Registration {
  const last = ctx.orm.select().from(registration).where(and(IS_CURRENT, eq(registration.deleted, false))).orderBy(desc(registration.createdAt)).limit(1).get();
  if (!last) throw new SchotvrijError('NOT_FOUND', 'Er is nog geen registratie om te herhalen.', 'nothing to repeat');
  const day = date ?? localDate(ctx.clock.now());
  const times = last.startedAt !== null ? { startTime: hhmm(last.startedAt), endTime: hhmm(last.startedAt + last.minutes * 60_000), minutes: null } : { startTime: null, endTime: null, minutes: last.minutes };
  // The funding is proposed again for the new date; a repeated override is not carried over.
  return createRegistration(ctx, { date: day, ...times, clientId: last.clientId, naasteMemberId: last.naasteMemberId, activityCode: last.activityCode, direct: last.direct, note: last.note, overrideReason: null });
}

// ---------------------------------------------------------------- timer

export function getTimer(ctx: CoreContext) {
  const { casemanagerId } = casemanagerOf(ctx);
  const t = ctx.orm.select().from(timer).where(eq(timer.casemanagerId, casemanagerId ?? '')).get();
  if (!t) return null;
  const c = t.clientId ? ctx.orm.select({ voornaam: client.voornaam, tussenvoegsel: client.tussenvoegsel, achternaam: client.achternaam }).from(client).where(eq(client.id, t.clientId)).get() : undefined;
  return {
    startedAt: t.startedAt,
    clientId: t.clientId,
    clientName: c ? displayName(c) : null,
    naasteMemberId: t.naasteMemberId,
    activityCode: t.activityCode,
    activityName: getActivity(ctx, t.activityCode).name,
    note: t.note,
    // A clock set back makes this negative: show 0, never a negative duration.
    elapsedMinutes: Math.max(0, Math.floor((ctx.clock.now() - t.startedAt) / 60_000)),
  };
}

export function startTimer(ctx: CoreContext, input: { clientId?: string | null | undefined; naasteMemberId?: string | null | undefined; activityCode: string; note: string | null }) {
  const { casemanagerId } = casemanagerOf(ctx);
  if (getTimer(ctx)) throw new SchotvrijError('CONFLICT', 'Er loopt al een timer. Stop die eerst.', 'a timer is already running');
  getActivity(ctx, input.activityCode);
  ctx.orm.insert(timer).values({ casemanagerId: casemanagerId ?? '', startedAt: ctx.clock.now(), clientId: input.clientId ?? null, naasteMemberId: input.naasteMemberId ?? null, activityCode: input.activityCode, note: input.note }).run();
  return getTimer(ctx)!;
}

/**
 * Stops the timer: its span becomes one registration per local calendar day (split at
 * Dutch midnight, DST-safe). Spans under half a minute, or a clock set back, write nothing.
 */
export function stopTimer(ctx: CoreContext): Registration[] {
  const { casemanagerId } = casemanagerOf(ctx);
  const t = ctx.orm.select().from(timer).where(eq(timer.casemanagerId, casemanagerId ?? '')).get();
  if (!t) throw new SchotvrijError('NOT_FOUND', 'Er loopt geen timer.', 'no timer running');
  const segments = splitAtMidnight(t.startedAt, ctx.clock.now());
  ctx.orm.delete(timer).where(eq(timer.casemanagerId, t.casemanagerId)).run();
  return segments.map((s) => {
    // Through the same path as manual entry: closed weeks, client rules and attribution apply.
    const reg = createRegistration(ctx, { date: s.date, startTime: null, endTime: null, minutes: s.minutes, clientId: t.clientId, naasteMemberId: t.naasteMemberId, activityCode: t.activityCode, direct: null, note: t.note, overrideReason: null });
    ctx.orm.update(registration).set({ startedAt: s.startMs, tzOffsetMin: s.tzOffsetMin }).where(and(eq(registration.id, reg.id), eq(registration.version, 1))).run();
    return toDto(ctx, currentRow(ctx, reg.id));
  });
}

export function discardTimer(ctx: CoreContext): { discarded: boolean } {
  const { casemanagerId } = casemanagerOf(ctx);
  const r = ctx.orm.delete(timer).where(eq(timer.casemanagerId, casemanagerId ?? '')).run();
  return { discarded: r.changes > 0 };
}

// ---------------------------------------------------------------- weeks

export function closeWeek(ctx: CoreContext, week: string) {
  const { casemanagerId } = casemanagerOf(ctx);
  const closedAt = ctx.clock.now();
  ctx.orm.insert(weekClose).values({ week, casemanagerId: casemanagerId ?? '', closedAt }).onConflictDoNothing().run();
  return { week, closedAt: ctx.orm.select().from(weekClose).where(and(eq(weekClose.week, week), eq(weekClose.casemanagerId, casemanagerId ?? ''))).get()!.closedAt };
}

export function reopenWeek(ctx: CoreContext, week: string) {
  const { casemanagerId } = casemanagerOf(ctx);
  ctx.orm.delete(weekClose).where(and(eq(weekClose.week, week), eq(weekClose.casemanagerId, casemanagerId ?? ''))).run();
  return { week };
}

export function listClosedWeeks(ctx: CoreContext) {
  const { casemanagerId } = casemanagerOf(ctx);
  return ctx.orm.select({ week: weekClose.week, closedAt: weekClose.closedAt }).from(weekClose).where(eq(weekClose.casemanagerId, casemanagerId ?? '')).orderBy(desc(weekClose.week)).limit(1000).all();
}
