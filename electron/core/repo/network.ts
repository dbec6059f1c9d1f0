import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { NetworkMember } from '../../../shared/contract/index';
import { mantelzorgLoad, networkMember } from '../../../shared/schema/index';
import type { Orm } from '../orm';

type MemberRow = typeof networkMember.$inferSelect;

function toDto(r: MemberRow, load: NetworkMember['load']): NetworkMember {
  return {
    id: r.id,
    clientId: r.clientId,
    kind: r.kind,
    name: r.name,
    relation: r.relation,
    isMantelzorger: r.isMantelzorger,
    isContactpersoon: r.isContactpersoon,
    vertegenwoordiging: r.vertegenwoordiging as NetworkMember['vertegenwoordiging'],
    organisationId: r.organisationId,
    organisationName: r.organisationName,
    telefoon: r.telefoon,
    email: r.email,
    taken: r.taken,
    behoeften: r.behoeften,
    load,
  };
}

function loadOf(orm: Orm, memberIds: string[]): Map<string, NetworkMember['load']> {
  const out = new Map<string, NetworkMember['load']>();
  if (memberIds.length === 0) return out;
  const rows = orm
    .select()
    .from(mantelzorgLoad)
    .where(inArray(mantelzorgLoad.memberId, memberIds))
    .orderBy(desc(mantelzorgLoad.date), desc(mantelzorgLoad.createdAt))
    .all();
  for (const r of rows) {
    const list = out.get(r.memberId) ?? [];
    if (list.length < 12) list.push({ id: r.id, date: r.date, score: r.score, note: r.note });
    out.set(r.memberId, list);
  }
  return out;
}

const ORDER = { naaste: 0, vrijwilliger: 1, professional: 2 } as const;

export function listNetwork(orm: Orm, clientId: string): NetworkMember[] {
  const rows = orm
    .select()
    .from(networkMember)
    .where(and(eq(networkMember.clientId, clientId), isNull(networkMember.deletedAt)))
    .orderBy(asc(networkMember.createdAt))
    .all();
  const load = loadOf(orm, rows.map((r) => r.id));
  return rows.map((r) => toDto(r, load.get(r.id) ?? [])).sort((a, b) => ORDER[a.kind] - ORDER[b.kind]);
}

export function getMember(orm: Orm, id: string): NetworkMember | null {
  const r = orm.select().from(networkMember).where(and(eq(networkMember.id, id), isNull(networkMember.deletedAt))).get();
  return r ? toDto(r, loadOf(orm, [r.id]).get(r.id) ?? []) : null;
}

/** Any member row, also removed ones: an earlier plan version may still name them. */
export function memberRow(orm: Orm, id: string): MemberRow | undefined {
  return orm.select().from(networkMember).where(eq(networkMember.id, id)).get();
}
