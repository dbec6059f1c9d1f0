import { z } from 'zod';
import { ROLES } from '../domain/enums';
import { command, query } from './define';

export const BACKUP_KINDS = ['auto', 'manual', 'pre-migrate', 'pre-import', 'pre-restore', 'pre-rekey'] as const;

export const BackupInfo = z.object({
  file: z.string(),
  kind: z.enum(BACKUP_KINDS),
  createdAt: z.number().int(),
  schemaVersion: z.number().int(),
  appVersion: z.string(),
  sizeBytes: z.number().int(),
  encrypted: z.boolean(),
  /** Which data key encrypts the copy (a fingerprint, not the key): after "sleutel vernieuwen" older backups need a retired key. */
  keyId: z.string().nullish(),
  /** Head of the access-log hash chain when the backup was made (audit.verify checks the live log against it). */
  auditHead: z.object({ seq: z.number().int(), hash: z.string() }).nullish(),
  /** Row counts per table at the moment of the backup: shows what a restore brings back. */
  counts: z.record(z.string(), z.number().int()),
  /** Result of PRAGMA quick_check on the copy, before it was published. */
  quickCheck: z.literal('ok'),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

export const InstallationInfo = z.object({
  id: z.string(),
  role: z.enum(ROLES),
  userName: z.string(),
  networkName: z.string(),
  organisationName: z.string(),
  organisationAgb: z.string().nullable(),
  demo: z.object({ seed: z.number().int(), size: z.string() }).nullable(),
});
export type InstallationInfo = z.infer<typeof InstallationInfo>;

export const SystemInfo = z.object({
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  latestSchemaVersion: z.number().int(),
  dbPath: z.string(),
  encrypted: z.boolean(),
  installation: InstallationInfo.nullable(),
});

export const VerifyCheck = z.object({
  /** Stable id of the check: integrity_check | quick_check | foreign_key_check | migrations | installation. */
  name: z.string(),
  ok: z.boolean(),
  /** Dutch, for the person at the screen. */
  message: z.string(),
  /** Technical detail in English (SQLite's own words), for the CLI and for support. */
  detail: z.string(),
});
export type VerifyCheck = z.infer<typeof VerifyCheck>;

export const systemContract = {
  'system.info': query({
    summary: 'Version, schema and installation of the open database.',
    input: z.object({}).default({}),
    output: SystemInfo,
  }),
  'system.stats': query({
    summary: 'Counts per entity, schema version, last backup.',
    input: z.object({}).default({}),
    output: z.object({
      counts: z.record(z.string(), z.number().int()),
      schemaVersion: z.number().int(),
      latestSchemaVersion: z.number().int(),
      dbSizeBytes: z.number().int(),
      lastBackup: BackupInfo.nullable(),
    }),
  }),
  'system.backup': command({
    summary: 'Verified backup now (VACUUM INTO + quick_check), then rotation.',
    input: z.object({}).default({}),
    output: BackupInfo,
    writes: [],
  }),
  'system.backups': query({
    summary: 'Verified backups, newest first.',
    input: z.object({}).default({}),
    output: z.array(BackupInfo),
  }),
  'system.verify': query({
    summary: 'Integrity, foreign keys and migration state.',
    input: z.object({ full: z.boolean().default(true) }).default({ full: true }),
    output: z.object({ ok: z.boolean(), checks: z.array(VerifyCheck) }),
  }),
} as const;
