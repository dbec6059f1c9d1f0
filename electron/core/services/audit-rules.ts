/**
 * Which contract calls touch a client record, and how they are logged (NEN 7513).
 *
 * The map is exhaustive over every core method (the compiler enforces it): a new method
 * cannot ship without someone deciding whether it is logged. `null` means the method
 * touches no client record (settings, catalogues, counts) and is not logged.
 *
 * The client of a call comes from its input or output, or — for calls that only carry a
 * row id (remove, history) — from a lookup BEFORE the handler runs (after a delete the
 * row is gone).
 */
import type { AuditEvent, CoreMethodName } from '../../../shared/contract/index';
import type { Db } from '../db/open';
import type { AuditRecord } from './audit';

type Obj = Record<string, unknown>;
export interface AuditRule {
  event: AuditEvent;
  object: string;
  /** Client id (null: not about one client). `pre` is what `lookup` found before the handler ran. */
  client: (input: Obj, output: Obj, pre: string | null) => string | null;
  objectId?: (input: Obj, output: Obj) => string | null;
  /** When the caller names the kind of object (print of a plan, of the access list). */
  objectType?: (input: Obj) => string | null;
  /** Row whose client_id to read before the handler runs. */
  lookup?: { table: 'client_event' | 'network_member' | 'funding' | 'registration' | 'plan_version'; id: (input: Obj) => unknown };
  /** Log even without a client (searches over many clients, exports, imports). */
  always?: boolean;
  /** Only log when the output says something happened (a refused import changed and read nothing). */
  when?: (output: unknown) => boolean;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);
const inp = (field: string) => (i: Obj) => str(i[field]);
const out = (field: string) => (_i: Obj, o: Obj) => str(o[field]);
const pre = (_i: Obj, _o: Obj, p: string | null) => p;
const none = () => null;

const read = (object: string, client: AuditRule['client'], objectId?: AuditRule['objectId']): AuditRule => ({ event: 'read', object, client, objectId });
const search = (object: string): AuditRule => ({ event: 'search', object, client: none, always: true });
const write = (event: 'create' | 'update' | 'delete', object: string, client: AuditRule['client'], objectId?: AuditRule['objectId'], lookup?: AuditRule['lookup']): AuditRule => ({ event, object, client, objectId, lookup });

const accepted = (o: unknown) => (Array.isArray(o) ? o : [o]).some((r) => (r as Obj | null)?.status === 'accepted');
const imported = (objectId?: AuditRule['objectId']): AuditRule => ({ event: 'import', object: 'import_batch', client: none, objectId, always: true, when: accepted });

const clientById = (i: Obj) => str(i.id);
const planVersion = (event: 'create' | 'update') => write(event, 'plan_version', out('clientId'), out('id'));

