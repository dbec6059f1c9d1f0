import { asc, eq } from 'drizzle-orm';
import type { ClientDossierHeader, ClientEvent, DuplicateCandidate } from '../../../shared/contract/index';
import { maskBsn } from '../../../shared/domain/bsn';
import { deriveStatus } from '../../../shared/domain/client-status';
import { foldText, listName } from '../../../shared/domain/names';
import { casemanager, client, clientEvent, organisation } from '../../../shared/schema/index';
import { detailColumns } from './clients';
import type { Orm } from '../orm';

export function getHeader(orm: Orm, id: string): ClientDossierHeader | null {
  const r = orm
    .select({
      ...detailColumns,
      bsnVerifiedOn: client.bsnVerifiedOn,
      bsnVerifiedBy: client.bsnVerifiedBy,
      idDocumentType: client.idDocumentType,
      idDocumentNumber: client.idDocumentNumber,
      geslacht: client.geslacht,
      adresStraat: client.adresStraat,
      adresHuisnummer: client.adresHuisnummer,
      adresPostcode: client.adresPostcode,
      adresWoonplaats: client.adresWoonplaats,
      telefoon: client.telefoon,
      email: client.email,
      huisarts: client.huisarts,
      voorkeurstaal: client.voorkeurstaal,
      woonsituatie: client.woonsituatie,
      woonsituatieToelichting: client.woonsituatieToelichting,
      verwijzerSoort: client.verwijzerSoort,
      verwijzerNaam: client.verwijzerNaam,
    })
    .from(client)
    .leftJoin(casemanager, eq(casemanager.id, client.casemanagerId))
    .leftJoin(organisation, eq(organisation.id, client.organisationId))
    .where(eq(client.id, id))
    .get();
  if (!r) return null;
  return {
    ...r,
    bsnMasked: r.bsn ? maskBsn(r.bsn) : null,
    geslacht: r.geslacht as ClientDossierHeader['geslacht'],
    woonsituatie: r.woonsituatie as ClientDossierHeader['woonsituatie'],
  };
}

export function listEvents(orm: Orm, clientId: string): ClientEvent[] {
  return orm
    .select({ id: clientEvent.id, kind: clientEvent.kind, date: clientEvent.date, detail: clientEvent.detail })
    .from(clientEvent)
    .where(eq(clientEvent.clientId, clientId))
    .orderBy(asc(clientEvent.date), asc(clientEvent.createdAt))
    .all();
}

/**
 * client.status is a cache of the timeline. Every event change calls this in the
 * same transaction, so the status a list shows can never disagree with the events.
 */
export function refreshStatus(orm: Orm, clientId: string, now: number): void {
  const status = deriveStatus(listEvents(orm, clientId));
  orm.update(client).set({ status, updatedAt: now }).where(eq(client.id, clientId)).run();
}

/** Same BSN, or the same achternaam (diacritics and case folded) and geboortedatum. */
export function findDuplicates(
  orm: Orm,
  q: { achternaam: string; geboortedatum: string; bsn: string | null; exceptId?: string | undefined },
): DuplicateCandidate[] {
  const out = new Map<string, DuplicateCandidate>();
  const toCandidate = (r: { id: string; voornaam: string | null; tussenvoegsel: string | null; achternaam: string; geboortedatum: string; bsn: string | null }, reason: DuplicateCandidate['reason']) => ({
    id: r.id,
    naam: listName(r),
    geboortedatum: r.geboortedatum,
    bsnMasked: r.bsn ? maskBsn(r.bsn) : null,
    reason,
  });
  const cols = { id: client.id, voornaam: client.voornaam, tussenvoegsel: client.tussenvoegsel, achternaam: client.achternaam, geboortedatum: client.geboortedatum, bsn: client.bsn };
  if (q.bsn) {
    for (const r of orm.select(cols).from(client).where(eq(client.bsn, q.bsn)).all()) if (r.id !== q.exceptId) out.set(r.id, toCandidate(r, 'bsn'));
  }
  const folded = foldText(q.achternaam);
  if (folded && q.geboortedatum) {
    for (const r of orm.select(cols).from(client).where(eq(client.geboortedatum, q.geboortedatum)).all()) {
      if (r.id !== q.exceptId && !out.has(r.id) && foldText(r.achternaam) === folded) out.set(r.id, toCandidate(r, 'naam_geboortedatum'));
    }
  }
  return [...out.values()].slice(0, 50);
}
