/**
 * The integraal ondersteuningsplan: versions, goals, actions, scores, and the undo log.
 *
 * Invariants:
 * - only a concept version changes; an agreed version is read-only, and a change is a
 *   new version (so what the client agreed to stays readable);
 * - every change to a concept records its inverse in plan_undo in the SAME transaction
 *   (the dispatcher's), so undo survives a restart and never half-applies;
 * - goals and actions are soft-deleted, so undo of a removal restores the exact row.
 */
import { and, asc, desc, eq, inArray, isNull, max, ne } from 'drizzle-orm';
import type { Plan, PlanAction, PlanVersionDetail, ScoreSet } from '../../../shared/contract/index';
import { domainSet } from '../../../shared/codelists/index';
import { checkActionFinancing } from '../../../shared/domain/funding';
import { isEditable } from '../../../shared/domain/plan';
import { displayName } from '../../../shared/domain/names';
import { client, domainScore, goal, organisation, plan, planAction, planUndo, planVersion } from '../../../shared/schema/index';
import type { CoreContext } from '../context';
import { SchotvrijError, fieldError, notFound } from '../errors';
import { fundingLabel, fundingLikes, listFunding } from '../repo/funding';
import { memberRow } from '../repo/network';

export type VersionRow = typeof planVersion.$inferSelect;
export type GoalRow = typeof goal.$inferSelect;
export type ActionRow = typeof planAction.$inferSelect;

/** What undo does, as data (stored as JSON in plan_undo.inverse). */
export type UndoOp =
  | { op: 'version.patch'; versionId: string; patch: Partial<Pick<VersionRow, 'verkenning' | 'wensen' | 'naasten' | 'ingangsdatum' | 'einddatum' | 'evaluatiedatum'>> }
  | { op: 'goal.delete'; id: string }
  | { op: 'goal.restore'; id: string; actionIds: string[] }
  | { op: 'goal.set'; id: string; fields: Partial<GoalRow> }
  | { op: 'action.delete'; id: string }
  | { op: 'action.restore'; id: string }
  | { op: 'action.set'; id: string; fields: Partial<ActionRow> }
  | { op: 'scores.delete'; ids: string[] };

/** Repeated edits of one field within this window are one undo step. */
const COALESCE_MS = 60_000;
const MAX_UNDO = 200;

// ---------------------------------------------------------------- reading

export function getPlan(ctx: CoreContext, clientId: string): Plan | null {
  const p = ctx.orm.select().from(plan).where(eq(plan.clientId, clientId)).get();
  if (!p) return null;
  const versions = ctx.orm
    .select({
      id: planVersion.id,
      versionNo: planVersion.versionNo,
      status: planVersion.status,
      ingangsdatum: planVersion.ingangsdatum,
      evaluatiedatum: planVersion.evaluatiedatum,
      vastgesteldOp: planVersion.vastgesteldOp,
      updatedAt: planVersion.updatedAt,
    })
    .from(planVersion)
    .where(eq(planVersion.planId, p.id))
    .orderBy(desc(planVersion.versionNo))
    .all();
  return { id: p.id, clientId: p.clientId, domainSet: p.domainSet, versions };
}

/** The version a dossier opens on: the concept if there is one, else the newest agreed one. */
export function currentVersionId(ctx: CoreContext, planId: string): string | null {
  const rows = ctx.orm.select({ id: planVersion.id, status: planVersion.status }).from(planVersion).where(eq(planVersion.planId, planId)).orderBy(desc(planVersion.versionNo)).all();
  return (rows.find((r) => r.status === 'concept') ?? rows.find((r) => r.status !== 'vervangen') ?? rows[0])?.id ?? null;
}

export function versionRow(ctx: CoreContext, id: string): VersionRow {
  const v = ctx.orm.select().from(planVersion).where(eq(planVersion.id, id)).get();
  if (!v) throw notFound('Planversie', id);
  return v;
}

export function planOf(ctx: CoreContext, planId: string) {
  const p = ctx.orm.select().from(plan).where(eq(plan.id, planId)).get();
  if (!p) throw notFound('Plan', planId);
  return p;
}

export function requireConcept(v: VersionRow): void {
  if (!isEditable(v.status)) {
    throw new SchotvrijError(
      'CONFLICT',
      'Deze versie van het plan is vastgesteld en kan niet meer worden gewijzigd. Maak een nieuwe versie om iets te veranderen.',
      `plan version ${v.id} is ${v.status}, not concept`,
    );
  }
}

