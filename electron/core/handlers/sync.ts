import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { CoreContext } from '../context';
import { SchotvrijError } from '../errors';
import type { HandlerMap } from '../dispatcher';
import {
  downloadExport,
  exportPreview,
  exportRegistrations,
  identity,
  identityFile,
  importBundle,
  importBundleFiles,
  importCsv,
  kassierTotals,
  listExports,
  listImports,
  listSigners,
  revokeSigner,
  trustIdentity,
} from '../services/exchange';

type Keys =
  | 'export.preview'
  | 'export.registrations'
  | 'export.batches'
  | 'export.download'
  | 'identity.get'
  | 'identity.export'
  | 'trust.list'
  | 'trust.add'
  | 'trust.revoke'
  | 'import.bundle'
  | 'import.bundleFile'
  | 'import.bundleFiles'
  | 'import.csv'
  | 'import.batches'
  | 'kassier.totals';

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

function readBundleFile(path: string): Buffer {
  try {
    const st = statSync(path);
    if (!st.isFile() || st.size > 4 * 1024 ** 3) throw new Error('not a regular file of acceptable size');
    return readFileSync(path);
  } catch (e) {
    throw new SchotvrijError('NOT_FOUND', 'Het bundelbestand kan niet worden gelezen.', `cannot read ${path}: ${(e as Error).message}`);
  }
}

export const syncHandlers: HandlerMap<Keys, CoreContext> = {
  'export.preview': (ctx, { period }) => exportPreview(ctx, period),
  'export.registrations': (ctx, { period }) => {
    const { batch, bytes } = exportRegistrations(ctx, period);
    return { batch, base64: b64(bytes) };
  },
  'export.batches': (ctx) => listExports(ctx),
  'export.download': (ctx, { batchId }) => {
    const { fileName, bytes } = downloadExport(ctx, batchId);
    return { fileName, base64: b64(bytes) };
  },
  'identity.get': (ctx) => identity(ctx),
  'identity.export': (ctx) => identityFile(ctx),
  'trust.list': (ctx) => listSigners(ctx),
  'trust.add': (ctx, { json }) => trustIdentity(ctx, json),
  'trust.revoke': (ctx, { installationId }) => revokeSigner(ctx, installationId),
  // Imports manage their own transaction: validate first, then one transaction written in chunks.
  'import.bundle': { ownTransaction: true, run: (ctx, { fileName, base64, backup }) => importBundle(ctx, fileName, Buffer.from(base64, 'base64'), { backup }) },
  'import.bundleFile': {
    ownTransaction: true,
    run: (ctx, { path, backup }) => importBundle(ctx, basename(path), readBundleFile(path), { backup }),
  },
  'import.bundleFiles': {
    ownTransaction: true,
    run: (ctx, { paths }) => importBundleFiles(ctx, paths.map((path) => ({ fileName: basename(path), read: () => readBundleFile(path) }))),
  },
  'import.csv': { ownTransaction: true, run: (ctx, { fileName, text, organisationAgb }) => importCsv(ctx, fileName, text, organisationAgb) },
  'import.batches': (ctx) => listImports(ctx),
  'kassier.totals': (ctx, { from, to, groupBy }) => kassierTotals(ctx, from, to, groupBy),
};
