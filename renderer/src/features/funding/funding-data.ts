/** Commands and queries for funding entries and the gemeente product catalogue. */
import type { FundingInput, Input } from '../../../../shared/contract/index';
import { api } from '../../api';
import { useQuery } from '../../app/use-query';

export const fundingCommands = {
  add: (clientId: string, entry: FundingInput) => api['funding.add']({ clientId, entry }),
  update: (id: string, entry: FundingInput) => api['funding.update']({ id, entry }),
  remove: (id: string) => api['funding.remove']({ id }),
  addProduct: (input: Input<'catalog.add'>) => api['catalog.add'](input),
};

/** Products of one gemeente (4-digit CBS code), only those valid on `onDate` when given. */
export function useCatalog(gemeenteCode: string, onDate: string | null) {
  return useQuery('catalog.list', onDate ? { gemeenteCode, onDate } : { gemeenteCode }, ['gemeente_product']);
}

/** The whole catalogue (Beheer). */
export function useAllCatalog(gemeenteCode: string | null) {
  return useQuery('catalog.list', gemeenteCode ? { gemeenteCode } : {}, ['gemeente_product']);
}
