/**
 * createCore: one open Schotvrij database with its dispatcher. Plain Node — it never
 * imports Electron — and it holds no module-level state, so a test can run several
 * cores side by side (two casemanager laptops and a kassier in one process).
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  type CoreEvent,
  type CoreMethodName,
  type Input,
  type Output,
  type Result,
} from '../../shared/contract/index';
import { localDate } from '../../shared/domain/dates';
import { APP_VERSION } from './app-info';
import { type Clock, systemClock } from './clock';
import type { CoreContext, InstallationRecord } from './context';
import { inspectDatabaseFile, listBackups, restoreFileTo, takeBackup, type BackupKind } from './db/backup';
import { migrate, type Migration, type MigrateResult } from './db/migrate';
import { MIGRATIONS } from './db/migrations.generated';
import { type Db, type DbKey, openDatabase, rekeyConnection } from './db/open';
import { keyIdOf } from './security/keystore';
import { createDispatcher, type Dispatch, type HandlerMap } from './dispatcher';
import { SchotvrijError } from './errors';
import { clientHandlers } from './handlers/clients';
import { dossierHandlers } from './handlers/dossier';
import { fundingHandlers } from './handlers/funding';
import { networkHandlers } from './handlers/network';
import { planHandlers } from './handlers/plans';
import { registrationHandlers } from './handlers/registrations';
import { syncHandlers } from './handlers/sync';
import { systemHandlers } from './handlers/system';
import { type Ids, uuidV7Ids } from './ids';
import { type Logger, silentLogger } from './logger';
import { createOrm, type Orm } from './orm';
import { readInstallation } from './repo/installation';
import { ensureActivityTypes } from './services/activities';
import { type AuditRecord, appendAudit, applyAuditRetention, auditHead, hasAuditTables } from './services/audit';
import { AUDIT_RULES, auditRecordFor, preLookup } from './services/audit-rules';
import { auditHandlers } from './handlers/audit';
import { getSettings } from './services/settings';

export interface CoreOptions {
  dbPath: string;
  key?: DbKey | undefined;
  clock?: Clock;
  ids?: Ids;
  logger?: Logger;
  /** Default: `<folder of dbPath>/backups`. */
  backupDir?: string;
  /** Take the first automatic backup of the day on open (default true). */
  dailyBackup?: boolean;
  /** Default: the migrations bundled with this version. Tests pass their own. */
  migrations?: readonly Migration[];
  /** Parse every output against the contract (default true; microseconds per call). */
  validateOutput?: boolean;
}

export const coreHandlers: HandlerMap<CoreMethodName, CoreContext> = {
  ...systemHandlers,
  ...clientHandlers,
  ...dossierHandlers,
  ...networkHandlers,
  ...fundingHandlers,
  ...planHandlers,
  ...registrationHandlers,
  ...syncHandlers,
  ...auditHandlers,
};

/**
 * Screens re-read a dossier after every change event; one line per screen refresh would
 * bury the log. The same read (same method, client and object) by this installation is
 * logged at most once per this window. Writes, searches and exports are always logged.
 */
export const READ_DEDUPE_MS = 5 * 60_000;

export class CallError extends Error {
  constructor(readonly error: import('../../shared/contract/index').AppError) {
    super(`${error.code}: ${error.message}`);
    this.name = 'CallError';
  }
}

export interface Core {
  readonly dbPath: string;
  readonly backupDir: string;
  readonly migration: MigrateResult;
  /** Untyped entry for transports (IPC, HTTP): validates everything. */
  dispatch: Dispatch;
  /** Typed convenience for in-process callers (CLI, tests); throws CallError. */
  call<K extends CoreMethodName>(method: K, ...input: undefined extends Input<K> ? [Input<K>?] : [Input<K>]): Promise<Output<K>>;
  onEvent(listener: (e: CoreEvent) => void): () => void;
  installation(): InstallationRecord | null;
  backup(kind: BackupKind): ReturnType<typeof takeBackup>;
  /**
   * Replace the database with a verified backup (pre-restore backup first); the core reopens.
   * `backupKey`: the key the backup is under when it predates a rekey (default: the live key).
   */
  restore(backupFile: string, backupKey?: DbKey): void;
  /** Re-encrypt the live database under a new key (or encrypt a plaintext one); the core stays open. */
  rekey(to: DbKey): void;
  /** A log line for what happens around the core (unlock, lock, restore, rekey): the host writes these. */
  audit(record: AuditRecord): void;
  /** Core-internal access for the demo generator and bulk paths. Never exposed over a transport. */
  readonly internals: { db: Db; orm: Orm; clock: Clock; ids: Ids };
  close(): void;
}

