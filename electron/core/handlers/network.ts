import { and, eq, isNull, ne } from 'drizzle-orm';
import { localDate } from '../../../shared/domain/dates';
import { mantelzorgLoad, networkMember, organisation, plan, planAction, planVersion } from '../../../shared/schema/index';
import type { CoreContext } from '../context';
import type { HandlerMap } from '../dispatcher';
import { SchotvrijError, fieldError, notFound } from '../errors';
import { getHeader } from '../repo/dossier';
import { getMember, listNetwork } from '../repo/network';

type NetworkKeys = 'network.list' | 'network.add' | 'network.update' | 'network.remove' | 'network.scoreLoad';

function member(ctx: CoreContext, id: string) {
  const m = getMember(ctx.orm, id);
  if (!m) throw notFound('Persoon in het netwerk', id);
  return m;
}

function checkOrganisation(ctx: CoreContext, organisationId: string | null | undefined, prefix = ''): void {
  if (organisationId && !ctx.orm.select({ id: organisation.id }).from(organisation).where(eq(organisation.id, organisationId)).get()) {
    throw fieldError(`${prefix}organisationId`, 'Deze organisatie is onbekend.', 'unknown organisation');
  }
}

/** A mantelzorger is by definition not a professional: the flag would mislead the load list. */
function checkRoles(kind: string, isMantelzorger: boolean | undefined, prefix = ''): void {
  if (kind === 'professional' && isMantelzorger) {
    throw fieldError(`${prefix}isMantelzorger`, 'Een professional is geen mantelzorger; kies "naaste" als het om een familielid of bekende gaat.', 'a professional cannot be a mantelzorger');
  }
}

export const networkHandlers: HandlerMap<NetworkKeys, CoreContext> = {
  'network.list': (ctx, { clientId }) => {
    if (!getHeader(ctx.orm, clientId)) throw notFound('Cliënt', clientId);
    return listNetwork(ctx.orm, clientId);
  },

  'network.add': (ctx, input) => {
    if (!getHeader(ctx.orm, input.clientId)) throw notFound('Cliënt', input.clientId);
    checkRoles(input.kind, input.isMantelzorger);
    checkOrganisation(ctx, input.organisationId);
    const now = ctx.clock.now();
    const id = ctx.ids.newId();
    ctx.orm.insert(networkMember).values({ ...input, id, createdAt: now, updatedAt: now, deletedAt: null }).run();
    return member(ctx, id);
  },

  'network.update': (ctx, { id, patch }) => {
    const before = member(ctx, id);
    checkRoles(patch.kind ?? before.kind, patch.isMantelzorger ?? before.isMantelzorger, 'patch.');
    checkOrganisation(ctx, patch.organisationId, 'patch.');
    ctx.orm.update(networkMember).set({ ...patch, updatedAt: ctx.clock.now() }).where(eq(networkMember.id, id)).run();
    return member(ctx, id);
  },

  'network.remove': (ctx, { id }) => {
    const m = member(ctx, id);
    // Refuse while a current plan (not a replaced version) still has them doing something.
    const uses = ctx.orm
      .select({ id: planAction.id, description: planAction.description })
      .from(planAction)
      .innerJoin(planVersion, eq(planVersion.id, planAction.planVersionId))
      .innerJoin(plan, eq(plan.id, planVersion.planId))
      .where(and(eq(planAction.performerMemberId, id), isNull(planAction.deletedAt), ne(planVersion.status, 'vervangen'), eq(plan.clientId, m.clientId)))
      .all();
    if (uses.length > 0) {
      throw new SchotvrijError(
        'CONFLICT',
        `${m.name} voert nog ${uses.length === 1 ? 'een actie' : `${uses.length} acties`} uit in het plan ("${uses[0]!.description}"). Wijs die eerst aan iemand anders toe.`,
        'network member is performer of current plan actions',
        { actionIds: uses.map((u) => u.id) },
      );
    }
    ctx.orm.update(networkMember).set({ deletedAt: ctx.clock.now() }).where(eq(networkMember.id, id)).run();
    return { removed: true as const };
  },

  'network.scoreLoad': (ctx, input) => {
    const m = member(ctx, input.memberId);
    if (!m.isMantelzorger) {
      throw fieldError('score', 'Een belastbaarheidsscore hoort bij een mantelzorger. Markeer deze persoon eerst als mantelzorger.', 'load scores belong to mantelzorgers');
    }
    if (input.date > localDate(ctx.clock.now())) throw fieldError('date', 'Deze datum ligt in de toekomst.', 'load score date in the future');
    ctx.orm.insert(mantelzorgLoad).values({ id: ctx.ids.newId(), memberId: m.id, date: input.date, score: input.score, note: input.note, createdAt: ctx.clock.now() }).run();
    return member(ctx, m.id);
  },
};
