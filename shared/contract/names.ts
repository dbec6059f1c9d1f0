/**
 * The contract's method names as a plain list, without zod.
 *
 * The Electron preload and main need only the names (one IPC channel and one bridge
 * function per method); importing the full contract would bundle zod into both
 * (~800 KB each). The compiler keeps this list exact: `satisfies` rejects a name the
 * contract does not have, and `_exhaustive` fails when the contract gains a method
 * that is missing here.
 */
import type { MethodName } from './index';

export const METHOD_NAMES = [
  'workspace.status',
  'workspace.openDemo',
  'workspace.create',
  'workspace.open',
  'workspace.close',
  'system.info',
  'system.stats',
  'system.backup',
  'system.backups',
  'system.verify',
  'clients.list',
  'clients.get',
  'clients.create',
] as const satisfies readonly MethodName[];

type Missing = Exclude<MethodName, (typeof METHOD_NAMES)[number]>;
const _exhaustive: [Missing] extends [never] ? true : Missing = true;
void _exhaustive;

const NAMES: ReadonlySet<string> = new Set(METHOD_NAMES);

export function isMethodName(key: string): key is MethodName {
  return NAMES.has(key);
}
