import { asc, eq } from 'drizzle-orm';
import type { ActivityType } from '../../../shared/contract/index';
import type { FundingKind } from '../../../shared/domain/enums';
import { activityType } from '../../../shared/schema/index';
import type { CoreContext } from '../context';
import { notFound } from '../errors';

/**
 * The default activity types (issue 4; domain.md §5). Direct, verplaatst and
 * indicatiestelling are "directe zorgverlening" in the NZa sense; the rest is indirect.
 * Installations may rename, deactivate or re-route them; the codes stay.
 */
export const DEFAULT_ACTIVITIES: Omit<ActivityType, 'position' | 'active'>[] = [
  { code: 'direct', name: 'Direct cliëntcontact', clientLink: 'client', nzaKind: 'direct', laws: ['ZVW', 'WMO'] },
  { code: 'verplaatst', name: 'Verplaatste directe tijd', clientLink: 'client', nzaKind: 'verplaatst', laws: ['ZVW', 'WMO'] },
  { code: 'indicatiestelling', name: 'Indicatiestelling', clientLink: 'client', nzaKind: 'indicatiestelling', laws: ['ZVW', 'WMO'] },
  { code: 'mantelzorgondersteuning', name: 'Mantelzorgondersteuning', clientLink: 'client', nzaKind: 'direct', laws: ['ZVW', 'WMO'] },
  { code: 'overleg', name: 'Overleg / MDO', clientLink: 'optional', nzaKind: 'indirect', laws: ['ZVW', 'WMO'] },
  { code: 'coordinatie', name: 'Coördinatie', clientLink: 'optional', nzaKind: 'indirect', laws: ['ZVW', 'WMO'] },
  { code: 'warme_overdracht', name: 'Warme overdracht', clientLink: 'client', nzaKind: 'indirect', laws: ['ZVW'] },
  { code: 'consultatie', name: 'Consultatie (domeinoverstijgend)', clientLink: 'client', nzaKind: 'indirect', laws: ['ZVW', 'WMO'] },
  { code: 'reistijd', name: 'Reistijd', clientLink: 'optional', nzaKind: 'indirect', laws: ['ZVW', 'WMO'] },
  { code: 'nazorg', name: 'Nazorg', clientLink: 'naaste', nzaKind: 'indirect', laws: [] },
  { code: 'administratie', name: 'Administratie', clientLink: 'none', nzaKind: 'indirect', laws: [] },
  { code: 'scholing', name: 'Scholing', clientLink: 'none', nzaKind: 'indirect', laws: [] },
  { code: 'preventie', name: 'Preventie (groepsgericht)', clientLink: 'none', nzaKind: 'indirect', laws: [] },
];

/** Seeds the defaults into an installation that has none (setup, demo, first use after the migration). */
export function ensureActivityTypes(ctx: Pick<CoreContext, 'orm'>): void {
  if (ctx.orm.select({ code: activityType.code }).from(activityType).limit(1).get()) return;
  DEFAULT_ACTIVITIES.forEach((a, position) => {
    ctx.orm.insert(activityType).values({ ...a, laws: JSON.stringify(a.laws), active: true, position }).run();
  });
}

function toDto(r: typeof activityType.$inferSelect): ActivityType {
  return { ...r, clientLink: r.clientLink as ActivityType['clientLink'], nzaKind: r.nzaKind as ActivityType['nzaKind'], laws: JSON.parse(r.laws) as FundingKind[] };
}

export function listActivities(ctx: Pick<CoreContext, 'orm'>, includeInactive: boolean): ActivityType[] {
  return ctx.orm
    .select()
    .from(activityType)
    .orderBy(asc(activityType.position))
    .all()
    .map(toDto)
    .filter((a) => includeInactive || a.active);
}

export function getActivity(ctx: Pick<CoreContext, 'orm'>, code: string): ActivityType {
  const r = ctx.orm.select().from(activityType).where(eq(activityType.code, code)).get();
  if (!r) throw notFound('Activiteit', code);
  return toDto(r);
}

export function updateActivity(ctx: Pick<CoreContext, 'orm'>, code: string, patch: { name?: string; active?: boolean; laws?: FundingKind[] }): ActivityType {
  getActivity(ctx, code);
  ctx.orm
    .update(activityType)
    .set({ ...(patch.name !== undefined ? { name: patch.name } : {}), ...(patch.active !== undefined ? { active: patch.active } : {}), ...(patch.laws ? { laws: JSON.stringify(patch.laws) } : {}) })
    .where(eq(activityType.code, code))
    .run();
  return getActivity(ctx, code);
}
