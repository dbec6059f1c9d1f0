import { z } from 'zod';
import { command, query } from './define';
import { Id, page, PageInput } from './common';

/**
 * Secrets that unlock the real workspace (docs/security.md). The password is the
 * user's; the recovery key is shown ONCE at setup (and after "sleutel vernieuwen")
 * and is the way back in when the password is forgotten.
 */
export const PASSWORD_MIN = 10;
export const Password = z
  .string({ error: 'Vul een wachtwoord in.' })
  .min(PASSWORD_MIN, `Kies een wachtwoord van minstens ${PASSWORD_MIN} tekens.`)
  .max(1024, 'Dit wachtwoord is te lang (hoogstens 1024 tekens).');
/** The current password, when checking: any non-empty string (its length says nothing). */
export const CurrentPassword = z.string({ error: 'Vul uw wachtwoord in.' }).min(1, 'Vul uw wachtwoord in.').max(1024);
/** Recovery key as printed: groups of Crockford base32; spaces, dashes and case are ignored. */
export const RecoveryKeyText = z.string({ error: 'Vul de herstelsleutel in.' }).trim().min(1, 'Vul de herstelsleutel in.').max(200);

export const LOCK_REASONS = ['manual', 'idle', 'sleep', 'startup'] as const;
export const LockReason = z.enum(LOCK_REASONS);

export const LOCK_MINUTES = { min: 1, max: 240, default: 10 } as const;

/** The security state of the real workspace, part of workspace.status. */
export const EigenSecurity = z.object({
  /** The real workspace's database is encrypted at rest. */
  encrypted: z.boolean(),
  /** Encrypted and its key is not in memory: the start screen asks for the password. */
  locked: z.boolean(),
  /** Why it was last locked (shown on the unlock screen); null when unlocked or never opened. */
  lockReason: LockReason.nullable(),
  lockAfterMinutes: z.number().int(),
  /** The folder looks cloud-synced or on a network share (OneDrive, Dropbox, \\\\server\\…): warn. */
  folderWarning: z.string().nullable(),
});
export type EigenSecurity = z.infer<typeof EigenSecurity>;

export const AUDIT_EVENTS = ['read', 'search', 'create', 'update', 'delete', 'export', 'import', 'print', 'audit', 'unlock', 'lock', 'restore', 'key'] as const;
export const AuditEvent = z.enum(AUDIT_EVENTS);
export type AuditEvent = z.infer<typeof AuditEvent>;

/** One NEN 7513 log line: who did what with which record, when — never the data itself. */
export const AuditEntry = z.object({
  seq: z.number().int(),
  at: z.number().int(),
  event: AuditEvent,
  /** The contract method (e.g. clients.get): the precise action. */
  action: z.string(),
  clientId: z.string().nullable(),
  /** The user of the installation (the person at the keyboard). */
  user: z.string(),
  /** On whose behalf: the user's organisation (name and AGB). */
  onBehalfOf: z.string().nullable(),
  installationId: z.string(),
  objectType: z.string().nullable(),
  objectId: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditFilter = PageInput.extend({
  clientId: Id.optional(),
  /** Inclusive local dates YYYY-MM-DD. */
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  event: AuditEvent.optional(),
  /** Paging anchor: only entries up to this seq (reading the log adds lines; a snapshot keeps pages stable). */
  beforeSeq: z.number().int().min(1).optional(),
});

export const AuditVerify = z.object({
  ok: z.boolean(),
  entries: z.number().int(),
  /** Entries removed by the retention rule, summarised in an anchor the chain starts from. */
  anchoredUpTo: z.number().int(),
  /** First seq where the chain breaks (edited, removed or inserted entry); null when intact. */
  brokenAt: z.number().int().nullable(),
  message: z.string(),
  detail: z.string(),
});

export const auditContract = {
  'audit.list': query({
    summary: 'The NEN 7513 access log, newest first, filtered by client, period, event. Reading it is itself logged.',
    input: AuditFilter,
    output: page(AuditEntry),
  }),
  'audit.print': command({
    summary: 'Log that a client record was printed or saved as PDF (the print itself happens in the window).',
    input: z.object({ clientId: Id.nullable(), objectType: z.enum(['plan_version', 'audit_log', 'client']), objectId: Id.nullable().default(null) }),
    output: z.object({ logged: z.boolean() }),
    writes: [],
  }),
  'audit.verify': query({
    summary: 'Check the hash chain of the access log.',
    input: z.object({}).default({}),
    output: AuditVerify,
  }),
} as const;

