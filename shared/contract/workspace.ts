import { z } from 'zod';
import { ORGANISATION_KINDS, ROLES } from '../domain/enums';
import { command, query } from './define';
import { Agb, optionalText, requiredText } from './common';
import { InstallationInfo } from './system';

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
    summary: 'Nieuwe omgeving inrichten: the real workspace of this installation.',
    input: NewWorkspace,
    output: WorkspaceStatus,
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
} as const;
