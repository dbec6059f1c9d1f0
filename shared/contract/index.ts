/**
 * THE contract: every call between UI and core is a named method with a zod input
 * and output schema. The preload, the Electron IPC relay, the core dispatcher, the
 * browser-mode server and the renderer's api client are all derived from this map.
 */
import type { z } from 'zod';
import { clientsContract } from './clients';
import { dossierContract } from './dossier';
import { dossierViewContract } from './dossier-view';
import { fundingContract } from './funding';
import { networkContract } from './network';
import { plansContract } from './plans';
import { registrationsContract } from './registrations';
import { syncContract } from './sync';
import type { MethodDef } from './define';
import { auditContract } from './security';
import { systemContract } from './system';
import { workspaceContract } from './workspace';

export const contract = {
  ...workspaceContract,
  ...systemContract,
  ...clientsContract,
  ...dossierContract,
  ...dossierViewContract,
  ...networkContract,
  ...fundingContract,
  ...plansContract,
  ...registrationsContract,
  ...syncContract,
  ...auditContract,
} as const satisfies Record<string, MethodDef>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type Input<K extends MethodName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends MethodName> = z.output<Contract[K]['input']>;
export type Output<K extends MethodName> = z.output<Contract[K]['output']>;

/** Methods the host answers itself (they pick the database); the rest go to the open core. */
export type HostMethodName = Extract<MethodName, `workspace.${string}`>;
export type CoreMethodName = Exclude<MethodName, HostMethodName>;

export { METHOD_NAMES, isMethodName } from './names';

export function isHostMethod(key: MethodName): key is HostMethodName {
  return key.startsWith('workspace.');
}

/** The typed API every client sees: one async function per method. */
export type Api = {
  [K in MethodName]: (...args: undefined extends Input<K> ? [input?: Input<K>] : [input: Input<K>]) => Promise<Output<K>>;
};

export * from './errors';
export * from './define';
export * from './events';
export * from './common';
export * from './clients';
export * from './system';
export * from './workspace';
export * from './dossier';
export * from './dossier-view';
export * from './network';
export * from './funding';
export * from './plans';
export * from './registrations';
export * from './sync';
export * from './security';
export * from './validate';
