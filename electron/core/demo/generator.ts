/**
 * Writes the subset of the demo network that an installation in a given role holds:
 * - arrangeur: the network's organisations and funders, the casemanagers of its own
 *   organisation, and its own caseload (the first casemanager of the first care org);
 * - ketenregisseur: organisations, funders, all casemanager profiles — no clients
 *   (caseload arrives later as pseudonymous bundles);
 * - kassier: organisations, funders, casemanagers and all clients (it declares to funders).
 * One transaction: a demo is written completely or not at all.
 */
import type { Role } from '../../../shared/schema/index';
import { searchText, sortKey } from '../../../shared/domain/names';
import { APP_VERSION } from '../app-info';
import { SchotvrijError } from '../errors';
import type { Core } from '../host';
import { seededIds } from '../ids';
import { buildNetworkModel, type DemoSize, type NetworkModel } from './network-model';

export interface DemoOptions {
  role: Role;
  size: DemoSize;
  seed: number;
}

export interface DemoSummary {
  role: Role;
  size: DemoSize;
  seed: number;
  organisations: number;
  funders: number;
  casemanagers: number;
  clients: number;
}

export function selectForRole(model: NetworkModel, role: Role) {
  const kassierOrg = model.organisations.find((o) => o.isKassier)!;
  const me = model.casemanagers[0]!;
  switch (role) {
    case 'arrangeur':
      return {
        organisationId: me.organisationId,
        casemanagerId: me.id,
        userName: me.name,
        casemanagers: model.casemanagers.filter((c) => c.organisationId === me.organisationId),
        clients: model.clients.filter((c) => c.casemanagerId === me.id),
      };
    case 'ketenregisseur':
      return { organisationId: kassierOrg.id, casemanagerId: null, userName: 'Ketenregisseur (demo)', casemanagers: model.casemanagers, clients: [] };
    case 'kassier':
      return { organisationId: kassierOrg.id, casemanagerId: null, userName: 'Kassier (demo)', casemanagers: model.casemanagers, clients: model.clients };
  }
}

export function generateDemo(core: Core, opts: DemoOptions): DemoSummary {
  const { db } = core.internals;
  if (core.installation()) {
    throw new SchotvrijError('CONFLICT', 'Deze database is al ingericht.', 'database already has an installation; demo data goes into an empty database');
  }
  const model = buildNetworkModel(opts.seed, opts.size);
  const part = selectForRole(model, opts.role);
  const createdAt = model.baseMs;
  // Installation ids differ per role (each laptop is its own installation), but stay deterministic.
  const installationId = seededIds(opts.seed * 31 + ['arrangeur', 'ketenregisseur', 'kassier'].indexOf(opts.role), model.baseMs).newId();

  const insertOrg = db.prepare('INSERT INTO organisation (id, name, agb, kind, is_kassier, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  const insertFunder = db.prepare('INSERT INTO funder (id, law, code, name, created_at) VALUES (?, ?, ?, ?, ?)');
  const insertCm = db.prepare('INSERT INTO casemanager (id, organisation_id, name, agb, created_at) VALUES (?, ?, ?, ?, ?)');
  const insertClient = db.prepare(
    `INSERT INTO client (id, voornaam, tussenvoegsel, achternaam, geboortedatum, bsn, bsn_status, status, casemanager_id,
       organisation_id, gemeente_code, sort_key, search_text, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertInstallation = db.prepare(
    `INSERT INTO installation (id, role, organisation_id, user_name, casemanager_id, network_name, demo_seed, demo_size, created_at, created_by_app_version)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  db.transaction(() => {
    for (const o of model.organisations) insertOrg.run(o.id, o.name, o.agb, o.kind, o.isKassier ? 1 : 0, createdAt);
    for (const f of model.funders) insertFunder.run(f.id, f.law, f.code, f.name, createdAt);
    for (const c of part.casemanagers) insertCm.run(c.id, c.organisationId, c.name, c.agb, createdAt);
    for (const c of part.clients) {
      insertClient.run(
        c.id, c.voornaam, c.tussenvoegsel, c.achternaam, c.geboortedatum, c.bsn, c.bsnStatus, c.status,
        c.casemanagerId, c.organisationId, c.gemeenteCode, sortKey(c), searchText(c), createdAt, createdAt,
      );
    }
    insertInstallation.run(installationId, opts.role, part.organisationId, part.userName, part.casemanagerId, model.networkName, opts.seed, opts.size, createdAt, APP_VERSION);
  }).immediate();

  return {
    role: opts.role,
    size: opts.size,
    seed: opts.seed,
    organisations: model.organisations.length,
    funders: model.funders.length,
    casemanagers: part.casemanagers.length,
    clients: part.clients.length,
  };
}
