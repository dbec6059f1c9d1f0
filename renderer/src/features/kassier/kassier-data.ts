/**
 * Data for the kassier: trusted installations, imports and totals. Components call
 * these; they never touch the api.
 */
import type { ChangeTopic, Input } from '../../../../shared/contract/index';
import { api } from '../../api';
import { useQuery } from '../../app/use-query';

const IMPORT_TOPICS: readonly ChangeTopic[] = ['import_batch', 'imported_registration', 'organisation', 'casemanager', 'funder', 'client'];

export function useSigners() {
  return useQuery('trust.list', {}, ['trusted_signer']);
}

export function useImportBatches() {
  return useQuery('import.batches', {}, ['import_batch', 'organisation']);
}

export function useKassierTotals(input: Input<'kassier.totals'>) {
  return useQuery('kassier.totals', input, IMPORT_TOPICS);
}

export const kassierCommands = {
  trust: (json: string) => api['trust.add']({ json }),
  revoke: (installationId: string) => api['trust.revoke']({ installationId }),
  importBundle: (input: Input<'import.bundle'>) => api['import.bundle'](input),
  importCsv: (input: Input<'import.csv'>) => api['import.csv'](input),
};

/** A chosen file as base64 (how the contract carries a bundle through the renderer). */
export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}
