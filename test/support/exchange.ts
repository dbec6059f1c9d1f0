/**
 * Small, fast installations for multi-party tests (Joplin's "several clients in one
 * process" idea): casemanager laptops that register and export, a kassier that trusts
 * and imports. Set up through the core's own tables; everything else goes through the
 * contract.
 */
import { join } from 'node:path';
import type { Clock } from '../../electron/core/clock';
import { createCore, type Core } from '../../electron/core/host';
import { seededIds } from '../../electron/core/ids';
import { ensureActivityTypes } from '../../electron/core/services/activities';
import { searchText, sortKey } from '../../shared/domain/names';
import { casemanager, client, clientEvent, funder, funding, installation, organisation } from '../../shared/schema/index';

export function settableClock(start: number): Clock & { set(ms: number): void } {
  let t = start;
  return { now: () => t, set: (ms) => (t = ms) };
}

export interface Laptop {
  core: Core;
  clients: string[];
  agb: string;
}

/** A casemanager installation of organisation `agb` with `clientCount` clients, each with Zvw funding from 2026-01-01. */
export function casemanagerLaptop(dir: string, name: string, opts: { agb: string; seed: number; clock: Clock; clientCount?: number }): Laptop {
  const core = createCore({ dbPath: join(dir, `${name}.sqlite`), clock: opts.clock, ids: seededIds(opts.seed, Date.UTC(2026, 0, 1)), dailyBackup: false });
  const { orm, ids } = core.internals;
  const now = opts.clock.now();
  const orgId = ids.newId();
  const cmId = ids.newId();
  const zvw = ids.newId();
  const clients: string[] = [];
  orm.transaction(() => {
    orm.insert(organisation).values({ id: orgId, name: `Zorg ${name}`, agb: opts.agb, kind: 'vvt', isKassier: false, createdAt: now }).run();
    orm.insert(casemanager).values({ id: cmId, organisationId: orgId, name: `Casemanager ${name}`, agb: `99${opts.agb.slice(2)}`, createdAt: now }).run();
    orm.insert(installation).values({ id: `inst-${name}`, role: 'arrangeur', organisationId: orgId, userName: `Casemanager ${name}`, casemanagerId: cmId, networkName: 'Testnetwerk', demoSeed: null, demoSize: null, createdAt: now, createdByAppVersion: 'test' }).run();
    orm.insert(funder).values({ id: zvw, law: 'ZVW', code: '9901', name: 'Verzekeraar', createdAt: now }).run();
    ensureActivityTypes({ orm });
    for (let i = 0; i < (opts.clientCount ?? 3); i++) {
      const id = `${name}-client-${i}`;
      const n = { voornaam: 'Test', achternaam: `${name} ${i}` };
      orm.insert(client).values({ id, ...n, geboortedatum: '1940-01-01', bsn: null, status: 'in_zorg', casemanagerId: cmId, organisationId: orgId, sortKey: sortKey(n), searchText: searchText(n), createdAt: now, updatedAt: now }).run();
      orm.insert(clientEvent).values({ id: ids.newId(), clientId: id, kind: 'in_zorg', date: '2025-12-01', detail: null, createdAt: now, updatedAt: now }).run();
      orm.insert(funding).values({ id: ids.newId(), clientId: id, kind: 'ZVW', status: 'toegekend', startDate: '2026-01-01', endDate: null, funderId: zvw, zvwSoort: 'casemanagement_dementie', createdAt: now, updatedAt: now }).run();
      clients.push(id);
    }
  });
  return { core, clients, agb: opts.agb };
}

/** A kassier installation that knows the member organisations by AGB. */
export function kassier(dir: string, name: string, opts: { clock: Clock; members: string[] }): Core {
  const core = createCore({ dbPath: join(dir, `${name}.sqlite`), clock: opts.clock, ids: seededIds(99, Date.UTC(2026, 0, 1)), dailyBackup: false });
  const { orm, ids } = core.internals;
  const now = opts.clock.now();
  orm.transaction(() => {
    const own = ids.newId();
    orm.insert(organisation).values({ id: own, name: 'Kassier BV', agb: '03000000', kind: 'vvt', isKassier: true, createdAt: now }).run();
    for (const agb of opts.members) orm.insert(organisation).values({ id: ids.newId(), name: `Lid ${agb}`, agb, kind: 'vvt', isKassier: false, createdAt: now }).run();
    orm.insert(installation).values({ id: `inst-${name}`, role: 'kassier', organisationId: own, userName: 'Kassier', casemanagerId: null, networkName: 'Testnetwerk', demoSeed: null, demoSize: null, createdAt: now, createdByAppVersion: 'test' }).run();
    ensureActivityTypes({ orm });
  });
  return core;
}

export async function trustLaptop(k: Core, laptop: Laptop): Promise<void> {
  const { json } = await laptop.core.call('identity.export');
  await k.call('trust.add', { json });
}

export async function exportMonth(laptop: Laptop, period: string): Promise<{ fileName: string; bytes: Buffer }> {
  const r = await laptop.core.call('export.registrations', { period });
  return { fileName: r.batch.fileName, bytes: Buffer.from(r.base64, 'base64') };
}

export function importBytes(k: Core, b: { fileName: string; bytes: Uint8Array }) {
  return k.call('import.bundle', { fileName: b.fileName, base64: Buffer.from(b.bytes).toString('base64') });
}
