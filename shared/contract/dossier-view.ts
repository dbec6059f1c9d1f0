import { z } from 'zod';
import { query } from './define';
import { Id } from './common';
import { ClientDossierHeader, ClientEvent } from './dossier';
import { Funding } from './funding';
import { NetworkMember } from './network';
import { Plan, PlanVersionDetail } from './plans';

/**
 * Opening a dossier is ONE call: header, timeline, network, funding, the plan and its
 * current version (the newest concept, else the newest agreed version). Time
 * registrations join this view when they exist.
 */
export const ClientDossier = z.object({
  header: ClientDossierHeader,
  events: z.array(ClientEvent).max(1000),
  network: z.array(NetworkMember).max(500),
  funding: z.array(Funding).max(500),
  plan: Plan.nullable(),
  currentVersion: PlanVersionDetail.nullable(),
});
export type ClientDossier = z.infer<typeof ClientDossier>;

export const dossierViewContract = {
  'clients.dossier': query({
    summary: 'Everything the dossier page shows, in one call.',
    input: z.object({ id: Id }),
    output: ClientDossier,
  }),
} as const;
