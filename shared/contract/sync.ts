import { z } from 'zod';
import { command, query } from './define';
import { Id, optionalText } from './common';
import { Month } from './registrations';

/** A bundle travels through the renderer as base64 (browser download/upload); the CLI uses files. */
const Base64 = z.string().max(200_000_000).regex(/^[A-Za-z0-9+/=]*$/, 'Geen geldig bestand.');

export const ExportBatch = z.object({
  id: Id,
  seq: z.number().int(),
  kind: z.string(),
  period: z.string(),
  rowCount: z.number().int(),
  sha256: z.string(),
  fileName: z.string(),
  createdAt: z.number().int(),
});

export const ExportPreview = z.object({
  period: z.string(),
  /** Registrations (versions) not yet exported, with a date in the period. */
  rows: z.number().int(),
  corrections: z.number().int(),
  tombstones: z.number().int(),
  minutes: z.number().int(),
  /** Clients whose BSN the bundle would carry (declarable rows only). */
  bsnClients: z.number().int(),
  /** The kassier the BSNs are sealed for; null = no kassier trusted yet: the BSNs are withheld. */
  bsnRecipient: z.string().nullable(),
  /** Corrections waiting in OTHER periods (export those periods too). */
  otherPeriods: z.array(z.object({ period: z.string(), rows: z.number().int() })),
});

export const Identity = z.object({
  installationId: z.string(),
  organisationName: z.string(),
  organisationAgb: z.string().nullable(),
  role: z.string(),
  label: z.string(),
  publicKey: z.string(),
  /** Shown to people: they compare it by phone before trusting (SHA-256 of the key, 16 bytes in hex groups). */
  fingerprint: z.string(),
  /** X25519 public key (base64): a kassier's BSNs are sealed for it. Null for identities from before sealing. */
  encryptionKey: z.string().nullable(),
});

export const TrustedSigner = Identity.extend({ trustedAt: z.number().int(), revokedAt: z.number().int().nullable() });

export const LineReason = z.object({
  /** 1-based row in registrations.csv; 0 for the bundle as a whole. */
  line: z.number().int(),
  field: z.string().nullable(),
  code: z.string(),
  /** Dutch, for the kassier at the screen. */
  message: z.string(),
  /** English, for the CLI and logs. */
  detail: z.string(),
});

/** One bundle's verdict: accepted whole, a duplicate (no-op), or refused whole with reasons. */
export const ImportReport = z.object({
  fileName: z.string(),
  status: z.enum(['accepted', 'duplicate', 'refused']),
  batchId: z.string().nullable(),
  organisation: z.string().nullable(),
  period: z.string().nullable(),
  rows: z.number().int(),
  /** Rows newly stored. */
  accepted: z.number().int(),
  /** Rows already present (same organisation, registration and version). */
  duplicate: z.number().int(),
  reasons: z.array(LineReason).max(200),
  /** Unknown columns (from a newer version) that were kept aside, not dropped. */
  keptColumns: z.array(z.string()).max(100),
  backupFile: z.string().nullable(),
});
export type ImportReport = z.infer<typeof ImportReport>;

export const ImportBatch = z.object({
  id: z.string(),
  source: z.enum(['bundle', 'csv']),
  organisationAgb: z.string(),
  organisationName: z.string().nullable(),
  seq: z.number().int().nullable(),
  period: z.string().nullable(),
  fileName: z.string(),
  rows: z.number().int(),
  accepted: z.number().int(),
  duplicate: z.number().int(),
  importedAt: z.number().int(),
});

export const KASSIER_GROUPS = ['organisation', 'casemanager', 'law', 'funder', 'month', 'basis', 'client'] as const;

