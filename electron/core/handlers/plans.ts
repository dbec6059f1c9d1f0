import { and, asc, eq, inArray, isNull, lte } from 'drizzle-orm';
import { DOMAIN_SETS, domainSet } from '../../../shared/codelists/index';
import { addMonths, daysBetween, localDate } from '../../../shared/domain/dates';
import { displayName } from '../../../shared/domain/names';
import { carriesOver, consentIssues, establishIssues, versionDateIssues, type Issue } from '../../../shared/domain/plan';
import { validationError } from '../../../shared/contract/index';
import { client, domainScore, goal, plan, planAction, planUndo, planVersion } from '../../../shared/schema/index';
import type { CoreContext } from '../context';
import type { HandlerMap } from '../dispatcher';
import { SchotvrijError, fieldError, notFound } from '../errors';
import { getHeader } from '../repo/dossier';
import { exportPlanFhir } from '../services/fhir-export';
import {
  type ActionFieldsParsed,
  type UndoOp,
  applyUndo,
  checkAction,
  checkDomain,
  clearUndo,
  getPlan,
  hasConcept,
  loadVersionDetail,
  nextPosition,
  planOf,
  pushUndo,
  replaceEarlier,
  requireConcept,
  versionRow,
} from '../services/plan-service';
import { getSettings, updateSettings } from '../services/settings';

type PlanKeys =
  | 'plans.get'
  | 'plans.create'
  | 'plans.version'
  | 'plans.newVersion'
  | 'plans.updateVersion'
  | 'plans.setScores'
  | 'plans.addGoal'
  | 'plans.updateGoal'
  | 'plans.removeGoal'
  | 'plans.addAction'
  | 'plans.updateAction'
  | 'plans.removeAction'
  | 'plans.undo'
  | 'plans.establish'
  | 'plans.evaluate'
  | 'plans.dueEvaluations'
  | 'plans.exportFhir'
  | 'domainSets.list'
  | 'settings.get'
  | 'settings.update';

function fail(issues: Issue[], en: string): never {
  const app = validationError(issues);
  throw new SchotvrijError('VALIDATION', app.message, en, app.details);
}

/** A concept version with its plan, for a mutation. */
function editable(ctx: CoreContext, versionId: string) {
  const v = versionRow(ctx, versionId);
  requireConcept(v);
  return { v, p: planOf(ctx, v.planId) };
}

function goalRow(ctx: CoreContext, id: string) {
  const g = ctx.orm.select().from(goal).where(and(eq(goal.id, id), isNull(goal.deletedAt))).get();
  if (!g) throw notFound('Doel', id);
  return g;
}

function actionRow(ctx: CoreContext, id: string) {
  const a = ctx.orm.select().from(planAction).where(and(eq(planAction.id, id), isNull(planAction.deletedAt))).get();
  if (!a) throw notFound('Actie', id);
  return a;
}

function shortText(s: string): string {
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
}

const CONSENT_PATH: Record<string, string> = {
  'instemming.datum': 'consent.date',
  'instemming.getuige': 'consent.witness',
  'instemming.handtekening': 'consent.signature',
};

const VERSION_FIELD_LABEL: Record<string, string> = {
  verkenning: 'verkenning',
  wensen: 'wensen',
  naasten: 'wat naasten nodig hebben',
  ingangsdatum: 'ingangsdatum',
  einddatum: 'einddatum',
  evaluatiedatum: 'evaluatiedatum',
};

