/**
 * Shared pieces of the proof suites (test/proof): iteration counts that grow under
 * `npm run test:stress`, a handler context for calling services directly, a genuine
 * producer whose bundles the kassier trusts, and database snapshots that show
 * "nothing changed" without trusting the code under test.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { APP_VERSION } from '../../electron/core/app-info';
import type { CoreContext } from '../../electron/core/context';
import type { Db } from '../../electron/core/db/open';
import type { Core } from '../../electron/core/host';
import { silentLogger } from '../../electron/core/logger';
import { readInstallation } from '../../electron/core/repo/installation';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { buildBundle, REGISTRATION_COLUMNS, signBundleBytes, type Cell } from '../../electron/core/services/bundle';
import { signingKey } from '../../shared/schema/index';
import type { Laptop } from './exchange';

/** `SCHOTVRIJ_STRESS=1` (npm run test:stress): the same suites, many more iterations. */
export const STRESS = process.env.SCHOTVRIJ_STRESS === '1';
export const scaled = (normal: number, stress: number): number => (STRESS ? stress : normal);
/** Test timeouts grow with the iteration counts. */
export const timeout = (normalMs: number): number => (STRESS ? normalMs * 40 : normalMs);

/**
 * The context the dispatcher hands a handler, built from a core's internals, so a
 * service (importBundle, importCsv, trustIdentity) can be called directly and what it
 * throws can be checked with `instanceof` — the dispatcher would turn it into data.
 */
export function coreContext(core: Core): CoreContext {
  const { db, orm, clock, ids } = core.internals;
  return {
    db,
    orm,
    clock,
    ids,
    logger: silentLogger,
    appVersion: APP_VERSION,
    dbPath: core.dbPath,
    backupDir: core.backupDir,
    key: undefined,
    installation: () => readInstallation(orm),
    backup: (kind) => core.backup(kind),
    progress: () => undefined,
  };
}

const tableNames = (db: Db): string[] =>
  (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[]).map((t) => t.name);

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

const countStatements = new WeakMap<Db, { tables: string[]; stmt: Database.Statement<[], number[]> }>();

/** Rows per table, every table (bookkeeping included); one prepared statement per connection, fast enough to run after every fuzz case. */
export function rowCounts(db: Db): Record<string, number> {
  let c = countStatements.get(db);
  const tables = tableNames(db);
  if (!c || c.tables.join() !== tables.join()) {
    c = { tables, stmt: db.prepare<[], number[]>(`SELECT ${tables.map((t) => `(SELECT count(*) FROM ${quoted(t)})`).join(', ')}`).raw(true) };
    countStatements.set(db, c);
  }
  const values = c.stmt.get()!;
  return Object.fromEntries(tables.map((t, i) => [t, values[i]!]));
}

/** SHA-256 over every row of every table, order-independent: equal digests = equal content. */
export function contentDigest(db: Db): string {
  const h = createHash('sha256');
  for (const t of tableNames(db)) {
    const rows = (db.prepare(`SELECT * FROM ${quoted(t)}`).raw(true).all() as unknown[][]).map((r) =>
      JSON.stringify(r.map((v) => (v instanceof Uint8Array ? `x'${Buffer.from(v).toString('hex')}'` : typeof v === 'bigint' ? `${v}n` : v))),
    );
    rows.sort();
    h.update(`${t}\n${rows.join('\n')}\n`);
  }
  return h.digest('hex');
}

/** The same digest of a database file on disk, through a fresh read-only connection. */
export function fileContentDigest(path: string): string {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return contentDigest(db);
  } finally {
    db.close();
  }
}

/** The database file bytes as they are on disk (main file + WAL). A refused import writes neither. */
export function fileBytesDigest(dbPath: string): string {
  const h = createHash('sha256');
  for (const f of [dbPath, `${dbPath}-wal`]) if (existsSync(f)) h.update(readFileSync(f));
  return h.digest('hex');
}

export interface Producer {
  installationId: string;
  organisationAgb: string;
  organisationName: string;
  label: string;
  fingerprint: string;
  privateKeyDer: Buffer;
}

