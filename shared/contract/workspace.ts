import { z } from 'zod';
import { ORGANISATION_KINDS, ROLES } from '../domain/enums';
import { command, query } from './define';
import { Agb, optionalText, requiredText } from './common';
import { InstallationInfo } from './system';
import { CurrentPassword, EigenSecurity, LOCK_MINUTES, Password, RecoveryKeyText } from './security';

/**
 * Workspaces are handled by the host (electron/core/workspace-host.ts), not by a
 * single core: they choose WHICH database the core opens. A demo workspace is a
 * separate file, so fictional data never mixes with real client data.
 */
export const WORKSPACE_KINDS = ['eigen', 'demo'] as const;
export const WorkspaceKind = z.enum(WORKSPACE_KINDS);
export type WorkspaceKind = z.infer<typeof WorkspaceKind>;

export const DEMO_SIZES = ['small', 'network', 'kassier'] as const;
export const DemoSize = z.enum(DEMO_SIZES);

export const WorkspaceStatus = z.object({
  mode: z.enum(['electron', 'browser', 'test']),
  active: z
    .object({
      kind: WorkspaceKind,
      installation: InstallationInfo,
    })
    .nullable(),
  available: z.object({ eigen: z.boolean(), demo: z.boolean() }),
  /** Encryption and lock state of the real workspace (null until it exists). */
  security: EigenSecurity.nullable(),
});
export type WorkspaceStatus = z.infer<typeof WorkspaceStatus>;

export const NewWorkspace = z.object({
  rol: z.enum(ROLES, { error: 'Kies uw rol.' }),
  gebruikersNaam: requiredText(120, 'uw naam'),
  organisatieNaam: requiredText(200, 'de naam van uw organisatie'),
  organisatieAgb: z
    .string()
    .trim()
    .nullish()
    .transform((v) => v || null)
    .pipe(Agb.nullable()),
  netwerkNaam: requiredText(200, 'de naam van het netwerk'),
  /** Arrangeur: the AGB zorgverlenerscode of the user (exported with their hours). */
  zorgverlenerAgb: z
    .string()
    .trim()
    .nullish()
    .transform((v) => v || null)
    .pipe(Agb.nullable()),
  organisatieSoort: z.enum(ORGANISATION_KINDS).default('vvt'),
  toelichting: optionalText(500, 'De toelichting'),
  /** Encryption is on by default: the data key is wrapped with this password and a recovery key. */
  wachtwoord: Password,
});
export type NewWorkspaceInput = z.input<typeof NewWorkspace>;

export const workspaceContract = {
  'workspace.status': query({
    summary: 'Which workspace is open, and which exist.',
    input: z.object({}).default({}),
    output: WorkspaceStatus,
  }),
  'workspace.openDemo': command({
    summary: 'Open (and if needed generate) the fictional demo network, as the given role.',
    input: z
      .object({
        role: z.enum(ROLES).default('arrangeur'),
        size: DemoSize.default('small'),
        seed: z.number().int().min(1).max(2 ** 31 - 1).default(1),
      })
      .default({ role: 'arrangeur', size: 'small', seed: 1 }),
    output: WorkspaceStatus,
    writes: ['workspace'],
  }),
  'workspace.create': command({
    summary: 'Nieuwe omgeving inrichten: the real workspace of this installation, encrypted; the recovery key is returned ONCE.',
    input: NewWorkspace,
    output: WorkspaceStatus.extend({ recoveryKey: z.string() }),
    writes: ['workspace'],
  }),
  'workspace.open': command({
    summary: 'Open an existing workspace.',
    input: z.object({ kind: WorkspaceKind }),
    output: WorkspaceStatus,
    writes: ['workspace'],
  }),
  'workspace.close': command({
    summary: 'Close the open workspace (back to the start screen).',
    input: z.object({}).default({}),
    output: WorkspaceStatus,
    writes: ['workspace'],
  }),
  'workspace.unlock': command({
    summary: 'Unlock the real workspace with the password (opens it).',
    input: z.object({ wachtwoord: CurrentPassword }),
    output: WorkspaceStatus,
    writes: ['workspace'],
  }),
  'workspace.recover': command({
    summary: 'Forgotten password: unlock with the recovery key and set a new password. The recovery key stays valid.',
    input: z.object({ herstelsleutel: RecoveryKeyText, nieuwWachtwoord: Password }),
    output: WorkspaceStatus,
    writes: ['workspace'],
  }),
  'workspace.lock': command({
    summary: 'Lock the real workspace now: the database closes and its key leaves memory.',
    input: z.object({}).default({}),
    output: WorkspaceStatus,
    writes: ['workspace'],
  }),
  'workspace.touch': command({
    summary: 'The user is active (keyboard, mouse): postpones the idle lock. Sent at most every 30 s.',
    input: z.object({}).default({}),
    output: z.object({ lockAt: z.number().int().nullable() }),
    writes: [],
  }),
  'workspace.changePassword': command({
    summary: 'New password for the real workspace. Rewraps the data key; the database is not rewritten.',
    input: z.object({ huidigWachtwoord: CurrentPassword, nieuwWachtwoord: Password }),
    output: WorkspaceStatus,
    writes: [],
  }),
  'workspace.rekey': command({
    summary: 'Sleutel vernieuwen: re-encrypt the database with a new data key (verified backup first) and issue a new recovery key.',
    input: z.object({ wachtwoord: CurrentPassword }),
    output: z.object({ recoveryKey: z.string() }),
    writes: ['workspace'],
  }),
  'workspace.encrypt': command({
    summary: 'Encrypt a real workspace set up before encryption existed (verified backup first); returns the recovery key.',
    input: z.object({ wachtwoord: Password }),
    output: z.object({ recoveryKey: z.string() }),
    writes: ['workspace'],
  }),
  'workspace.setLockAfter': command({
    summary: 'Idle minutes before the real workspace locks itself.',
    input: z.object({ minutes: z.number().int().min(LOCK_MINUTES.min, `Minstens ${LOCK_MINUTES.min} minuut.`).max(LOCK_MINUTES.max, `Hoogstens ${LOCK_MINUTES.max} minuten.`) }),
    output: WorkspaceStatus,
    writes: ['workspace'],
  }),
  'workspace.restore': command({
    summary: 'Restore the open workspace from one of its verified backups (by file name); a pre-restore backup is taken first.',
    input: z.object({ backup: z.string().min(1).max(255).regex(/^[^/\\]+\.sqlite$/, 'Kies een reservekopie uit de lijst.') }),
    output: WorkspaceStatus,
    writes: ['workspace'],
  }),

} as const;
