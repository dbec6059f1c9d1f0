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
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

import { CLIENT_STATUSES, LAWS, ORGANISATION_KINDS, ROLES } from '../domain/enums';

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

/** Table names as change topics: the dispatcher's "changed" events name these. */
export const TABLES = ['installation', 'organisation', 'funder', 'casemanager', 'client'] as const;
export type TableName = (typeof TABLES)[number];

export type ClientRowDb = typeof client.$inferSelect;
export type OrganisationRowDb = typeof organisation.$inferSelect;