const UNIT_LABEL: Record<string, string> = { dag: 'per dag', week: 'per week', maand: 'per maand', kwartaal: 'per kwartaal' };

export function performerLabel(ctx: CoreContext, a: Pick<ActionRow, 'performerKind' | 'performerMemberId' | 'performerOrganisationId' | 'performerName'>): string {
  switch (a.performerKind) {
    case 'client':
      return 'De cliënt zelf';
    case 'casemanager':
      return a.performerName ? `${a.performerName} (casemanager)` : 'De casemanager';
    case 'netwerk': {
      const m = a.performerMemberId ? memberRow(ctx.orm, a.performerMemberId) : undefined;
      if (!m) return a.performerName ?? 'Iemand uit het netwerk';
      return `${m.name} (${m.relation}${m.isMantelzorger ? ', mantelzorger' : ''})`;
    }
    case 'organisatie': {
      const o = a.performerOrganisationId ? ctx.orm.select({ name: organisation.name }).from(organisation).where(eq(organisation.id, a.performerOrganisationId)).get() : undefined;
      return [o?.name, a.performerName].filter(Boolean).join(' – ') || 'Een organisatie';
    }
  }
}

export function frequencyLabel(count: number | null, unit: string | null): string | null {
  if (!unit) return null;
  if (unit === 'eenmalig') return 'eenmalig';
  if (unit === 'zo_nodig') return 'zo nodig';
  return `${count ?? 1}× ${UNIT_LABEL[unit] ?? unit}`;
}

function scoreHistory(ctx: CoreContext, clientId: string, set: string): ScoreSet[] {
  const rows = ctx.orm
    .select()
    .from(domainScore)
    .where(and(eq(domainScore.clientId, clientId), eq(domainScore.domainSet, set)))
    .orderBy(asc(domainScore.scoredOn), asc(domainScore.createdAt))
    .all();
  const sets = new Map<string, ScoreSet>();
  for (const r of rows) {
    // One set per day, scorer and version: the unit a person fills in together.
    const key = `${r.scoredOn}|${r.scoredBy}|${r.planVersionId ?? ''}`;
    const s = sets.get(key) ?? { scoredOn: r.scoredOn, scoredBy: r.scoredBy, planVersionId: r.planVersionId, scores: {}, notes: {} };
    s.scores[r.domain] = r.score;
    if (r.note) s.notes[r.domain] = r.note;
    sets.set(key, s);
  }
  return [...sets.values()];
}

export function loadVersionDetail(ctx: CoreContext, versionId: string): PlanVersionDetail {
  const v = versionRow(ctx, versionId);
  const p = planOf(ctx, v.planId);
  const c = ctx.orm.select({ voornaam: client.voornaam, tussenvoegsel: client.tussenvoegsel, achternaam: client.achternaam }).from(client).where(eq(client.id, p.clientId)).get();
  const goals = ctx.orm.select().from(goal).where(and(eq(goal.planVersionId, v.id), isNull(goal.deletedAt))).orderBy(asc(goal.position), asc(goal.createdAt)).all();
  const actionRows = ctx.orm.select().from(planAction).where(and(eq(planAction.planVersionId, v.id), isNull(planAction.deletedAt))).orderBy(asc(planAction.position), asc(planAction.createdAt)).all();
  const fundings = new Map(listFunding(ctx.orm, p.clientId).map((f) => [f.id, f]));
  const actions: PlanAction[] = actionRows.map((a) => {
    const f = a.fundingId ? fundings.get(a.fundingId) : undefined;
    return {
      id: a.id,
      originId: a.originId,
      goalId: a.goalId,
      description: a.description,
      performerKind: a.performerKind,
      performerMemberId: a.performerMemberId,
      performerOrganisationId: a.performerOrganisationId,
      performerName: a.performerName,
      performerLabel: performerLabel(ctx, a),
      frequencyCount: a.frequencyCount,
      frequencyUnit: a.frequencyUnit,
      startDate: a.startDate,
      endDate: a.endDate,
      financing: a.financing,
      fundingId: a.fundingId,
      fundingLabel: f ? fundingLabel(f) : null,
      informeelOverwogen: a.informeelOverwogen,
      informeelToelichting: a.informeelToelichting,
      position: a.position,
    };
  });
  const top = ctx.orm.select({ label: planUndo.label }).from(planUndo).where(eq(planUndo.planVersionId, v.id)).orderBy(desc(planUndo.seq)).limit(1).get();
  return {
    id: v.id,
    versionNo: v.versionNo,
    status: v.status,
    ingangsdatum: v.ingangsdatum,
    evaluatiedatum: v.evaluatiedatum,
    vastgesteldOp: v.vastgesteldOp,
    updatedAt: v.updatedAt,
    planId: p.id,
    clientId: p.clientId,
    clientName: c ? displayName(c) : '',
    domainSet: p.domainSet,
    basedOnVersionId: v.basedOnVersionId,
    verkenning: v.verkenning,
    wensen: v.wensen,
    naasten: v.naasten,
    einddatum: v.einddatum,
    consent:
      v.consentDate && v.consentMethod && v.consentBy
        ? { date: v.consentDate, method: v.consentMethod, by: v.consentBy, witness: v.consentWitness, signature: v.consentSignature }
        : null,
    evaluatedOn: v.evaluatedOn,
    evaluatie: v.evaluatie,
    goals: goals.map((g) => ({ id: g.id, originId: g.originId, domain: g.domain, description: g.description, targetDate: g.targetDate, status: g.status, position: g.position })),
    actions,
    scoreHistory: scoreHistory(ctx, p.clientId, p.domainSet),
    editable: isEditable(v.status),
    undo: v.status === 'concept' && top ? { label: top.label } : null,
  };
}