export const syncContract = {
  'export.preview': query({
    summary: 'What an export of this period would carry.',
    input: z.object({ period: Month }),
    output: ExportPreview,
  }),
  'export.registrations': command({
    summary: 'Export the not-yet-exported registrations of a month as a signed bundle; they become immutable.',
    input: z.object({ period: Month }),
    output: z.object({ batch: ExportBatch, base64: z.string() }),
    writes: ['registration', 'export_batch'],
  }),
  'export.batches': query({ summary: 'Bundles exported by this installation, newest first.', input: z.object({}).default({}), output: z.array(ExportBatch).max(1000) }),
  'export.download': query({
    summary: 'The bytes of an earlier export (a lost download is never lost).',
    input: z.object({ batchId: Id }),
    output: z.object({ fileName: z.string(), base64: z.string() }),
  }),
  'identity.get': query({ summary: "This installation's public identity.", input: z.object({}).default({}), output: Identity }),
  'identity.export': query({
    summary: 'The public identity as a file for the receiver (kassier) to trust.',
    input: z.object({}).default({}),
    output: z.object({ fileName: z.string(), json: z.string() }),
  }),
  'trust.list': query({ summary: 'Signers whose bundles are accepted.', input: z.object({}).default({}), output: z.array(TrustedSigner).max(1000) }),
  'trust.add': command({
    summary: 'Trust an installation from its identity file (compare the fingerprint by phone first).',
    input: z.object({ json: z.string().min(2).max(100_000) }),
    output: TrustedSigner,
    writes: ['trusted_signer'],
  }),
  'trust.revoke': command({
    summary: 'Stop accepting bundles from an installation (lost laptop, left the network).',
    input: z.object({ installationId: z.string().min(1) }),
    output: TrustedSigner,
    writes: ['trusted_signer'],
  }),
  'import.bundle': command({
    summary: 'Import one registration bundle: accepted whole, a duplicate, or refused whole; a verified backup first.',
    input: z.object({
      fileName: z.string().max(255),
      base64: Base64,
      /** False for the 2nd, 3rd… file of one import action: one verified backup per action. */
      backup: z.boolean().default(true),
    }),
    output: ImportReport,
    writes: ['import_batch', 'imported_registration', 'imported_event'],
  }),
  'import.bundleFile': command({
    summary: 'Import a bundle the core reads from disk (CLI; desktop open-dialog): no base64 copy of a large file.',
    input: z.object({
      path: z
        .string()
        .min(1)
        .max(4096)
        .regex(/\.zip$/i, 'Kies een bundelbestand (.zip).'),
      backup: z.boolean().default(true),
    }),
    output: ImportReport,
    writes: ['import_batch', 'imported_registration', 'imported_event'],
  }),
  'import.bundleFiles': command({
    summary: "A kassier's intake: several bundle files from disk in one transaction, each bundle still whole or nothing (a refused one is skipped).",
    input: z.object({
      paths: z
        .array(z.string().min(1).max(4096).regex(/\.zip$/i, 'Kies bundelbestanden (.zip).'))
        .min(1)
        .max(10_000),
    }),
    output: z.array(ImportReport).max(10_000),
    writes: ['import_batch', 'imported_registration', 'imported_event'],
  }),
  'import.csv': command({
    summary: 'Import registrations of an organisation that does not use Schotvrij (documented CSV), all or nothing.',
    input: z.object({ fileName: z.string().max(255), text: z.string().max(200_000_000), organisationAgb: z.string().regex(/^[0-9]{8}$/, 'Een AGB-code heeft 8 cijfers.'), note: optionalText(200, 'De toelichting') }),
    output: ImportReport,
    writes: ['import_batch', 'imported_registration', 'imported_event'],
  }),
  'import.batches': query({ summary: 'Imported batches, newest first.', input: z.object({}).default({}), output: z.array(ImportBatch).max(1000) }),
  'kassier.totals': query({
    summary: 'Minutes of the current versions of imported registrations, grouped.',
    input: z.object({ from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), groupBy: z.enum(KASSIER_GROUPS) }),
    output: z.array(z.object({ key: z.string(), label: z.string(), minutes: z.number().int(), count: z.number().int() })).max(1000),
  }),
} as const;
