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
  'clients.update',
  'clients.verifyBsn',
  'clients.findDuplicates',
  'clients.header',
  'clients.events',
  'clients.addEvent',
  'clients.updateEvent',
  'clients.removeEvent',
  'clients.dossier',
  'network.list',
  'network.add',
  'network.update',
  'network.remove',
  'network.scoreLoad',
  'funding.list',
  'funding.add',
  'funding.update',
  'funding.remove',
  'catalog.list',
  'catalog.add',
  'funders.list',
  'organisations.list',
  'plans.get',
  'plans.create',
  'plans.version',
  'plans.newVersion',
  'plans.updateVersion',
  'plans.setScores',
  'plans.addGoal',
  'plans.updateGoal',
  'plans.removeGoal',
  'plans.addAction',
  'plans.updateAction',
  'plans.removeAction',
  'plans.undo',
  'plans.establish',
  'plans.evaluate',
  'plans.dueEvaluations',
  'plans.exportFhir',
  'domainSets.list',
  'settings.get',
  'settings.update',
  'activities.list',
  'activities.update',
  'registrations.propose',
  'registrations.list',
  'registrations.create',
  'registrations.update',
  'registrations.remove',
  'registrations.repeatLast',
  'registrations.history',
  'registrations.totals',
  'timer.get',
  'timer.start',
  'timer.stop',
  'timer.discard',
  'weeks.close',
  'weeks.reopen',
  'weeks.list',
  'export.preview',
  'export.registrations',
  'export.batches',
  'export.download',
  'identity.get',
  'identity.export',
  'trust.list',
  'trust.add',
  'trust.revoke',
  'import.bundle',
  'import.bundleFile',
  'import.bundleFiles',
  'import.csv',
  'import.batches',
  'kassier.totals',
] as const satisfies readonly MethodName[];

type Missing = Exclude<MethodName, (typeof METHOD_NAMES)[number]>;
const _exhaustive: [Missing] extends [never] ? true : Missing = true;
void _exhaustive;

const NAMES: ReadonlySet<string> = new Set(METHOD_NAMES);

export function isMethodName(key: string): key is MethodName {
  return NAMES.has(key);
}