export const planHandlers: HandlerMap<PlanKeys, CoreContext> = {
  'plans.get': (ctx, { clientId }) => {
    if (!getHeader(ctx.orm, clientId)) throw notFound('Cliënt', clientId);
    return getPlan(ctx, clientId);
  },

  'plans.create': (ctx, { clientId, domainSet: set }) => {
    if (!getHeader(ctx.orm, clientId)) throw notFound('Cliënt', clientId);
    if (!domainSet(set)) throw fieldError('domainSet', 'Kies een instrument voor de levensdomeinen.', `unknown domain set ${set}`);
    if (getPlan(ctx, clientId)) throw new SchotvrijError('CONFLICT', 'Deze cliënt heeft al een plan. Maak daarin een nieuwe versie.', 'client already has a plan');
    const now = ctx.clock.now();
    const today = localDate(now);
    const planId = ctx.ids.newId();
    const versionId = ctx.ids.newId();
    ctx.orm.insert(plan).values({ id: planId, clientId, domainSet: set, createdAt: now }).run();
    ctx.orm
      .insert(planVersion)
      .values({
        id: versionId,
        planId,
        versionNo: 1,
        status: 'concept',
        basedOnVersionId: null,
        ingangsdatum: today,
        evaluatiedatum: addMonths(today, getSettings(ctx).evaluatieTermijnMaanden),
        createdAt: now,
        updatedAt: now,
      })
      .run();
    return loadVersionDetail(ctx, versionId);
  },

  'plans.version': (ctx, { versionId }) => loadVersionDetail(ctx, versionId),

  'plans.newVersion': (ctx, { planId }) => {
    planOf(ctx, planId);
    if (hasConcept(ctx, planId)) throw new SchotvrijError('CONFLICT', 'Er is al een conceptversie van dit plan; werk daarin verder.', 'plan already has a concept version');
    const prev = ctx.orm.select().from(planVersion).where(eq(planVersion.planId, planId)).orderBy(asc(planVersion.versionNo)).all().at(-1);
    if (!prev) throw notFound('Planversie', planId);
    const now = ctx.clock.now();
    const today = localDate(now);
    const id = ctx.ids.newId();
    ctx.orm
      .insert(planVersion)
      .values({
        id,
        planId,
        versionNo: prev.versionNo + 1,
        status: 'concept',
        basedOnVersionId: prev.id,
        verkenning: prev.verkenning,
        wensen: prev.wensen,
        naasten: prev.naasten,
        ingangsdatum: today,
        einddatum: prev.einddatum && prev.einddatum >= today ? prev.einddatum : null,
        evaluatiedatum: addMonths(today, getSettings(ctx).evaluatieTermijnMaanden),
        createdAt: now,
        updatedAt: now,
      })
      .run();
    // Open goals carry over (same originId, so progress can be followed); closed ones stay behind.
    const goalMap = new Map<string, string>();
    const goals = ctx.orm.select().from(goal).where(and(eq(goal.planVersionId, prev.id), isNull(goal.deletedAt))).orderBy(asc(goal.position)).all();
    for (const g of goals.filter((x) => carriesOver(x.status))) {
      const gid = ctx.ids.newId();
      goalMap.set(g.id, gid);
      ctx.orm.insert(goal).values({ ...g, id: gid, planVersionId: id, status: g.status === 'nieuw' ? 'lopend' : g.status, createdAt: now, updatedAt: now, deletedAt: null }).run();
    }
    // Actions still running carry over, linked to the copied goals.
    const actions = ctx.orm.select().from(planAction).where(and(eq(planAction.planVersionId, prev.id), isNull(planAction.deletedAt))).orderBy(asc(planAction.position)).all();
    for (const a of actions.filter((x) => x.endDate === null || x.endDate >= today)) {
      ctx.orm
        .insert(planAction)
        .values({ ...a, id: ctx.ids.newId(), planVersionId: id, goalId: a.goalId ? (goalMap.get(a.goalId) ?? null) : null, createdAt: now, updatedAt: now, deletedAt: null })
        .run();
    }
    return loadVersionDetail(ctx, id);
  },

  'plans.updateVersion': (ctx, { versionId, patch }) => {
    const { v } = editable(ctx, versionId);
    const merged = { ingangsdatum: v.ingangsdatum, einddatum: v.einddatum, evaluatiedatum: v.evaluatiedatum, ...patch };
    const issues = versionDateIssues(merged)
      .filter((i) => i.path in patch || 'ingangsdatum' in patch)
      .map((i) => ({ ...i, path: `patch.${i.path}` }));
    if (issues.length) fail(issues, 'plan version dates refused');
    const keys = Object.keys(patch) as (keyof typeof patch)[];
    if (keys.length === 0) return loadVersionDetail(ctx, versionId);
    const before = Object.fromEntries(keys.map((k) => [k, v[k]]));
    ctx.orm.update(planVersion).set({ ...patch, updatedAt: ctx.clock.now() }).where(eq(planVersion.id, versionId)).run();
    const label = keys.length === 1 ? `${VERSION_FIELD_LABEL[keys[0]!]} gewijzigd` : 'plan gewijzigd';
    pushUndo(ctx, versionId, label, `field:${keys.sort().join(',')}`, { op: 'version.patch', versionId, patch: before });
    return loadVersionDetail(ctx, versionId);
  },

  'plans.setScores': (ctx, { versionId, scoredOn, scoredBy, scores }) => {
    const v = versionRow(ctx, versionId);
    if (v.status !== 'concept' && v.status !== 'vastgesteld') {
      throw new SchotvrijError('CONFLICT', 'Scores horen bij een concept of bij de evaluatie van een vastgesteld plan.', 'scores only on concept or vastgesteld versions');
    }
    const p = planOf(ctx, v.planId);
    const set = domainSet(p.domainSet)!;
    if (scoredOn > localDate(ctx.clock.now())) throw fieldError('scoredOn', 'De datum van de scores ligt in de toekomst.', 'score date in the future');
    const seen = new Set<string>();
    scores.forEach((s, i) => {
      checkDomain(p.domainSet, s.domain, `scores.${i}.domain`);
      if (seen.has(s.domain)) throw fieldError(`scores.${i}.domain`, 'Elk domein krijgt één score.', 'duplicate domain');
      seen.add(s.domain);
      if (s.score < set.scale.min || s.score > set.scale.max) {
        throw fieldError(`scores.${i}.score`, `Een score loopt van ${set.scale.min} tot en met ${set.scale.max}.`, 'score outside the scale');
      }
    });
    const now = ctx.clock.now();
    const ids = scores.map(() => ctx.ids.newId());
    scores.forEach((s, i) => {
      ctx.orm
        .insert(domainScore)
        .values({ id: ids[i]!, clientId: p.clientId, planVersionId: versionId, domainSet: p.domainSet, domain: s.domain, score: s.score, scoredOn, scoredBy, note: s.note, createdAt: now })
        .run();
    });
    if (v.status === 'concept') pushUndo(ctx, versionId, 'scores vastgelegd', `scores:${ids[0]}`, { op: 'scores.delete', ids });
    return loadVersionDetail(ctx, versionId);
  },

  'plans.addGoal': (ctx, { versionId, goal: input }) => {
    const { v, p } = editable(ctx, versionId);
    checkDomain(p.domainSet, input.domain, 'goal.domain');
    const now = ctx.clock.now();
    const id = ctx.ids.newId();
    ctx.orm
      .insert(goal)
      .values({ id, planVersionId: v.id, originId: id, domain: input.domain, description: input.description, targetDate: input.targetDate, status: input.status, position: nextPosition(ctx, goal, v.id), createdAt: now, updatedAt: now })
      .run();
    pushUndo(ctx, v.id, `doel "${shortText(input.description)}" toegevoegd`, `goal:${id}:add`, { op: 'goal.delete', id });
    return loadVersionDetail(ctx, v.id);
  },

  'plans.updateGoal': (ctx, { id, patch }) => {
    const g = goalRow(ctx, id);
    const { v, p } = editable(ctx, g.planVersionId);
    if (patch.domain !== undefined) checkDomain(p.domainSet, patch.domain, 'patch.domain');
    const keys = Object.keys(patch) as (keyof typeof patch)[];
    const before = Object.fromEntries(keys.map((k) => [k, g[k]]));
    ctx.orm.update(goal).set({ ...patch, updatedAt: ctx.clock.now() }).where(eq(goal.id, id)).run();
    pushUndo(ctx, v.id, `doel "${shortText(g.description)}" gewijzigd`, `field:goal:${id}:${keys.sort().join(',')}`, { op: 'goal.set', id, fields: before });
    return loadVersionDetail(ctx, v.id);
  },

  'plans.removeGoal': (ctx, { id }) => {
    const g = goalRow(ctx, id);
    const { v } = editable(ctx, g.planVersionId);
    const linked = ctx.orm.select({ id: planAction.id }).from(planAction).where(and(eq(planAction.goalId, id), isNull(planAction.deletedAt))).all().map((a) => a.id);
    // The actions stay (someone still does them); only their link to this goal goes, and undo restores it.
    ctx.orm.update(planAction).set({ goalId: null }).where(eq(planAction.goalId, id)).run();
    ctx.orm.update(goal).set({ deletedAt: ctx.clock.now() }).where(eq(goal.id, id)).run();
    pushUndo(ctx, v.id, `doel "${shortText(g.description)}" verwijderd`, `goal:${id}:remove`, { op: 'goal.restore', id, actionIds: linked });
    return loadVersionDetail(ctx, v.id);
  },

  'plans.addAction': (ctx, { versionId, action }) => {
    const { v, p } = editable(ctx, versionId);
    const fundingId = checkAction(ctx, v, p.clientId, action as ActionFieldsParsed);
    const now = ctx.clock.now();
    const id = ctx.ids.newId();
    ctx.orm
      .insert(planAction)
      .values({ ...action, fundingId, id, planVersionId: v.id, originId: id, position: nextPosition(ctx, planAction, v.id), createdAt: now, updatedAt: now })
      .run();
    pushUndo(ctx, v.id, `actie "${shortText(action.description)}" toegevoegd`, `action:${id}:add`, { op: 'action.delete', id });
    return loadVersionDetail(ctx, v.id);
  },

  'plans.updateAction': (ctx, { id, action }) => {
    const a = actionRow(ctx, id);
    const { v, p } = editable(ctx, a.planVersionId);
    const fundingId = checkAction(ctx, v, p.clientId, action as ActionFieldsParsed);
    const next = { ...action, fundingId };
    const before = Object.fromEntries(Object.keys(next).map((k) => [k, a[k as keyof typeof a]]));
    ctx.orm.update(planAction).set({ ...next, updatedAt: ctx.clock.now() }).where(eq(planAction.id, id)).run();
    pushUndo(ctx, v.id, `actie "${shortText(a.description)}" gewijzigd`, `field:action:${id}`, { op: 'action.set', id, fields: before });
    return loadVersionDetail(ctx, v.id);
  },

  'plans.removeAction': (ctx, { id }) => {
    const a = actionRow(ctx, id);
    const { v } = editable(ctx, a.planVersionId);
    ctx.orm.update(planAction).set({ deletedAt: ctx.clock.now() }).where(eq(planAction.id, id)).run();
    pushUndo(ctx, v.id, `actie "${shortText(a.description)}" verwijderd`, `action:${id}:remove`, { op: 'action.restore', id });
    return loadVersionDetail(ctx, v.id);
  },

  'plans.undo': (ctx, { versionId }) => {
    const { v, p } = editable(ctx, versionId);
    const top = ctx.orm.select().from(planUndo).where(eq(planUndo.planVersionId, v.id)).orderBy(asc(planUndo.seq)).all().at(-1);
    if (!top) throw new SchotvrijError('CONFLICT', 'Er is niets om ongedaan te maken.', 'nothing to undo');
    applyUndo(ctx, v, p.clientId, JSON.parse(top.inverse) as UndoOp);
    ctx.orm.delete(planUndo).where(eq(planUndo.seq, top.seq)).run();
    return loadVersionDetail(ctx, v.id);
  },

  'plans.establish': (ctx, { versionId, consent }) => {
    const { v, p } = editable(ctx, versionId);
    const today = localDate(ctx.clock.now());
    const goals = ctx.orm.select({ id: goal.id }).from(goal).where(and(eq(goal.planVersionId, v.id), isNull(goal.deletedAt))).all();
    const actions = ctx.orm
      .select({ id: planAction.id, financing: planAction.financing, informeelOverwogen: planAction.informeelOverwogen })
      .from(planAction)
      .where(and(eq(planAction.planVersionId, v.id), isNull(planAction.deletedAt)))
      .all();
    const issues = [
      ...establishIssues({
        ingangsdatum: v.ingangsdatum,
        einddatum: v.einddatum,
        evaluatiedatum: v.evaluatiedatum,
        goals,
        actions: actions.map((a) => ({ id: a.id, formal: ['WMO', 'ZVW', 'WLZ'].includes(a.financing), informeelOverwogen: a.informeelOverwogen })),
        vrijwilligersEerst: getSettings(ctx).vrijwilligersEerst,
      }),
      // Consent issues name the consent input's fields; the others are about the version itself.
      ...consentIssues(consent, today).map((i) => ({ ...i, path: CONSENT_PATH[i.path] ?? i.path })),
    ];
    if (issues.length) fail(issues, 'plan cannot be vastgesteld yet');
    const now = ctx.clock.now();
    ctx.orm
      .update(planVersion)
      .set({
        status: 'vastgesteld',
        vastgesteldOp: consent.date,
        consentDate: consent.date,
        consentMethod: consent.method,
        consentBy: consent.by,
        consentWitness: consent.witness,
        consentSignature: consent.signature,
        updatedAt: now,
      })
      .where(eq(planVersion.id, v.id))
      .run();
    replaceEarlier(ctx, p.id, v.id);
    // An agreed version is not edited, so its undo history has no further use.
    clearUndo(ctx, v.id);
    return loadVersionDetail(ctx, v.id);
  },

  'plans.evaluate': (ctx, { versionId, evaluatedOn, evaluatie, goalStatuses }) => {
    const v = versionRow(ctx, versionId);
    if (v.status !== 'vastgesteld') {
      throw new SchotvrijError('CONFLICT', 'Alleen een vastgesteld plan kan worden geëvalueerd.', `plan version is ${v.status}`);
    }
    if (evaluatedOn > localDate(ctx.clock.now())) throw fieldError('evaluatedOn', 'De evaluatiedatum ligt in de toekomst.', 'evaluation in the future');
    if (v.vastgesteldOp && evaluatedOn < v.vastgesteldOp) throw fieldError('evaluatedOn', 'De evaluatie kan niet vóór het vaststellen liggen.', 'evaluation before establishment');
    const own = new Set(ctx.orm.select({ id: goal.id }).from(goal).where(and(eq(goal.planVersionId, v.id), isNull(goal.deletedAt))).all().map((g) => g.id));
    const now = ctx.clock.now();
    goalStatuses.forEach((gs, i) => {
      if (!own.has(gs.goalId)) throw fieldError(`goalStatuses.${i}.goalId`, 'Dit doel hoort niet bij deze versie.', 'goal not in this version');
      ctx.orm.update(goal).set({ status: gs.status, updatedAt: now }).where(eq(goal.id, gs.goalId)).run();
    });
    ctx.orm.update(planVersion).set({ status: 'geevalueerd', evaluatedOn, evaluatie, updatedAt: now }).where(eq(planVersion.id, v.id)).run();
    return loadVersionDetail(ctx, v.id);
  },

  'plans.dueEvaluations': (ctx, { withinDays }) => {
    const today = localDate(ctx.clock.now());
    const horizon = addDays(today, withinDays);
    const rows = ctx.orm
      .select({
        clientId: client.id,
        voornaam: client.voornaam,
        tussenvoegsel: client.tussenvoegsel,
        achternaam: client.achternaam,
        planId: plan.id,
        versionId: planVersion.id,
        versionNo: planVersion.versionNo,
        evaluatiedatum: planVersion.evaluatiedatum,
      })
      .from(planVersion)
      .innerJoin(plan, eq(plan.id, planVersion.planId))
      .innerJoin(client, eq(client.id, plan.clientId))
      .where(and(eq(planVersion.status, 'vastgesteld'), lte(planVersion.evaluatiedatum, horizon), inArray(client.status, ['aangemeld', 'wachtend', 'in_zorg'])))
      .orderBy(asc(planVersion.evaluatiedatum))
      .limit(1000)
      .all();
    return rows.map((r) => ({
      clientId: r.clientId,
      clientName: displayName(r),
      planId: r.planId,
      versionId: r.versionId,
      versionNo: r.versionNo,
      evaluatiedatum: r.evaluatiedatum!,
      daysLeft: daysBetween(today, r.evaluatiedatum!),
    }));
  },

  'plans.exportFhir': (ctx, { versionId }) => exportPlanFhir(ctx, versionId),

  'domainSets.list': () => [...DOMAIN_SETS],

  'settings.get': (ctx) => getSettings(ctx),

  'settings.update': (ctx, { patch }) => updateSettings(ctx, patch),
};

function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
