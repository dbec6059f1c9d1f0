/** This installation's public identity (Beheer → Identiteit). Components call these; they never touch the api. */
import { api } from '../../api';
import { useQuery } from '../../app/use-query';

export function useIdentity() {
  return useQuery('identity.get', {}, ['installation', 'signing_key']);
}

export const identityCommands = {
  exportFile: () => api['identity.export'](),
};
