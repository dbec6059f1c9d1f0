import { localDate } from '../../../shared/domain/dates';
import { searchText, sortKey } from '../../../shared/domain/names';
import type { CoreContext } from '../context';
import type { HandlerMap } from '../dispatcher';
import { SchotvrijError, fieldError, notFound } from '../errors';
import { findClientByBsn, getClient, insertClient, listClients } from '../repo/clients';

export const clientHandlers: HandlerMap<'clients.list' | 'clients.get' | 'clients.create', CoreContext> = {
  'clients.list': (ctx, input) => {
    const { rows, total } = listClients(ctx.orm, input);
    return { rows, total, offset: input.offset };
  },

  'clients.get': (ctx, { id }) => {
    const c = getClient(ctx.orm, id);
    if (!c) throw notFound('Cliënt', id);
    return c;
  },

  'clients.create': (ctx, input) => {
    const now = ctx.clock.now();
    const today = localDate(now);
    if (input.geboortedatum > today) {
      throw fieldError('geboortedatum', 'De geboortedatum ligt in de toekomst.', 'geboortedatum is in the future');
    }
    if (input.geboortedatum < '1900-01-01') {
      throw fieldError('geboortedatum', 'De geboortedatum ligt vóór 1900; controleer het jaar.', 'geboortedatum is before 1900');
    }
    if (input.bsn) {
      const existing = findClientByBsn(ctx.orm, input.bsn);
      if (existing) {
        throw new SchotvrijError(
          'CONFLICT',
          `Er is al een cliënt met dit BSN (${existing.achternaam}). Open die cliënt in plaats van een nieuwe aan te maken.`,
          'a client with this BSN already exists',
          { issues: [{ path: 'bsn', message: 'Er is al een cliënt met dit BSN.' }], existingId: existing.id },
        );
      }
    }
    const inst = ctx.installation();
    const id = ctx.ids.newId();
    insertClient(ctx.orm, {
      id,
      voornaam: input.voornaam,
      tussenvoegsel: input.tussenvoegsel,
      achternaam: input.achternaam,
      geboortedatum: input.geboortedatum,
      bsn: input.bsn,
      bsnStatus: 'unverified',
      status: 'aangemeld',
      casemanagerId: inst?.casemanagerId ?? null,
      organisationId: inst?.organisationId ?? null,
      sortKey: sortKey(input),
      searchText: searchText(input),
      createdAt: now,
      updatedAt: now,
    });
    const created = getClient(ctx.orm, id);
    if (!created) throw new Error('client vanished inside its own transaction');
    return created;
  },
};
