import { and, asc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { ClientDetail, ClientRow } from '../../../shared/contract/index';
import { maskBsn } from '../../../shared/domain/bsn';
import { parseDateInput } from '../../../shared/domain/dates';
import { foldText } from '../../../shared/domain/names';
import { casemanager, client, organisation, type ClientStatus } from '../../../shared/schema/index';
import type { Orm } from '../orm';

export interface ClientQuery {
  search?: string | undefined;
  status?: ClientStatus[] | undefined;
  offset: number;
  limit: number;
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Each search word must match: a name part (diacritics folded), a full BSN, or a
 * geboortedatum typed as dd-mm-jjjj. Words are ANDed so "jan berg" narrows down.
 */
export function clientSearchWhere(search: string | undefined): SQL | undefined {
  const words = foldText(search ?? '')
    .split(' ')
    .filter((w) => w.length > 0)
    .slice(0, 8);
  if (words.length === 0) return undefined;
  return and(
    ...words.map((w) => {
      const alternatives: SQL[] = [sql`${client.searchText} LIKE ${'%' + escapeLike(w) + '%'} ESCAPE '\\'`];
      const digits = w.replace(/[.\s-]/g, '');
      if (/^[0-9]{9}$/.test(digits)) alternatives.push(eq(client.bsn, digits));
      const date = parseDateInput(w);
      if (date) alternatives.push(eq(client.geboortedatum, date));
      return or(...alternatives)!;
    }),
  );
}

const rowColumns = {
  id: client.id,
  voornaam: client.voornaam,
  tussenvoegsel: client.tussenvoegsel,
  achternaam: client.achternaam,
  geboortedatum: client.geboortedatum,
  bsn: client.bsn,
  status: client.status,
  casemanagerName: casemanager.name,
};

function toRow(r: { bsn: string | null } & Omit<ClientRow, 'bsnMasked'>): ClientRow {
  const { bsn, ...rest } = r;
  return { ...rest, bsnMasked: bsn ? maskBsn(bsn) : null };
}

export function listClients(orm: Orm, q: ClientQuery): { rows: ClientRow[]; total: number } {
  const where = and(clientSearchWhere(q.search), q.status?.length ? inArray(client.status, q.status) : undefined);
  const rows = orm
    .select(rowColumns)
    .from(client)
    .leftJoin(casemanager, eq(casemanager.id, client.casemanagerId))
    .where(where)
    .orderBy(asc(client.sortKey), asc(client.id))
    .limit(q.limit)
    .offset(q.offset)
    .all();
  const total = orm.select({ n: sql<number>`count(*)` }).from(client).where(where).get()?.n ?? 0;
  return { rows: rows.map(toRow), total };
}

/** The columns of ClientDetail; the dossier header (repo/dossier.ts) extends them. */
export const detailColumns = {
  ...rowColumns,
  bsnStatus: client.bsnStatus,
  gemeenteCode: client.gemeenteCode,
  casemanagerId: client.casemanagerId,
  organisationName: organisation.name,
  createdAt: client.createdAt,
  updatedAt: client.updatedAt,
};

export function getClient(orm: Orm, id: string): ClientDetail | null {
  const r = orm
    .select(detailColumns)
    .from(client)
    .leftJoin(casemanager, eq(casemanager.id, client.casemanagerId))
    .leftJoin(organisation, eq(organisation.id, client.organisationId))
    .where(eq(client.id, id))
    .get();
  if (!r) return null;
  return { ...r, bsnMasked: r.bsn ? maskBsn(r.bsn) : null };
}

export type NewClientRow = typeof client.$inferInsert;

export function insertClient(orm: Orm, row: NewClientRow): void {
  orm.insert(client).values(row).run();
}
