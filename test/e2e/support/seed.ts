/**
 * Seeding through the real handlers (never the database): a client with a plan
 * in a known state, so a spec can start where its story begins.
 */
import type { APIRequestContext } from '@playwright/test';
import type { PlanVersionDetail } from '../../../shared/contract/index';
import { TODAY, isoPlusMonths, monthStart } from './dates';
import { rpc } from './rpc';

export interface Seeded {
  clientId: string;
  name: string;
  version: PlanVersionDetail;
}

/**
 * A client with a concept plan (Positieve Gezondheid): a verkenning, dates from the
 * first of this month (or none, `dates: false`) and one goal (unless `goal: false`).
 */
export async function seedClientWithPlan(
  request: APIRequestContext,
  opts: { achternaam?: string; bsn?: string; goal?: boolean; dates?: boolean } = {},
): Promise<Seeded> {
  const achternaam = opts.achternaam ?? 'Hermans';
  const client = await rpc(request, 'clients.create', { voornaam: 'Truus', achternaam, geboortedatum: '1940-02-14', ...(opts.bsn ? { bsn: opts.bsn } : {}) });
  let version = await rpc(request, 'plans.create', { clientId: client.id, domainSet: 'positieve-gezondheid' });
  version = await rpc(request, 'plans.updateVersion', { versionId: version.id, patch: { verkenning: 'Mevrouw Hermans woont zelfstandig; haar zoon helpt.' } });
  // plans.create starts today with the default evaluation term; the specs want a known state.
  const dates = opts.dates === false ? { ingangsdatum: null, evaluatiedatum: null } : { ingangsdatum: monthStart(), evaluatiedatum: isoPlusMonths(TODAY, 6) };
  version = await rpc(request, 'plans.updateVersion', { versionId: version.id, patch: dates });
  if (opts.goal !== false) {
    version = await rpc(request, 'plans.addGoal', { versionId: version.id, goal: { domain: 'dagelijks-functioneren', description: 'Ik wil zelf blijven koken', targetDate: null, status: 'nieuw' } });
  }
  return { clientId: client.id, name: `Truus ${achternaam}`, version };
}
