import { eq } from 'drizzle-orm';
import { installation, organisation } from '../../../shared/schema/index';
import type { InstallationRecord } from '../context';
import type { Orm } from '../orm';

export function readInstallation(orm: Orm): InstallationRecord | null {
  const r = orm
    .select({
      id: installation.id,
      role: installation.role,
      userName: installation.userName,
      networkName: installation.networkName,
      demoSeed: installation.demoSeed,
      demoSize: installation.demoSize,
      organisationId: installation.organisationId,
      casemanagerId: installation.casemanagerId,
      organisationName: organisation.name,
      organisationAgb: organisation.agb,
    })
    .from(installation)
    .innerJoin(organisation, eq(organisation.id, installation.organisationId))
    .get();
  if (!r) return null;
  const { demoSeed, demoSize, ...rest } = r;
  return { ...rest, demo: demoSeed != null ? { seed: demoSeed, size: demoSize ?? 'small' } : null };
}