// ---------------------------------------------------------------- checks

export function checkDomain(setCode: string, domain: string, path = 'domain'): void {
  const set = domainSet(setCode);
  if (!set?.domains.some((d) => d.key === domain)) throw fieldError(path, 'Kies een levensdomein uit het instrument van dit plan.', `unknown domain ${domain} for ${setCode}`);
}

export interface ActionFieldsParsed {
  goalId: string | null;
  description: string;
  performerKind: ActionRow['performerKind'];
  performerMemberId: string | null;
  performerOrganisationId: string | null;
  performerName: string | null;
  frequencyCount: number | null;
  frequencyUnit: ActionRow['frequencyUnit'];
  startDate: string;
  endDate: string | null;
  financing: ActionRow['financing'];
  fundingId: string | null;
  informeelOverwogen: boolean;
  informeelToelichting: string | null;
}

/**
 * Database checks for an action: the performer exists in THIS client's network, the
 * goal belongs to this version, and the law pays it (returns the funding to link).
 */
export function checkAction(ctx: CoreContext, v: VersionRow, clientId: string, a: ActionFieldsParsed, prefix = 'action.'): string | null {
  if (a.performerKind === 'netwerk' && a.performerMemberId) {
    const m = memberRow(ctx.orm, a.performerMemberId);
    if (!m || m.clientId !== clientId || m.deletedAt !== null) throw fieldError(`${prefix}performerMemberId`, 'Deze persoon staat niet (meer) in het netwerk van de cliënt.', 'performer not in the network');
  }
  if (a.performerKind === 'organisatie' && a.performerOrganisationId) {
    if (!ctx.orm.select({ id: organisation.id }).from(organisation).where(eq(organisation.id, a.performerOrganisationId)).get()) {
      throw fieldError(`${prefix}performerOrganisationId`, 'Deze organisatie is onbekend.', 'unknown organisation');
    }
  }
  if (a.goalId) {
    const g = ctx.orm.select({ v: goal.planVersionId, d: goal.deletedAt }).from(goal).where(eq(goal.id, a.goalId)).get();
    if (!g || g.v !== v.id || g.d !== null) throw fieldError(`${prefix}goalId`, 'Dit doel hoort niet bij deze versie van het plan.', 'goal not in this version');
  }
  const check = checkActionFinancing({ kind: a.financing, fundingId: a.fundingId, period: { start: a.startDate, end: a.endDate } }, fundingLikes(ctx.orm, clientId));
  if (!check.ok) throw fieldError(`${prefix}${check.path}`, check.message, `action financing refused: ${check.message}`);
  return check.fundingId;
}

// ---------------------------------------------------------------- undo log

/**
 * Records how to undo a change. Coalescing: when the newest entry has the same target
 * and is younger than a minute, keep it — its inverse already restores the state from
 * before the whole burst of autosaves.
 */
