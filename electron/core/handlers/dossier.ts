import { and, eq } from 'drizzle-orm';
import type { ClientEvent } from '../../../shared/contract/index';
import { eventProblem } from '../../../shared/domain/client-status';
import { localDate } from '../../../shared/domain/dates';
import { searchText, sortKey } from '../../../shared/domain/names';
import { client, clientEvent } from '../../../shared/schema/index';
import type { CoreContext } from '../context';
import type { HandlerMap } from '../dispatcher';
import { SchotvrijError, fieldError, notFound } from '../errors';
import { findDuplicates, getHeader, listEvents, refreshStatus } from '../repo/dossier';
import { listFunding } from '../repo/funding';
import { listNetwork } from '../repo/network';
import { currentVersionId, getPlan, loadVersionDetail } from '../services/plan-service';
import { checkBirthDate, refuseDuplicateBsn } from './clients';

type DossierKeys =
  | 'clients.update'
  | 'clients.verifyBsn'
  | 'clients.findDuplicates'
  | 'clients.header'
  | 'clients.events'
  | 'clients.addEvent'
  | 'clients.updateEvent'
  | 'clients.removeEvent'
  | 'clients.dossier';

function header(ctx: CoreContext, id: string) {
  const h = getHeader(ctx.orm, id);
  if (!h) throw notFound('Cliënt', id);
  return h;
}

function eventRow(ctx: CoreContext, id: string) {
  const e = ctx.orm.select().from(clientEvent).where(eq(clientEvent.id, id)).get();
  if (!e) throw notFound('Gebeurtenis', id);
  return e;
}

function checkEvent(ctx: CoreContext, clientId: string, candidate: { kind: ClientEvent['kind']; date: string }, exceptId?: string): void {
  const others = listEvents(ctx.orm, clientId).filter((e) => e.id !== exceptId);
  const problem = eventProblem(others, candidate, localDate(ctx.clock.now()));
  if (problem) throw fieldError(problem.field, problem.message, `event refused: ${problem.message}`);
}

export const dossierHandlers: HandlerMap<DossierKeys, CoreContext> = {
  'clients.header': (ctx, { id }) => header(ctx, id),

  'clients.update': (ctx, { id, patch }) => {
    const before = header(ctx, id);
    const now = ctx.clock.now();
    if (patch.geboortedatum !== undefined) checkBirthDate(patch.geboortedatum, localDate(now), 'patch.');
    const set: Partial<typeof client.$inferInsert> = { ...patch, updatedAt: now };
    if (patch.bsn !== undefined && patch.bsn !== before.bsn) {
      refuseDuplicateBsn(ctx, patch.bsn, id, 'patch.');
      // A changed BSN is a new claim: its earlier verification no longer applies.
      Object.assign(set, { bsnStatus: 'unverified', bsnVerifiedOn: null, bsnVerifiedBy: null, idDocumentType: null, idDocumentNumber: null });
    }
    const name = {
      voornaam: patch.voornaam !== undefined ? patch.voornaam : before.voornaam,
      tussenvoegsel: patch.tussenvoegsel !== undefined ? patch.tussenvoegsel : before.tussenvoegsel,
      achternaam: patch.achternaam ?? before.achternaam,
    };
    set.sortKey = sortKey(name);
    set.searchText = searchText(name);
    ctx.orm.update(client).set(set).where(eq(client.id, id)).run();
    return header(ctx, id);
  },

  'clients.verifyBsn': (ctx, input) => {
    const before = header(ctx, input.id);
    if (!before.bsn) throw fieldError('bsn', 'Deze cliënt heeft nog geen BSN om te controleren.', 'client has no BSN');
    if (input.verifiedOn > localDate(ctx.clock.now())) throw fieldError('verifiedOn', 'De controledatum ligt in de toekomst.', 'verification date in the future');
    const unverified = input.status === 'unverified';
    ctx.orm
      .update(client)
      .set({
        bsnStatus: input.status,
        bsnVerifiedOn: unverified ? null : input.verifiedOn,
        bsnVerifiedBy: unverified ? null : input.verifiedBy,
        idDocumentType: unverified ? null : input.idDocumentType,
        idDocumentNumber: unverified ? null : input.idDocumentNumber,
        updatedAt: ctx.clock.now(),
      })
      .where(eq(client.id, input.id))
      .run();
    return header(ctx, input.id);
  },

  'clients.findDuplicates': (ctx, q) => {
    const bsn = q.bsn ? q.bsn.replace(/[\s.-]/g, '') : null;
    return findDuplicates(ctx.orm, { achternaam: q.achternaam, geboortedatum: q.geboortedatum, bsn: bsn && /^[0-9]{9}$/.test(bsn) ? bsn : null, exceptId: q.exceptId });
  },

  'clients.events': (ctx, { clientId }) => {
    header(ctx, clientId);
    return listEvents(ctx.orm, clientId);
  },

  'clients.addEvent': (ctx, input) => {
    header(ctx, input.clientId);
    checkEvent(ctx, input.clientId, input);
    const now = ctx.clock.now();
    const id = ctx.ids.newId();
    ctx.orm.insert(clientEvent).values({ id, clientId: input.clientId, kind: input.kind, date: input.date, detail: input.detail, createdAt: now, updatedAt: now }).run();
    refreshStatus(ctx.orm, input.clientId, now);
    return { id, kind: input.kind, date: input.date, detail: input.detail };
  },

  'clients.updateEvent': (ctx, input) => {
    const e = eventRow(ctx, input.id);
    checkEvent(ctx, e.clientId, input, e.id);
    const now = ctx.clock.now();
    ctx.orm.update(clientEvent).set({ kind: input.kind, date: input.date, detail: input.detail, updatedAt: now }).where(eq(clientEvent.id, e.id)).run();
    refreshStatus(ctx.orm, e.clientId, now);
    return { id: e.id, kind: input.kind, date: input.date, detail: input.detail };
  },

  'clients.removeEvent': (ctx, { id }) => {
    const e = eventRow(ctx, id);
    if (e.kind === 'aanmelding' && ctx.orm.select({ id: clientEvent.id }).from(clientEvent).where(and(eq(clientEvent.clientId, e.clientId), eq(clientEvent.kind, 'aanmelding'))).all().length === 1) {
      throw new SchotvrijError(
        'CONFLICT',
        'De aanmelding is de start van de wachttijd en kan niet weg; corrigeer de datum als die niet klopt.',
        'the only aanmelding of a client cannot be removed',
      );
    }
    ctx.orm.delete(clientEvent).where(eq(clientEvent.id, id)).run();
    refreshStatus(ctx.orm, e.clientId, ctx.clock.now());
    return { removed: true as const };
  },

  'clients.dossier': (ctx, { id }) => {
    const h = header(ctx, id);
    const plan = getPlan(ctx, id);
    const versionId = plan ? currentVersionId(ctx, plan.id) : null;
    return {
      header: h,
      events: listEvents(ctx.orm, id),
      network: listNetwork(ctx.orm, id),
      funding: listFunding(ctx.orm, id),
      plan,
      currentVersion: versionId ? loadVersionDetail(ctx, versionId) : null,
    };
  },
};
