/**
 * Data for the client dossier. Components call these; they never touch the api.
 * Opening a dossier is ONE call (`clients.dossier`); it reloads when a committed
 * write touches any of its parts.
 */
import type { ChangeTopic, ClientPatchInput, Input } from '../../../../shared/contract/index';
import { api } from '../../api';
import { useQuery } from '../../app/use-query';

export const DOSSIER_TOPICS: readonly ChangeTopic[] = [
  'client',
  'client_event',
  'network_member',
  'mantelzorg_load',
  'funding',
  'plan',
  'plan_version',
  'goal',
  'plan_action',
  'plan_undo',
  'domain_score',
  'casemanager',
  'organisation',
  'funder',
];

export function useDossier(id: string) {
  return useQuery('clients.dossier', { id }, DOSSIER_TOPICS);
}

export function useFunders() {
  return useQuery('funders.list', {}, ['funder']);
}

export function useOrganisations() {
  return useQuery('organisations.list', {}, ['organisation']);
}

export function useDomainSets() {
  return useQuery('domainSets.list', {}, []);
}

export function useSettings() {
  return useQuery('settings.get', {}, ['setting']);
}

export const dossierCommands = {
  update: (id: string, patch: ClientPatchInput) => api['clients.update']({ id, patch }),
  verifyBsn: (input: Input<'clients.verifyBsn'>) => api['clients.verifyBsn'](input),
  addEvent: (input: Input<'clients.addEvent'>) => api['clients.addEvent'](input),
  updateEvent: (input: Input<'clients.updateEvent'>) => api['clients.updateEvent'](input),
  removeEvent: (id: string) => api['clients.removeEvent']({ id }),
};

export const settingsCommands = {
  update: (patch: Input<'settings.update'>['patch']) => api['settings.update']({ patch }),
};
