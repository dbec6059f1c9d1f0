import { localDate } from '../../../shared/domain/dates';
import { searchText, sortKey } from '../../../shared/domain/names';
import { clientEvent } from '../../../shared/schema/index';
import type { CoreContext } from '../context';
import type { HandlerMap } from '../dispatcher';
import { SchotvrijError, fieldError, notFound } from '../errors';
import { getClient, insertClient, listClients } from '../repo/clients';
import { findDuplicates } from '../repo/dossier';

/** Birth dates: not in the future, not before 1900 (a typo in the year, almost always). */
export function checkBirthDate(geboortedatum: string, today: string, prefix = ''): void {
  if (geboortedatum > today) throw fieldError(`${prefix}geboortedatum`, 'De geboortedatum ligt in de toekomst.', 'geboortedatum is in the future');
  if (geboortedatum < '1900-01-01') throw fieldError(`${prefix}geboortedatum`, 'De geboortedatum ligt vóór 1900; controleer het jaar.', 'geboortedatum is before 1900');
}

/** A BSN belongs to one person: a second client with it is refused, pointing at the first. */
export function refuseDuplicateBsn(ctx: CoreContext, bsn: string | null, exceptId?: string, prefix = ''): void {
  if (!bsn) return;
  const same = findDuplicates(ctx.orm, { achternaam: '', geboortedatum: '', bsn, exceptId }).find((d) => d.reason === 'bsn');
  if (same) {
    throw new SchotvrijError(
      'CONFLICT',
      `Er is al een cliënt met dit BSN (${same.naam}). Open die cliënt in plaats van een nieuwe aan te maken.`,
      'a client with this BSN already exists',
      { issues: [{ path: `${prefix}bsn`, message: 'Er is al een cliënt met dit BSN.' }], existingId: same.id, duplicates: [same] },
    );
  }
}

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
    checkBirthDate(input.geboortedatum, today);
    refuseDuplicateBsn(ctx, input.bsn);
    if (!input.bevestigDubbel) {
      // Offline there is no central register to ask: warn at entry (peers.md #8), let the
      // person decide. The UI asks first; this also holds for any other caller.
      const twins = findDuplicates(ctx.orm, { achternaam: input.achternaam, geboortedatum: input.geboortedatum, bsn: null });
      if (twins.length > 0) {
        throw new SchotvrijError(
          'CONFLICT',
          `Er is al een cliënt met deze naam en geboortedatum (${twins[0]!.naam}). Is dit dezelfde persoon? Open dan die cliënt; anders kunt u bevestigen dat het een ander is.`,
          'a client with the same name and geboortedatum exists; confirm with bevestigDubbel',
          { duplicates: twins, confirmable: true },
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
    // Entering a client IS the aanmelding: the NZa waiting time starts here. The date can be corrected.
    ctx.orm.insert(clientEvent).values({ id: ctx.ids.newId(), clientId: id, kind: 'aanmelding', date: today, detail: null, createdAt: now, updatedAt: now }).run();
    const created = getClient(ctx.orm, id);
    if (!created) throw new Error('client vanished inside its own transaction');
    return created;
  },
};
