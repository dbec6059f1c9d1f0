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
import { ensureActivityTypes } from '../services/activities';
import { updateSettings } from '../services/settings';
import { demoKeySeed, installationKey } from '../services/signing';
import { buildDossiers, type DossierModel } from './dossier-model';
import { buildRegistrations, DEMO_ATTRIBUTION_RULES, type DemoRegistration } from './registrations-model';
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
  plans: number;
  registrations: number;
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
  const dossiers = buildDossiers(model);
  let plans = 0;
  let registrations = 0;
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
    plans = writeDossiers(core, dossiers, new Set(part.clients.map((c) => c.id)), opts.role, createdAt);
    const { orm, clock, ids } = core.internals;
    ensureActivityTypes({ orm });
    updateSettings({ orm, clock }, { attribution: DEMO_ATTRIBUTION_RULES });
    // Demo keys derive from the seed: the same demo installation always signs with the same key.
    installationKey({ orm, clock, ids }, demoKeySeed(opts.seed, installationId));
    if (opts.role === 'arrangeur') {
      const mine = buildRegistrations(model, dossiers, { clientIds: new Set(part.clients.map((c) => c.id)), casemanagerIds: new Set([part.casemanagerId!]) });
      registrations = writeRegistrations(core, mine, createdAt);
    }
  }).immediate();

  return {
    role: opts.role,
    size: opts.size,
    seed: opts.seed,
    organisations: model.organisations.length,
    funders: model.funders.length,
    casemanagers: part.casemanagers.length,
    clients: part.clients.length,
    plans,
    registrations,
  };
}

function writeRegistrations(core: Core, rows: DemoRegistration[], createdAt: number): number {
  const insert = core.internals.db.prepare(
    `INSERT INTO registration (id, version, supersedes, casemanager_id, organisation_id, client_id, naaste_member_id, activity_code, nza_kind, direct, date,
       started_at, tz_offset_min, minutes, note, funding_id, basis, overridden, deleted, created_at, updated_at)
     VALUES (?, 1, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?)`,
  );
  for (const r of rows) {
    insert.run(r.id, r.casemanagerId, r.organisationId, r.clientId, r.naasteMemberId, r.activityCode, r.nzaKind, r.direct ? 1 : 0, r.date, r.startedAt, r.tzOffsetMin, r.minutes, r.note, r.fundingId, r.basis, createdAt, createdAt);
  }
  return rows.length;
}

/**
 * What of the dossiers a role holds: every role the product catalogues; the arrangeur
 * the full dossiers of its own caseload; the kassier identity, timeline and funding of
 * all clients (it declares to funders) but no network or plan text (data minimisation).
 */
function writeDossiers(core: Core, d: DossierModel, clientIds: Set<string>, role: Role, createdAt: number): number {
  const { db } = core.internals;
  const product = db.prepare(
    `INSERT INTO gemeente_product (id, gemeente_code, product_categorie, product_code, omschrijving, eenheid, tarief_cents, valid_from, valid_to, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const p of d.products) product.run(p.id, p.gemeenteCode, p.productCategorie, p.productCode, p.omschrijving, p.eenheid, p.tariefCents, p.validFrom, p.validTo, createdAt);
  if (role === 'ketenregisseur') return 0;
  const mine = <T extends { clientId: string }>(rows: T[]) => rows.filter((r) => clientIds.has(r.clientId));

  const event = db.prepare('INSERT INTO client_event (id, client_id, kind, date, detail, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  for (const e of mine(d.events)) event.run(e.id, e.clientId, e.kind, e.date, e.detail, createdAt, createdAt);
  const fund = db.prepare(
    `INSERT INTO funding (id, client_id, kind, status, start_date, end_date, funder_id, onder_mandaat, toewijzing_nummer, product_categorie, product_code,
       volume, eenheid, frequentie, zvw_soort, wlz_zorgprofiel, wlz_leveringsvorm, created_at, updated_at)
     VALUES (?, ?, ?, 'toegekend', ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const f of mine(d.funding)) {
    fund.run(f.id, f.clientId, f.kind, f.startDate, f.endDate, f.funderId, f.toewijzingNummer, f.productCategorie, f.productCode, f.volume, f.eenheid, f.frequentie, f.zvwSoort, f.wlzZorgprofiel, f.wlzLeveringsvorm, createdAt, createdAt);
  }
  const detail = db.prepare(
    `UPDATE client SET geslacht = ?, adres_straat = ?, adres_huisnummer = ?, adres_postcode = ?, adres_woonplaats = ?, telefoon = ?, huisarts = ?,
       voorkeurstaal = ?, woonsituatie = ?, verwijzer_soort = ?, verwijzer_naam = ?, bsn_verified_on = ? WHERE id = ?`,
  );
  const identityOnly = db.prepare('UPDATE client SET geslacht = ?, bsn_verified_on = ? WHERE id = ?');
  for (const c of mine(d.details)) {
    if (role === 'kassier') identityOnly.run(c.geslacht, c.bsnVerifiedOn, c.clientId);
    else detail.run(c.geslacht, c.adresStraat, c.adresHuisnummer, c.adresPostcode, c.adresWoonplaats, c.telefoon, c.huisarts, c.voorkeurstaal, c.woonsituatie, c.verwijzerSoort, c.verwijzerNaam, c.bsnVerifiedOn, c.clientId);
  }
  if (role === 'kassier') return 0;

  const member = db.prepare(
    `INSERT INTO network_member (id, client_id, kind, name, relation, is_mantelzorger, is_contactpersoon, organisation_id, organisation_name, telefoon, taken, behoeften, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const load = db.prepare('INSERT INTO mantelzorg_load (id, member_id, date, score, note, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  for (const m of mine(d.members)) {
    member.run(m.id, m.clientId, m.kind, m.name, m.relation, m.isMantelzorger ? 1 : 0, m.isContactpersoon ? 1 : 0, m.organisationId, m.organisationName, m.telefoon, m.taken, m.behoeften, createdAt, createdAt);
    for (const l of m.load) load.run(l.id, m.id, l.date, l.score, l.note, createdAt);
  }
  const plan = db.prepare('INSERT INTO plan (id, client_id, domain_set, created_at) VALUES (?, ?, ?, ?)');
  const version = db.prepare(
    `INSERT INTO plan_version (id, plan_id, version_no, status, based_on_version_id, verkenning, wensen, naasten, ingangsdatum, evaluatiedatum, vastgesteld_op,
       consent_date, consent_method, consent_by, consent_witness, evaluated_on, evaluatie, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const goal = db.prepare('INSERT INTO goal (id, plan_version_id, origin_id, domain, description, target_date, status, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const action = db.prepare(
    `INSERT INTO plan_action (id, plan_version_id, origin_id, goal_id, description, performer_kind, performer_member_id, performer_organisation_id, performer_name,
       frequency_count, frequency_unit, start_date, end_date, financing, funding_id, informeel_overwogen, informeel_toelichting, position, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const score = db.prepare(
    'INSERT INTO domain_score (id, client_id, plan_version_id, domain_set, domain, score, scored_on, scored_by, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)',
  );
  const plans = mine(d.plans);
  for (const p of plans) {
    plan.run(p.id, p.clientId, p.domainSet, createdAt);
    for (const v of p.versions) {
      version.run(v.id, p.id, v.versionNo, v.status, v.basedOnVersionId, v.verkenning, v.wensen, v.naasten, v.ingangsdatum, v.evaluatiedatum, v.consent?.date ?? null,
        v.consent?.date ?? null, v.consent?.method ?? null, v.consent?.by ?? null, v.consent?.witness ?? null, v.evaluatedOn, v.evaluatie, createdAt, createdAt);
      for (const g of v.goals) goal.run(g.id, v.id, g.originId, g.domain, g.description, g.targetDate, g.status, g.position, createdAt, createdAt);
      for (const a of v.actions) {
        action.run(a.id, v.id, a.originId, a.goalId, a.description, a.performerKind, a.performerMemberId, a.performerOrganisationId, a.performerName,
          a.frequencyCount, a.frequencyUnit, a.startDate, a.endDate, a.financing, a.fundingId, a.informeelOverwogen ? 1 : 0, a.informeelToelichting, a.position, createdAt, createdAt);
      }
      for (const sc of v.scores) score.run(sc.id, p.clientId, v.id, p.domainSet, sc.domain, sc.score, sc.scoredOn, sc.scoredBy, createdAt);
    }
  }
  return plans.length;
}