/** The identity and private key of a casemanager laptop: signs bundles exactly as its export would. */
export async function producerOf(l: Laptop): Promise<Producer> {
  const id = await l.core.call('identity.get');
  const key = l.core.internals.orm.select().from(signingKey).get()!;
  return { installationId: id.installationId, organisationAgb: l.agb, organisationName: id.organisationName, label: id.label, fingerprint: id.fingerprint, privateKeyDer: Buffer.from(key.privateKey, 'base64') };
}

export type RegistrationRow = Record<(typeof REGISTRATION_COLUMNS)[number], Cell>;

/** A valid registrations.csv row of `agb` (format v1): client-bound, Zvw, in 2026-11. */
export function validRow(agb: string, over: Partial<RegistrationRow> = {}): RegistrationRow {
  return {
    registration_id: 'r1', version: 1, supersedes: null, deleted: 0, organisation_agb: agb, casemanager_agb: null, client_key: 'c1', bsn: null, bsn_status: null,
    naaste_ref: null, activity_code: 'direct', activity_kind: 'direct', direct: 1, date: '2026-11-02', started_at: null, tz_offset_min: 60, minutes: 30,
    basis: 'client', funder_type: 'ZVW', funder_code: '9901', toewijzing_nr: null, product_code: null, correction_reason: null, note_present: 0,
    ...over,
  };
}

/** A bundle signed with the producer's key; everything a genuine (or buggy, or newer) producer could write. */
export function signedBundle(
  p: Producer,
  opts: {
    batchId: string;
    rows: readonly (readonly Cell[])[];
    columns?: readonly string[];
    period?: string;
    events?: readonly (readonly Cell[])[];
    seq?: number;
  },
): Uint8Array {
  const files: Record<string, { columns: readonly string[]; rows: readonly (readonly Cell[])[] }> = {
    'registrations.csv': { columns: opts.columns ?? REGISTRATION_COLUMNS, rows: opts.rows },
  };
  if (opts.events) files['events.csv'] = { columns: ['client_key', 'kind', 'date'], rows: opts.events };
  const { bytes } = buildBundle({
    manifest: {
      kind: 'registrations',
      app: { name: 'Schotvrij', version: 'proof', schemaVersion: 3 },
      producer: { installationId: p.installationId, organisationAgb: p.organisationAgb, organisationName: p.organisationName, role: 'arrangeur', label: p.label, fingerprint: p.fingerprint },
      batch: { id: opts.batchId, seq: opts.seq ?? 1, createdAt: '2026-11-23T10:00:00.000Z' },
      period: opts.period ?? '2026-11',
      totals: { rows: opts.rows.length, minutes: 0 },
    },
    files,
    privateKeyDer: p.privateKeyDer,
  });
  return bytes;
}

/**
 * Unzips a bundle, lets `edit` change its entries (manifest.json included), zips and
 * signs it again with `privateKeyDer`: a file as a producer with that key would write it.
 */
export function resign(bytes: Uint8Array, privateKeyDer: Uint8Array, edit: (entries: Record<string, Uint8Array>) => void): Uint8Array {
  const entries = unzipSync(bytes);
  edit(entries);
  return signBundleBytes(zipSync(entries, { mtime: new Date(Date.UTC(2020, 0, 1)) }), privateKeyDer);
}

/** The manifest of a bundle, as a plain object to edit. */
export function editManifest(entries: Record<string, Uint8Array>, edit: (m: Record<string, unknown>) => void): void {
  const m = JSON.parse(strFromU8(entries['manifest.json']!)) as Record<string, unknown>;
  edit(m);
  entries['manifest.json'] = strToU8(JSON.stringify(m, null, 2));
}

export const cells = (r: RegistrationRow): Cell[] => REGISTRATION_COLUMNS.map((c) => r[c]);

/** Every reason code a refusal may carry (docs/formats.md §1, "Import rules"). */
export const REFUSAL_CODES = ['MALFORMED', 'FUTURE_FORMAT', 'UNKNOWN_SIGNER', 'REVOKED_SIGNER', 'BAD_SIGNATURE', 'HASH_MISMATCH', 'TRUNCATED', 'CONFLICT', 'BAD_ROW', 'BAD_ELFPROEF', 'PERIOD_MISMATCH'] as const;