export function pushUndo(ctx: CoreContext, versionId: string, label: string, target: string, inverse: UndoOp): void {
  const now = ctx.clock.now();
  const top = ctx.orm.select().from(planUndo).where(eq(planUndo.planVersionId, versionId)).orderBy(desc(planUndo.seq)).limit(1).get();
  if (top && top.target === target && now - top.createdAt < COALESCE_MS && target.startsWith('field:')) return;
  ctx.orm.insert(planUndo).values({ planVersionId: versionId, label, target, inverse: JSON.stringify(inverse), createdAt: now }).run();
  // Keep the newest MAX_UNDO steps of this version.
  ctx.db
    .prepare('DELETE FROM plan_undo WHERE plan_version_id = ? AND seq NOT IN (SELECT seq FROM plan_undo WHERE plan_version_id = ? ORDER BY seq DESC LIMIT ?)')
    .run(versionId, versionId, MAX_UNDO);
}

export function clearUndo(ctx: CoreContext, versionId: string): void {
  ctx.orm.delete(planUndo).where(eq(planUndo.planVersionId, versionId)).run();
}

export function applyUndo(ctx: CoreContext, v: VersionRow, clientId: string, op: UndoOp): void {
  const now = ctx.clock.now();
  switch (op.op) {
    case 'version.patch':
      ctx.orm.update(planVersion).set({ ...op.patch, updatedAt: now }).where(eq(planVersion.id, op.versionId)).run();
      return;
    case 'goal.delete':
      ctx.orm.update(goal).set({ deletedAt: now }).where(eq(goal.id, op.id)).run();
      ctx.orm.update(planAction).set({ goalId: null }).where(eq(planAction.goalId, op.id)).run();
      return;
    case 'goal.restore':
      ctx.orm.update(goal).set({ deletedAt: null, updatedAt: now }).where(eq(goal.id, op.id)).run();
      if (op.actionIds.length) ctx.orm.update(planAction).set({ goalId: op.id }).where(inArray(planAction.id, op.actionIds)).run();
      return;
    case 'goal.set':
      ctx.orm.update(goal).set({ ...op.fields, updatedAt: now }).where(eq(goal.id, op.id)).run();
      return;
    case 'action.delete':
      ctx.orm.update(planAction).set({ deletedAt: now }).where(eq(planAction.id, op.id)).run();
      return;
    case 'action.restore':
    case 'action.set': {
      const row = ctx.orm.select().from(planAction).where(eq(planAction.id, op.id)).get();
      if (!row) throw notFound('Actie', op.id);
      const next = op.op === 'action.set' ? { ...row, ...op.fields } : row;
      // The world may have moved on since: the restored action must still be paid for.
      checkAction(ctx, v, clientId, { ...next, goalId: next.goalId && isLiveGoal(ctx, next.goalId) ? next.goalId : null }, '');
      ctx.orm
        .update(planAction)
        .set(op.op === 'action.set' ? { ...op.fields, updatedAt: now } : { deletedAt: null, updatedAt: now })
        .where(eq(planAction.id, op.id))
        .run();
      return;
    }
    case 'scores.delete':
      if (op.ids.length) ctx.orm.delete(domainScore).where(inArray(domainScore.id, op.ids)).run();
      return;
  }
}

function isLiveGoal(ctx: CoreContext, id: string): boolean {
  return !!ctx.orm.select({ id: goal.id }).from(goal).where(and(eq(goal.id, id), isNull(goal.deletedAt))).get();
}

// ---------------------------------------------------------------- versions

export function nextPosition(ctx: CoreContext, table: typeof goal | typeof planAction, versionId: string): number {
  const r = ctx.orm.select({ p: max(table.position) }).from(table).where(eq(table.planVersionId, versionId)).get();
  return (r?.p ?? -1) + 1;
}

export function hasConcept(ctx: CoreContext, planId: string): boolean {
  return !!ctx.orm.select({ id: planVersion.id }).from(planVersion).where(and(eq(planVersion.planId, planId), eq(planVersion.status, 'concept'))).get();
}

/** Every earlier agreed version of the plan is replaced by a newly agreed one. */
export function replaceEarlier(ctx: CoreContext, planId: string, exceptId: string): void {
  ctx.orm
    .update(planVersion)
    .set({ status: 'vervangen', updatedAt: ctx.clock.now() })
    .where(and(eq(planVersion.planId, planId), ne(planVersion.id, exceptId), inArray(planVersion.status, ['vastgesteld', 'geevalueerd'])))
    .run();
}