export const AUDIT_RULES: Record<CoreMethodName, AuditRule | null> = {
  'system.info': null,
  'system.stats': null,
  // A backup is a full copy of every record: logged like an export.
  'system.backup': { event: 'export', object: 'database', client: none, objectId: (_i, o) => str(o.file)?.split(/[\\/]/).pop() ?? null, always: true },
  'system.backups': null,
  'system.verify': null,

  'clients.list': search('client'),
  'clients.get': read('client', clientById, clientById),
  'clients.create': write('create', 'client', out('id'), out('id')),
  'clients.update': write('update', 'client', clientById, clientById),
  'clients.verifyBsn': write('update', 'client', clientById, clientById),
  'clients.findDuplicates': search('client'),
  'clients.header': read('client', clientById, clientById),
  'clients.events': read('client_event', inp('clientId')),
  'clients.addEvent': write('create', 'client_event', inp('clientId'), out('id')),
  'clients.updateEvent': write('update', 'client_event', pre, out('id'), { table: 'client_event', id: (i) => i.id }),
  'clients.removeEvent': write('delete', 'client_event', pre, inp('id'), { table: 'client_event', id: (i) => i.id }),
  'clients.dossier': read('client', clientById, clientById),

  'network.list': read('network_member', inp('clientId')),
  'network.add': write('create', 'network_member', inp('clientId'), out('id')),
  'network.update': write('update', 'network_member', out('clientId'), out('id')),
  'network.remove': write('delete', 'network_member', pre, inp('id'), { table: 'network_member', id: (i) => i.id }),
  'network.scoreLoad': write('update', 'network_member', out('clientId'), out('id')),

  'funding.list': read('funding', inp('clientId')),
  'funding.add': write('create', 'funding', inp('clientId'), out('id')),
  'funding.update': write('update', 'funding', out('clientId'), out('id')),
  'funding.remove': write('delete', 'funding', pre, inp('id'), { table: 'funding', id: (i) => i.id }),

  'catalog.list': null,
  'catalog.add': null,
  'funders.list': null,
  'organisations.list': null,

  'plans.get': read('plan', inp('clientId')),
  'plans.create': planVersion('create'),
  'plans.version': read('plan_version', out('clientId'), out('id')),
  'plans.newVersion': planVersion('create'),
  'plans.updateVersion': planVersion('update'),
  'plans.setScores': planVersion('update'),
  'plans.addGoal': planVersion('update'),
  'plans.updateGoal': planVersion('update'),
  'plans.removeGoal': planVersion('update'),
  'plans.addAction': planVersion('update'),
  'plans.updateAction': planVersion('update'),
  'plans.removeAction': planVersion('update'),
  'plans.undo': planVersion('update'),
  'plans.establish': planVersion('update'),
  'plans.evaluate': planVersion('update'),
  'plans.dueEvaluations': search('plan'),
  'plans.exportFhir': { event: 'export', object: 'plan_version', client: pre, objectId: inp('versionId'), lookup: { table: 'plan_version', id: (i) => i.versionId } },

  'domainSets.list': null,
  'settings.get': null,
  // Settings are no client data, but the audit retention lives here: changing it is worth a line.
  'settings.update': { event: 'update', object: 'settings', client: none, always: true },
  'activities.list': null,
  'activities.update': null,

  'registrations.propose': read('funding', inp('clientId')),
  'registrations.list': { event: 'read', object: 'registration', client: inp('clientId'), always: true },
  'registrations.create': write('create', 'registration', out('clientId'), out('id')),
  'registrations.update': write('update', 'registration', out('clientId'), out('id')),
  'registrations.remove': write('delete', 'registration', pre, inp('id'), { table: 'registration', id: (i) => i.id }),
  'registrations.repeatLast': write('create', 'registration', out('clientId'), out('id')),
  'registrations.last': read('registration', out('clientId'), out('id')),
  'registrations.history': read('registration', pre, inp('id')),
  'registrations.totals': search('registration'),
  'timer.get': null,
  'timer.start': write('create', 'timer', inp('clientId')),
  'timer.stop': write('create', 'registration', (_i, o) => str((o as unknown as { clientId?: unknown }[])[0]?.clientId ?? null)),
  'timer.discard': null,
  'weeks.close': null,
  'weeks.reopen': null,
  'weeks.list': null,

  'export.preview': null,
  'export.registrations': { event: 'export', object: 'export_batch', client: none, objectId: (_i, o) => str((o.batch as Obj | undefined)?.id), always: true },
  'export.batches': null,
  'export.download': { event: 'export', object: 'export_batch', client: none, objectId: inp('batchId'), always: true },
  'identity.get': null,
  'identity.export': null,
  'trust.list': null,
  'trust.add': { event: 'key', object: 'trusted_signer', client: none, objectId: out('installationId'), always: true },
  'trust.revoke': { event: 'key', object: 'trusted_signer', client: none, objectId: inp('installationId'), always: true },
  'import.bundle': imported(out('batchId')),
  'import.bundleFile': imported(out('batchId')),
  'import.bundleFiles': imported(),
  'import.csv': imported(out('batchId')),
  'import.batches': null,
  'kassier.totals': search('imported_registration'),

  // Reading the log is itself logged (NEN 7513: access to the log is logged).
  'audit.list': { event: 'audit', object: 'audit_log', client: inp('clientId'), always: true },
  'audit.verify': { event: 'audit', object: 'audit_log', client: none, always: true },
  'audit.print': { event: 'print', object: 'client', objectType: inp('objectType'), client: inp('clientId'), objectId: inp('objectId'), always: true },
};

const LOOKUP_SQL: Record<NonNullable<AuditRule['lookup']>['table'], string> = {
  client_event: 'SELECT client_id AS c FROM client_event WHERE id = ?',
  network_member: 'SELECT client_id AS c FROM network_member WHERE id = ?',
  funding: 'SELECT client_id AS c FROM funding WHERE id = ?',
  registration: 'SELECT client_id AS c FROM registration WHERE id = ? ORDER BY version DESC LIMIT 1',
  plan_version: 'SELECT p.client_id AS c FROM plan_version v JOIN plan p ON p.id = v.plan_id WHERE v.id = ?',
};

/** Before the handler: resolve what only the stored row knows. */
export function preLookup(db: Db, rule: AuditRule, input: Obj): string | null {
  if (!rule.lookup) return null;
  const id = rule.lookup.id(input);
  if (typeof id !== 'string') return null;
  const row = db.prepare(LOOKUP_SQL[rule.lookup.table]).get(id) as { c: string | null } | undefined;
  return row?.c ?? null;
}

/** After the handler: the entry to write, or null when the call touched no client record. */
export function auditRecordFor(method: CoreMethodName, rule: AuditRule, input: Obj, output: unknown, pre: string | null): AuditRecord | null {
  if (rule.when && !rule.when(output)) return null;
  const o = (output ?? {}) as Obj;
  const clientId = rule.client(input, o, pre);
  if (!clientId && !rule.always) return null;
  return { event: rule.event, action: method, clientId, objectType: rule.objectType?.(input) ?? rule.object, objectId: rule.objectId?.(input, o) ?? null };
}
