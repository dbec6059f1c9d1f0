/**
 * Gathers one plan version with everything around it and turns it into a FHIR R4
 * Bundle (services/fhir/plan-bundle.ts, pure). The bundle is validated against our
 * FHIR profile before it leaves: an invalid export is a bug, never a file.
 */
import { eq } from 'drizzle-orm';
import { domainSet } from '../../../shared/codelists/index';
import { foldText } from '../../../shared/domain/names';
import { casemanager } from '../../../shared/schema/index';
import type { CoreContext } from '../context';
import { SchotvrijError, notFound } from '../errors';
import { getHeader } from '../repo/dossier';
import { listFunding } from '../repo/funding';
import { listNetwork } from '../repo/network';
import { buildPlanBundle } from './fhir/plan-bundle';
import { validateBundle } from './fhir/validate';
import { loadVersionDetail } from './plan-service';

export function exportPlanFhir(ctx: CoreContext, versionId: string): { fileName: string; json: string } {
  const version = loadVersionDetail(ctx, versionId);
  const client = getHeader(ctx.orm, version.clientId);
  if (!client) throw notFound('Cliënt', version.clientId);
  const set = domainSet(version.domainSet);
  if (!set) throw new Error(`unknown domain set ${version.domainSet}`);
  const inst = ctx.installation();
  const cm = client.casemanagerId ? ctx.orm.select().from(casemanager).where(eq(casemanager.id, client.casemanagerId)).get() : undefined;
  const bundle = buildPlanBundle({
    client,
    network: listNetwork(ctx.orm, client.id),
    funding: listFunding(ctx.orm, client.id),
    version,
    domainSet: set,
    author: {
      organisationName: inst?.organisationName ?? client.organisationName ?? 'Onbekende organisatie',
      organisationAgb: inst?.organisationAgb ?? null,
      casemanagerName: cm?.name ?? null,
      casemanagerAgb: cm?.agb ?? null,
    },
    generatedAt: new Date(ctx.clock.now()).toISOString(),
  });
  const problems = validateBundle(bundle);
  if (problems.length > 0) {
    ctx.logger.error('FHIR export failed validation', { problems: problems.slice(0, 10) });
    throw new SchotvrijError('INTERNAL', 'De FHIR-export voldoet niet aan het profiel en is niet gemaakt. Meld dit aan de beheerder.', `FHIR bundle invalid: ${problems[0]}`);
  }
  const name = foldText(client.achternaam).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'client';
  return {
    fileName: `ondersteuningsplan-${name}-v${version.versionNo}-${new Date(ctx.clock.now()).toISOString().slice(0, 10)}.fhir.json`,
    json: JSON.stringify(bundle, null, 2),
  };
}