/** A file that holds tables but no migration bookkeeping is not ours: refuse it. */
function assertSchotvrijDatabase(db: Db, path: string): void {
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as { name: string }[];
  if (tables.length > 0 && !tables.some((t) => t.name === '__migrations')) {
    throw new SchotvrijError(
      'DB_KEY',
      'Dit bestand is geen Schotvrij-database.',
      `${path} is a SQLite database, but not a Schotvrij one (no __migrations table)`,
    );
  }
}

export function createCore(opts: CoreOptions): Core {
  const clock = opts.clock ?? systemClock;
  const ids = opts.ids ?? uuidV7Ids(clock);
  const logger = opts.logger ?? silentLogger;
  const backupDir = opts.backupDir ?? join(dirname(opts.dbPath), 'backups');
  const migrations = opts.migrations ?? MIGRATIONS;
  const listeners = new Set<(e: CoreEvent) => void>();

  let db!: Db;
  let orm!: Orm;
  let installationCache: InstallationRecord | undefined;
  let migration!: MigrateResult;

  // Mutable only through rekey(): backups and restore always use the key the file is under now.
  let key = opts.key;
  const keyId = () => (key && 'raw' in key ? keyIdOf(key.raw) : undefined);
  const backupNow = (kind: BackupKind) =>
    takeBackup({ db, dbPath: opts.dbPath, dir: backupDir, key, keyId: keyId(), auditHead: hasAuditLog() ? auditHead(db) : null, appVersion: APP_VERSION, now: clock.now() }, kind);
  // Runner tests open cores on toy migrations without the audit tables.
  let auditTables: boolean | undefined;
  const hasAuditLog = () => (auditTables ??= hasAuditTables(db));

  function open(opts2: { afterRestore?: boolean } = {}): void {
    const existed = existsSync(opts.dbPath) && statSync(opts.dbPath).size > 0;
    if (!existed) mkdirSync(dirname(opts.dbPath), { recursive: true });
    db = openDatabase(opts.dbPath, { key, inspect: (d) => assertSchotvrijDatabase(d, opts.dbPath) });
    try {
      migration = migrate(db, {
        migrations,
        appVersion: APP_VERSION,
        now: () => clock.now(),
        // Never migrate data without a verified copy of what was there before.
        beforeMigrate: (from, to) => {
          const b = backupNow('pre-migrate');
          logger.info('pre-migration backup taken', { from, to, file: b.file });
        },
      });
      orm = createOrm(db);
      installationCache = undefined;
      auditTables = undefined;
      // Installations set up before time registration existed get the default activity types.
      // (Only on the product schema: runner tests open cores on toy migrations.)
      if (migrations === MIGRATIONS && readInstallation(orm)) ensureActivityTypes({ orm });
      // After a restore the pre-restore backup is the newest copy; a fresh "auto" of the restored state would only confuse the list.
      if (existed && opts.dailyBackup !== false && !opts2.afterRestore && readInstallation(orm)) {
        const today = localDate(clock.now());
        const hasToday = listBackups(backupDir).some((b) => b.kind === 'auto' && localDate(b.createdAt) === today);
        if (!hasToday) backupNow('auto');
      }
      if (hasAuditLog() && readInstallation(orm)) {
        const years = getSettings({ orm }).auditBewaarJaren;
        const removed = db.transaction(() => applyAuditRetention({ db, clock }, years)).immediate();
        if (removed > 0) logger.info('audit retention applied', { removed, years });
      }
    } catch (e) {
      db.close();
      throw e;
    }
  }
  open();

  const context = (): CoreContext => ({
    db,
    orm,
    clock,
    ids,
    logger,
    appVersion: APP_VERSION,
    dbPath: opts.dbPath,
    backupDir,
    key,
    // Cached once found; "not set up yet" is never cached, because setup (demo generator,
    // workspace.create) writes the row outside the dispatcher.
    installation: () => installationCache ?? (installationCache = readInstallation(orm) ?? undefined) ?? null,
    backup: (kind) => backupNow(kind),
    progress: (task, done, total) => emit({ type: 'progress', task, done, total }),
  });

  const emit = (e: CoreEvent) => {
    // The installation row is cached per core; any write to it invalidates the cache.
    if (e.type === 'changed' && (e.tables.includes('installation') || e.tables.includes('workspace'))) installationCache = undefined;
    for (const l of listeners) {
      try {
        l(e);
      } catch (err) {
        logger.error('event listener failed', { error: String(err) });
      }
    }
  };

  const lastRead = new Map<string, number>();
  const audit = (method: CoreMethodName, input: unknown): ((output: unknown) => void) | null => {
    const rule = AUDIT_RULES[method];
    if (!rule || !hasAuditLog()) return null;
    const i = (input ?? {}) as Record<string, unknown>;
    const pre = preLookup(db, rule, i);
    return (output) => {
      const record = auditRecordFor(method, rule, i, output, pre);
      if (!record) return;
      if (record.event === 'read') {
        const k = `${method}|${record.clientId}|${record.objectId}`;
        const now = clock.now();
        const last = lastRead.get(k);
        if (last !== undefined && now - last < READ_DEDUPE_MS && now >= last) return;
        // Keep the map to the window: a day of browsing thousands of dossiers must not accumulate.
        if (lastRead.size > 1000) for (const [key, at] of lastRead) if (now - at >= READ_DEDUPE_MS) lastRead.delete(key);
        lastRead.set(k, now);
      }
      appendAudit(context(), [record]);
    };
  };

  const dispatch = createDispatcher<CoreMethodName, CoreContext>({
    handlers: coreHandlers,
    context,
    tx: { immediate: (fn) => db.transaction(fn).immediate() },
    emit,
    logger,
    validateOutput: opts.validateOutput ?? true,
    audit,
  });

  const core: Core = {
    dbPath: opts.dbPath,
    backupDir,
    get migration() {
      return migration;
    },
    dispatch,
    async call(method, ...input) {
      const r: Result<unknown> = await dispatch(method, input[0]);
      if (!r.ok) throw new CallError(r.error);
      return r.value as never;
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    installation: () => context().installation(),
    backup: backupNow,
    restore(backupFile, backupKey = key) {
      // Check the backup BEFORE touching anything: a damaged copy must leave the live database as it was.
      const check = inspectDatabaseFile(backupFile, backupKey);
      if (check.quickCheck !== 'ok') {
        throw new SchotvrijError(
          'DB_INTEGRITY',
          'Deze reservekopie is beschadigd en kan niet worden teruggezet. Er is niets veranderd.',
          `backup ${backupFile} fails quick_check (${check.quickCheck}); nothing was changed`,
        );
      }
      if (check.schemaVersion > migrations.length) {
        throw new SchotvrijError(
          'DB_NEWER',
          'Deze reservekopie komt van een nieuwere versie van Schotvrij en kan hier niet worden teruggezet.',
          `backup ${backupFile} has schema version ${check.schemaVersion}, this version knows ${migrations.length}`,
        );
      }
      const pre = backupNow('pre-restore');
      logger.info('pre-restore backup taken', { file: pre.file });
      db.close();
      try {
        restoreFileTo(backupFile, opts.dbPath, backupKey, key);
      } finally {
        // Reopen whatever is now in place (restored, or untouched if the restore failed);
        // an older backup is migrated forward on open.
        open({ afterRestore: true });
      }
      emit({ type: 'changed', tables: ['workspace'] });
    },
    audit(record) {
      if (hasAuditLog()) db.transaction(() => appendAudit(context(), [record])).immediate();
    },
    rekey(to) {
      rekeyConnection(db, to, key !== undefined);
      key = to;
    },
    get internals() {
      return { db, orm, clock, ids };
    },
    close() {
      listeners.clear();
      if (db.open) {
        // Fold the WAL back into the main file so the database is one file at rest.
        try {
          db.pragma('wal_checkpoint(TRUNCATE)');
        } catch {
          // a busy checkpoint is harmless: the WAL is replayed on next open
        }
        db.close();
      }
    },
  };
  return core;
}
