import { z } from 'zod';

/**
 * Errors cross the UI/core boundary as data, never as thrown Error objects
 * (architecture.md §4). `message` is Dutch: it is what the user reads.
 */
export const ERROR_CODES = [
  /** Input failed the contract schema or a domain rule; details.issues names the fields. */
  'VALIDATION',
  'NOT_FOUND',
  /** The write conflicts with existing data (duplicate BSN, stale version). */
  'CONFLICT',
  'UNKNOWN_METHOD',
  /** The caller is not allowed to call at all (untrusted IPC sender, no browser-mode session). */
  'FORBIDDEN',
  /** No workspace is open yet (first start, or after closing). */
  'NO_WORKSPACE',
  /** The database was written by a newer Schotvrij; we refuse rather than corrupt it. */
  'DB_NEWER',
  /** The database file cannot be opened or created (path, permissions, disk). */
  'DB_OPEN',
  /** Wrong key, missing key, or not a Schotvrij database. */
  'DB_KEY',
  /** The real workspace is locked (idle, sleep, or by hand): unlock with the password first. */
  'LOCKED',
  /** Wrong password or recovery key. details.retryAfterMs says when the next try is accepted. */
  'WRONG_SECRET',
  /** A migration failed; the database stayed at the last good version. */
  'DB_MIGRATION',
  /** Integrity or backup verification failed. */
  'DB_INTEGRITY',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const FieldIssue = z.object({
  /**
   * Dotted path of the field RELATIVE TO THE METHOD'S INPUT ('patch.bsn', 'action.fundingId',
   * 'entry.productCode'), for schema and domain-rule issues alike; '' for the whole input.
   * A few rules concern the stored object rather than an input field (e.g. 'doelen' when a
   * plan without goals is vastgesteld); those name the object's part.
   */
  path: z.string(),
  message: z.string(),
});
export type FieldIssue = z.infer<typeof FieldIssue>;

export const AppError = z.object({
  code: z.enum(ERROR_CODES),
  /** Dutch, for the UI. */
  message: z.string(),
  /** English, for the CLI and logs (the UI never shows it). */
  en: z.string().optional(),
  details: z
    .object({
      issues: z.array(FieldIssue).optional(),
    })
    .catchall(z.unknown())
    .optional(),
});
export type AppError = z.infer<typeof AppError>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };
