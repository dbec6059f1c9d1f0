/**
 * The database schema (drizzle, sqlite-core). The renderer may import TYPES from
 * here only; all queries run in electron/core.
 *
 * Conventions (architecture.md §6.2):
 * - ids are UUIDv7 text (time-ordered: inserts append to the B-tree);
 * - instants are INTEGER epoch ms UTC; calendar dates are 'YYYY-MM-DD' text;
 * - money is integer eurocents, time is integer minutes — never floats;
 * - SQL names are snake_case.
 *
 * IMPORTANT: after changing this file run `npm run db:generate` and review the SQL.
 * A generated `__new_<table>` rebuild or DROP needs explicit review (architecture.md §6.2).
 */
import { sql } from 'drizzle-orm';
import { blob, check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

import {
  ACTION_FREQUENCY_UNITS,
  CLIENT_EVENT_KINDS,
  CLIENT_STATUSES,
  CONSENT_METHODS,
  FUNDING_KINDS,
  FUNDING_STATUSES,
  GOAL_STATUSES,
  LAWS,
  NETWORK_KINDS,
  ORGANISATION_KINDS,
  PERFORMER_KINDS,
  PLAN_STATUSES,
  ROLES,
} from '../domain/enums';

export { CLIENT_STATUSES, LAWS, ORGANISATION_KINDS, ROLES };
export type { ClientStatus, Law, OrganisationKind, Role } from '../domain/enums';

/** One row: who this installation is. Written at setup, read everywhere. */
export const installation = sqliteTable('installation', {
  id: text('id').primaryKey(),
  role: text('role', { enum: ROLES }).notNull(),
  organisationId: text('organisation_id')
    .notNull()
    .references(() => organisation.id),
  userName: text('user_name').notNull(),
  /** For an arrangeur installation: the casemanager record of its user (new clients go to them). */
  casemanagerId: text('casemanager_id'),
  networkName: text('network_name').notNull(),
  /** Non-null for a demo workspace: the generator seed. Demo data is fictional. */
  demoSeed: integer('demo_seed'),
  demoSize: text('demo_size'),
  createdAt: integer('created_at').notNull(),
  createdByAppVersion: text('created_by_app_version').notNull(),
});

/** Member organisations of the network (zorgaanbieders), one of which may be kassier. */
export const organisation = sqliteTable(
  'organisation',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    /** AGB code, 8 digits (Vektis). Optional for organisations outside care (welzijn). */
    agb: text('agb'),
    kind: text('kind', { enum: ORGANISATION_KINDS }).notNull(),
    isKassier: integer('is_kassier', { mode: 'boolean' }).notNull().default(false),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [uniqueIndex('organisation_agb_uq').on(t.agb), check('organisation_agb_ck', sql`${t.agb} IS NULL OR (length(${t.agb}) = 8 AND ${t.agb} NOT GLOB '*[^0-9]*')`)],
);

/** Funders: gemeente (WMO, CBS code), zorgverzekeraar (ZVW, UZOVI), zorgkantoor (WLZ). */
export const funder = sqliteTable(
  'funder',
  {
    id: text('id').primaryKey(),
    law: text('law', { enum: LAWS }).notNull(),
    /** CBS gemeentecode (4 digits), UZOVI (4 digits) or zorgkantoor code. */
    code: text('code').notNull(),
    name: text('name').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [uniqueIndex('funder_law_code_uq').on(t.law, t.code)],
);

/** Casemanagers / arrangeurs. They stay employed by their own organisation (domain.md §6 #3). */
export const casemanager = sqliteTable(
  'casemanager',
  {
    id: text('id').primaryKey(),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisation.id),
    name: text('name').notNull(),
    /** AGB zorgverlenerscode, 8 digits. */
    agb: text('agb'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('casemanager_organisation_idx').on(t.organisationId)],
);

export const client = sqliteTable(
  'client',
  {
    id: text('id').primaryKey(),
    voornaam: text('voornaam'),
    tussenvoegsel: text('tussenvoegsel'),
    achternaam: text('achternaam').notNull(),
    geboortedatum: text('geboortedatum').notNull(),
    /** 9-character string, elfproef-checked on entry. Null while unknown (e.g. at aanmelding). */
    bsn: text('bsn'),
    bsnStatus: text('bsn_status', { enum: ['unverified', 'verified_sbvz', 'verified_gemeente'] })
      .notNull()
      .default('unverified'),
    status: text('status', { enum: CLIENT_STATUSES }).notNull().default('aangemeld'),
    casemanagerId: text('casemanager_id').references(() => casemanager.id),
    organisationId: text('organisation_id').references(() => organisation.id),
    /** CBS code of the client's gemeente (Wmo funder). */
    gemeenteCode: text('gemeente_code'),
    /** BSN verification (domain.md §11.2): when, by whom, on which identity document. */
    bsnVerifiedOn: text('bsn_verified_on'),
    bsnVerifiedBy: text('bsn_verified_by'),
    idDocumentType: text('id_document_type'),
    idDocumentNumber: text('id_document_number'),
    /** iWmo LDT_Geslacht: 0 onbekend, 1 man, 2 vrouw. */
    geslacht: text('geslacht'),
    adresStraat: text('adres_straat'),
    adresHuisnummer: text('adres_huisnummer'),
    adresPostcode: text('adres_postcode'),
    adresWoonplaats: text('adres_woonplaats'),
    telefoon: text('telefoon'),
    email: text('email'),
    huisarts: text('huisarts'),
    voorkeurstaal: text('voorkeurstaal'),
    woonsituatie: text('woonsituatie'),
    woonsituatieToelichting: text('woonsituatie_toelichting'),
    verwijzerSoort: text('verwijzer_soort'),
    verwijzerNaam: text('verwijzer_naam'),
    /** Derived from the name parts (shared/domain/names.ts); kept for indexed sorting and search. */
    sortKey: text('sort_key').notNull(),
    searchText: text('search_text').notNull(),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    index('client_sort_idx').on(t.sortKey, t.id),
    index('client_casemanager_idx').on(t.casemanagerId),
    // One person, one BSN: the same BSN twice is a duplicate client, never two people.
    uniqueIndex('client_bsn_uq').on(t.bsn).where(sql`${t.bsn} IS NOT NULL`),
    check('client_bsn_ck', sql`${t.bsn} IS NULL OR (length(${t.bsn}) = 9 AND ${t.bsn} NOT GLOB '*[^0-9]*')`),
    check('client_geboortedatum_ck', sql`${t.geboortedatum} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`),
  ],
);

/**
 * The client's timeline: verwijzing, aanmelding, first care contact, opname, overlijden…
 * client.status is derived from these (shared/domain/client-status.ts) in the same
 * transaction; the ketenregisseur's monitoring and the NZa report read the dates.
 */
export const clientEvent = sqliteTable(
  'client_event',
  {
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => client.id),
    kind: text('kind', { enum: CLIENT_EVENT_KINDS }).notNull(),
    date: text('date').notNull(),
    /** Free detail: the verwijzer, the instelling of an opname, the reason of an uitschrijving. */
    detail: text('detail'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [index('client_event_client_idx').on(t.clientId, t.date), index('client_event_kind_idx').on(t.kind, t.date)],
);

/** The client's network: naasten and mantelzorgers, volunteers, and professionals. */
export const networkMember = sqliteTable(
  'network_member',
  {
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => client.id),
    kind: text('kind', { enum: NETWORK_KINDS }).notNull(),
    name: text('name').notNull(),
    /** Naaste: partner, dochter, buurman …; professional: huisarts, wijkverpleging, dagbesteding … */
    relation: text('relation').notNull(),
    isMantelzorger: integer('is_mantelzorger', { mode: 'boolean' }).notNull().default(false),
    isContactpersoon: integer('is_contactpersoon', { mode: 'boolean' }).notNull().default(false),
    /** Legal representation: mentor, curator, bewindvoerder, gevolmachtigde. */
    vertegenwoordiging: text('vertegenwoordiging'),
    organisationId: text('organisation_id').references(() => organisation.id),
    organisationName: text('organisation_name'),
    telefoon: text('telefoon'),
    email: text('email'),
    /** What they do for the client. */
    taken: text('taken'),
    /** What they need to keep going (mantelzorgers). */
    behoeften: text('behoeften'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    /** Soft delete: the plan may still show who did what in an earlier version. */
    deletedAt: integer('deleted_at'),
  },
  (t) => [index('network_member_client_idx').on(t.clientId)],
);

/** How heavy caring is for a mantelzorger (0 = niet zwaar … 10 = niet vol te houden), over time. */
export const mantelzorgLoad = sqliteTable(
  'mantelzorg_load',
  {
    id: text('id').primaryKey(),
    memberId: text('member_id')
      .notNull()
      .references(() => networkMember.id),
    date: text('date').notNull(),
    score: integer('score').notNull(),
    note: text('note'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('mantelzorg_load_member_idx').on(t.memberId, t.date), check('mantelzorg_load_score_ck', sql`${t.score} BETWEEN 0 AND 10`)],
);

/**
 * Funding per client per law, with a period: the Wmo toewijzing, the Zvw indication, the
 * Wlz indication, or own/informal/other money. Law-specific columns are null elsewhere.
 */
export const funding = sqliteTable(
  'funding',
  {
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => client.id),
    kind: text('kind', { enum: FUNDING_KINDS }).notNull(),
    status: text('status', { enum: FUNDING_STATUSES }).notNull(),
    startDate: text('start_date').notNull(),
    endDate: text('end_date'),
    funderId: text('funder_id').references(() => funder.id),
    /** Prepared or requested by the arrangeur under the funder's mandate (004:582-584). */
    onderMandaat: integer('onder_mandaat', { mode: 'boolean' }).notNull().default(false),
    aangevraagdOp: text('aangevraagd_op'),
    // Wmo toewijzing (standards.md §2.3)
    toewijzingNummer: integer('toewijzing_nummer'),
    productCategorie: text('product_categorie'),
    productCode: text('product_code'),
    volume: integer('volume'),
    eenheid: text('eenheid'),
    frequentie: text('frequentie'),
    budgetCents: integer('budget_cents'),
    // Zvw
    zvwSoort: text('zvw_soort'),
    /** Indicated care time per week, in minutes (integer, never fractional hours). */
    zvwMinutenPerWeek: integer('zvw_minuten_per_week'),
    // Wlz
    wlzZorgprofiel: text('wlz_zorgprofiel'),
    wlzLeveringsvorm: text('wlz_leveringsvorm'),
    omschrijving: text('omschrijving'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    deletedAt: integer('deleted_at'),
  },
  (t) => [
    index('funding_client_idx').on(t.clientId, t.kind, t.startDate),
    check('funding_period_ck', sql`${t.endDate} IS NULL OR ${t.endDate} >= ${t.startDate}`),
  ],
);

/** Per-gemeente Wmo product catalogue: product codes are local and change over time. */
export const gemeenteProduct = sqliteTable(
  'gemeente_product',
  {
    id: text('id').primaryKey(),
    gemeenteCode: text('gemeente_code').notNull(),
    productCategorie: text('product_categorie').notNull(),
    productCode: text('product_code').notNull(),
    omschrijving: text('omschrijving').notNull(),
    eenheid: text('eenheid').notNull(),
    /** Tariff per eenheid in eurocents; null when the contract sets it elsewhere. */
    tariefCents: integer('tarief_cents'),
    validFrom: text('valid_from').notNull(),
    validTo: text('valid_to'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [uniqueIndex('gemeente_product_uq').on(t.gemeenteCode, t.productCode, t.validFrom)],
);

/** One integraal ondersteuningsplan per client, scored with one domain set. */
export const plan = sqliteTable(
  'plan',
  {
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => client.id),
    domainSet: text('domain_set').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [uniqueIndex('plan_client_uq').on(t.clientId)],
);

export const planVersion = sqliteTable(
  'plan_version',
  {
    id: text('id').primaryKey(),
    planId: text('plan_id')
      .notNull()
      .references(() => plan.id),
    versionNo: integer('version_no').notNull(),
    status: text('status', { enum: PLAN_STATUSES }).notNull(),
    basedOnVersionId: text('based_on_version_id'),
    /** The situation and wishes in the client's own words. */
    verkenning: text('verkenning'),
    wensen: text('wensen'),
    /** What the naasten need to keep caring (001:170-173). */
    naasten: text('naasten'),
    ingangsdatum: text('ingangsdatum'),
    einddatum: text('einddatum'),
    evaluatiedatum: text('evaluatiedatum'),
    vastgesteldOp: text('vastgesteld_op'),
    consentDate: text('consent_date'),
    consentMethod: text('consent_method', { enum: CONSENT_METHODS }),
    consentBy: text('consent_by'),
    consentWitness: text('consent_witness'),
    consentSignature: text('consent_signature'),
    evaluatedOn: text('evaluated_on'),
    evaluatie: text('evaluatie'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [uniqueIndex('plan_version_no_uq').on(t.planId, t.versionNo), index('plan_version_eval_idx').on(t.status, t.evaluatiedatum)],
);

/** Domain scores as a time series per client: progress shows across versions. */
export const domainScore = sqliteTable(
  'domain_score',
  {
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => client.id),
    planVersionId: text('plan_version_id').references(() => planVersion.id),
    domainSet: text('domain_set').notNull(),
    domain: text('domain').notNull(),
    score: integer('score').notNull(),
    scoredOn: text('scored_on').notNull(),
    scoredBy: text('scored_by', { enum: ['client', 'professional', 'samen'] }).notNull(),
    note: text('note'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('domain_score_client_idx').on(t.clientId, t.domainSet, t.scoredOn)],
);

export const goal = sqliteTable(
  'goal',
  {
    id: text('id').primaryKey(),
    planVersionId: text('plan_version_id')
      .notNull()
      .references(() => planVersion.id),
    /** The same goal across versions shares its origin: progress can be followed. */
    originId: text('origin_id').notNull(),
    domain: text('domain').notNull(),
    description: text('description').notNull(),
    targetDate: text('target_date'),
    status: text('status', { enum: GOAL_STATUSES }).notNull(),
    position: integer('position').notNull(),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    deletedAt: integer('deleted_at'),
  },
  (t) => [index('goal_version_idx').on(t.planVersionId, t.position)],
);

/** Who does what, how often, paid from which law — formal and informal side by side. */
export const planAction = sqliteTable(
  'plan_action',
  {
    id: text('id').primaryKey(),
    planVersionId: text('plan_version_id')
      .notNull()
      .references(() => planVersion.id),
    originId: text('origin_id').notNull(),
    goalId: text('goal_id').references(() => goal.id),
    description: text('description').notNull(),
    performerKind: text('performer_kind', { enum: PERFORMER_KINDS }).notNull(),
    performerMemberId: text('performer_member_id').references(() => networkMember.id),
    performerOrganisationId: text('performer_organisation_id').references(() => organisation.id),
    performerName: text('performer_name'),
    frequencyCount: integer('frequency_count'),
    frequencyUnit: text('frequency_unit', { enum: ACTION_FREQUENCY_UNITS }),
    startDate: text('start_date').notNull(),
    endDate: text('end_date'),
    financing: text('financing', { enum: FUNDING_KINDS }).notNull(),
    fundingId: text('funding_id').references(() => funding.id),
    /** "Informal help first": were naasten or volunteers considered before this formal action? */
    informeelOverwogen: integer('informeel_overwogen', { mode: 'boolean' }).notNull().default(false),
    informeelToelichting: text('informeel_toelichting'),
    position: integer('position').notNull(),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    deletedAt: integer('deleted_at'),
  },
  (t) => [index('plan_action_version_idx').on(t.planVersionId, t.position), index('plan_action_funding_idx').on(t.fundingId)],
);

/**
 * Undo for a concept plan version: each change stores its inverse. Kept in the
 * database, so undo survives a restart; emptied when the version leaves concept.
 */
export const planUndo = sqliteTable(
  'plan_undo',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    planVersionId: text('plan_version_id')
      .notNull()
      .references(() => planVersion.id),
    label: text('label').notNull(),
    /** Coalescing key: repeated edits of one field within a minute share one undo step. */
    target: text('target').notNull(),
    inverse: text('inverse').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('plan_undo_version_idx').on(t.planVersionId, t.seq)],
);

/** Installation and network settings (key → JSON value); defaults live in the contract. */
export const setting = sqliteTable('setting', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

/** Activity types for time registration: configurable per installation, seeded with the defaults. */
export const activityType = sqliteTable('activity_type', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  /** client | optional | none | naaste — see shared/domain/attribution.ts */
  clientLink: text('client_link').notNull(),
  /** NZa: direct | verplaatst | indicatiestelling count as directe zorgverlening; indirect does not. */
  nzaKind: text('nza_kind').notNull(),
  /** JSON array of laws that may pay this activity, in order of preference. */
  laws: text('laws').notNull(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  position: integer('position').notNull(),
});

/**
 * Time registrations, one row per VERSION. A registration that has been exported is
 * immutable — enforced by triggers (migration 0002) as well as by the core: a
 * correction is a new version that supersedes the old one, a removal a tombstone
 * version. The current version of a registration is the one with the highest number.
 */
export const registration = sqliteTable(
  'registration',
  {
    id: text('id').notNull(),
    version: integer('version').notNull(),
    supersedes: integer('supersedes'),
    casemanagerId: text('casemanager_id').references(() => casemanager.id),
    organisationId: text('organisation_id').references(() => organisation.id),
    clientId: text('client_id').references(() => client.id),
    naasteMemberId: text('naaste_member_id').references(() => networkMember.id),
    activityCode: text('activity_code').notNull(),
    /** Snapshot of the activity's NZa kind when registered: history does not shift when settings change. */
    nzaKind: text('nza_kind').notNull(),
    direct: integer('direct', { mode: 'boolean' }).notNull(),
    /** Local calendar date (Europe/Amsterdam). */
    date: text('date').notNull(),
    /** Start instant (epoch ms UTC) when a time was given; null for "just minutes". */
    startedAt: integer('started_at'),
    tzOffsetMin: integer('tz_offset_min').notNull(),
    minutes: integer('minutes').notNull(),
    note: text('note'),
    fundingId: text('funding_id').references(() => funding.id),
    basis: text('basis', { enum: ['client', 'algemeen', 'nazorg', 'niet_toerekenbaar'] }).notNull(),
    overridden: integer('overridden', { mode: 'boolean' }).notNull().default(false),
    overrideReason: text('override_reason'),
    correctionReason: text('correction_reason'),
    deleted: integer('deleted', { mode: 'boolean' }).notNull().default(false),
    exportedBatchId: text('exported_batch_id'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.id, t.version] }),
    index('registration_date_idx').on(t.date),
    index('registration_client_idx').on(t.clientId, t.date),
    index('registration_export_idx').on(t.exportedBatchId),
    check('registration_minutes_ck', sql`${t.minutes} BETWEEN 1 AND 1440`),
    check('registration_version_ck', sql`${t.version} >= 1`),
  ],
);

/** "Week afgesloten": a casemanager's closed weeks ('YYYY-Www'). */
export const weekClose = sqliteTable(
  'week_close',
  {
    week: text('week').notNull(),
    casemanagerId: text('casemanager_id').notNull(),
    closedAt: integer('closed_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.casemanagerId, t.week] })],
);

/** A running timer, persisted: it survives a restart, sleep and a crash. One per casemanager. */
export const timer = sqliteTable('timer', {
  casemanagerId: text('casemanager_id').primaryKey(),
  startedAt: integer('started_at').notNull(),
  clientId: text('client_id').references(() => client.id),
  naasteMemberId: text('naaste_member_id').references(() => networkMember.id),
  activityCode: text('activity_code').notNull(),
  note: text('note'),
});

/** This installation's Ed25519 signing key. The private key is protected by the database encryption. */
export const signingKey = sqliteTable('signing_key', {
  id: text('id').primaryKey(),
  publicKey: text('public_key').notNull(),
  privateKey: text('private_key').notNull(),
  fingerprint: text('fingerprint').notNull(),
  createdAt: integer('created_at').notNull(),
});

/** Bundles this installation exported; the bytes are kept so a lost download can be fetched again. */
export const exportBatch = sqliteTable(
  'export_batch',
  {
    id: text('id').primaryKey(),
    seq: integer('seq').notNull(),
    kind: text('kind').notNull(),
    period: text('period').notNull(),
    rowCount: integer('row_count').notNull(),
    sha256: text('sha256').notNull(),
    fileName: text('file_name').notNull(),
    bundle: blob('bundle', { mode: 'buffer' }).notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [uniqueIndex('export_batch_seq_uq').on(t.kind, t.seq)],
);

/** Installations whose bundles this installation accepts (the kassier's trust store). */
export const trustedSigner = sqliteTable('trusted_signer', {
  installationId: text('installation_id').primaryKey(),
  organisationAgb: text('organisation_agb'),
  organisationName: text('organisation_name').notNull(),
  role: text('role'),
  label: text('label').notNull(),
  publicKey: text('public_key').notNull(),
  fingerprint: text('fingerprint').notNull(),
  trustedAt: integer('trusted_at').notNull(),
  revokedAt: integer('revoked_at'),
  /** X25519 public key (base64, 32 bytes) of a trusted kassier: BSNs in export bundles are sealed for it. */
  encryptionKey: text('encryption_key'),
});

/** Bundles (and CSV files) the kassier imported, all or nothing each. */
export const importBatch = sqliteTable(
  'import_batch',
  {
    id: text('id').primaryKey(),
    source: text('source', { enum: ['bundle', 'csv'] }).notNull(),
    installationId: text('installation_id'),
    organisationAgb: text('organisation_agb').notNull(),
    seq: integer('seq'),
    period: text('period'),
    formatVersion: integer('format_version').notNull(),
    appVersion: text('app_version'),
    sha256: text('sha256').notNull(),
    fileName: text('file_name').notNull(),
    rows: integer('rows').notNull(),
    accepted: integer('accepted').notNull(),
    duplicate: integer('duplicate').notNull(),
    manifest: text('manifest').notNull(),
    importedAt: integer('imported_at').notNull(),
  },
  (t) => [index('import_batch_org_idx').on(t.organisationAgb, t.seq)],
);

/**
 * Registrations as the kassier received them. Keyed on (organisation, registration id,
 * version): importing the same rows again inserts nothing (standards.md §8), and the
 * current version of a registration is its highest version, whatever the arrival order.
 */
export const importedRegistration = sqliteTable(
  'imported_registration',
  {
    organisationAgb: text('organisation_agb').notNull(),
    registrationId: text('registration_id').notNull(),
    version: integer('version').notNull(),
    supersedes: integer('supersedes'),
    deleted: integer('deleted', { mode: 'boolean' }).notNull(),
    batchId: text('batch_id')
      .notNull()
      .references(() => importBatch.id),
    casemanagerAgb: text('casemanager_agb'),
    clientKey: text('client_key'),
    bsn: text('bsn'),
    bsnStatus: text('bsn_status'),
    naasteRef: text('naaste_ref'),
    activityCode: text('activity_code').notNull(),
    nzaKind: text('nza_kind').notNull(),
    direct: integer('direct', { mode: 'boolean' }).notNull(),
    date: text('date').notNull(),
    startedAt: integer('started_at'),
    tzOffsetMin: integer('tz_offset_min').notNull(),
    minutes: integer('minutes').notNull(),
    basis: text('basis').notNull(),
    funderType: text('funder_type').notNull(),
    funderCode: text('funder_code'),
    toewijzingNummer: integer('toewijzing_nummer'),
    productCode: text('product_code'),
    correctionReason: text('correction_reason'),
    notePresent: integer('note_present', { mode: 'boolean' }).notNull(),
    /** Columns from a newer format this version does not know: kept, never dropped. */
    extra: text('extra'),
    importedAt: integer('imported_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationAgb, t.registrationId, t.version] }),
    index('imported_registration_period_idx').on(t.funderType, t.funderCode, t.date),
    index('imported_registration_batch_idx').on(t.batchId),
  ],
);

/** Timeline events that travel with registration bundles (no free text): the kassier checks attribution against them. */
export const importedEvent = sqliteTable(
  'imported_event',
  {
    organisationAgb: text('organisation_agb').notNull(),
    clientKey: text('client_key').notNull(),
    kind: text('kind').notNull(),
    date: text('date').notNull(),
    batchId: text('batch_id')
      .notNull()
      .references(() => importBatch.id),
  },
  (t) => [primaryKey({ columns: [t.organisationAgb, t.clientKey, t.kind, t.date] })],
);

/**
 * This installation's X25519 key pair: bundles that carry BSNs are sealed for the
 * receiving kassier's public key (services/sealing.ts). The private key lives only here,
 * in the encrypted database.
 */
export const encryptionKey = sqliteTable('encryption_key', {
  id: text('id').primaryKey(),
  publicKey: text('public_key').notNull(),
  privateKey: text('private_key').notNull(),
  createdAt: integer('created_at').notNull(),
});

/**
 * NEN 7513 access log: who did what with which client record, when — never the data.
 * Append-only (triggers refuse UPDATE, and DELETE of anything the retention anchor does
 * not cover) and hash-chained: hash = sha256(prev_hash + the entry's canonical fields).
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    seq: integer('seq').primaryKey(),
    at: integer('at').notNull(),
    event: text('event').notNull(),
    action: text('action').notNull(),
    clientId: text('client_id'),
    userName: text('user_name').notNull(),
    onBehalfOf: text('on_behalf_of'),
    installationId: text('installation_id').notNull(),
    objectType: text('object_type'),
    objectId: text('object_id'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_log_client_at').on(t.clientId, t.at), index('audit_log_at').on(t.at)],
);

/** Retention: entries up to `uptoSeq` were removed; the chain continues from `lastHash`. */
export const auditAnchor = sqliteTable('audit_anchor', {
  uptoSeq: integer('upto_seq').primaryKey(),
  lastHash: text('last_hash').notNull(),
  removed: integer('removed').notNull(),
  at: integer('at').notNull(),
});

/** Table names as change topics: the dispatcher's "changed" events name these. */
export const TABLES = [
  'installation',
  'organisation',
  'funder',
  'casemanager',
  'client',
  'client_event',
  'network_member',
  'mantelzorg_load',
  'funding',
  'gemeente_product',
  'plan',
  'plan_version',
  'domain_score',
  'goal',
  'plan_action',
  'plan_undo',
  'setting',
  'activity_type',
  'registration',
  'week_close',
  'timer',
  'signing_key',
  'export_batch',
  'trusted_signer',
  'import_batch',
  'imported_registration',
  'imported_event',
  'audit_log',
  'audit_anchor',
  'encryption_key',
] as const;
export type TableName = (typeof TABLES)[number];

export type ClientRowDb = typeof client.$inferSelect;
export type OrganisationRowDb = typeof organisation.$inferSelect;
