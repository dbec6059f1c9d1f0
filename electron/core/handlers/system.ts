import { statSync } from 'node:fs';
import type { VerifyCheck } from '../../../shared/contract/index';
import type { CoreContext } from '../context';
import { listBackups, tableCounts } from '../db/backup';
import { planMigrations, readApplied } from '../db/migrate';
import { MIGRATIONS } from '../db/migrations.generated';
import type { HandlerMap } from '../dispatcher';
import { verifyAudit } from './audit';
import { hasAuditTables } from '../services/audit';

type SystemKeys = 'system.info' | 'system.stats' | 'system.backup' | 'system.backups' | 'system.verify';

function fileSize(path: string): number {
  let size = 0;
  for (const p of [path, `${path}-wal`]) {
    try {
      size += statSync(p).size;
    } catch {
      // no WAL file: fine
    }
  }
  return size;
}

/** Integrity, foreign keys and migration state. Used by `schotvrij verify` and the Beheer page. */
export function verifyDatabase(ctx: CoreContext, full: boolean): { ok: boolean; checks: VerifyCheck[] } {
  const checks: VerifyCheck[] = [];
  // Each check runs on its own: a corrupt page makes SQLite throw, which is a finding, not a crash.
  const check = (name: string, fn: () => Omit<VerifyCheck, 'name'>) => {
    try {
      checks.push({ name, ...fn() });
    } catch (e) {
      checks.push({ name, ok: false, message: 'Deze controle kon niet worden uitgevoerd: de database is beschadigd.', detail: (e as Error).message });
    }
  };
  check(full ? 'integrity_check' : 'quick_check', () => {
    const rows = (ctx.db.pragma(full ? 'integrity_check' : 'quick_check') as Record<string, string>[]).map((r) => Object.values(r)[0]);
    const ok = rows.join() === 'ok';
    return {
      ok,
      message: ok ? 'Het databasebestand is in orde.' : 'Het databasebestand is beschadigd. Zet een reservekopie terug.',
      detail: rows.slice(0, 5).join('; '),
    };
  });
  check('foreign_key_check', () => {
    const fk = ctx.db.pragma('foreign_key_check') as unknown[];
    return {
      ok: fk.length === 0,
      message: fk.length === 0 ? 'Alle verwijzingen tussen gegevens kloppen.' : `${fk.length} verwijzing(en) tussen gegevens kloppen niet.`,
      detail: fk.length === 0 ? 'ok' : `${fk.length} violation(s)`,
    };
  });
  check('migrations', () => {
    const applied = readApplied(ctx.db);
    const pending = planMigrations(applied, MIGRATIONS);
    return {
      ok: pending.length === 0,
      message:
        pending.length === 0
          ? `De database heeft de juiste versie (${applied.length}) en is niet gewijzigd buiten Schotvrij om.`
          : `Er staan ${pending.length} database-updates klaar.`,
      detail: pending.length === 0 ? `schema version ${applied.length} of ${MIGRATIONS.length}, hashes match` : `${pending.length} pending`,
    };
  });
  if (hasAuditTables(ctx.db)) {
    check('audit_chain', () => {
      const r = verifyAudit(ctx);
      return { ok: r.ok, message: r.message, detail: r.detail };
    });
  }
  check('installation', () => {
    const installed = ctx.installation();
    return {
      ok: installed !== null,
      message: installed ? `Ingericht voor ${installed.organisationName}.` : 'Deze omgeving is nog niet ingericht.',
      detail: installed ? `${installed.role} at ${installed.organisationName}` : 'not set up',
    };
  });
  return { ok: checks.every((c) => c.ok), checks };
}

export const systemHandlers: HandlerMap<SystemKeys, CoreContext> = {
  'system.info': (ctx) => ({
    appVersion: ctx.appVersion,
    schemaVersion: readApplied(ctx.db).length,
    latestSchemaVersion: MIGRATIONS.length,
    dbPath: ctx.dbPath,
    encrypted: ctx.key !== undefined,
    installation: ctx.installation(),
  }),

  'system.stats': (ctx) => ({
    counts: tableCounts(ctx.db),
    schemaVersion: readApplied(ctx.db).length,
    latestSchemaVersion: MIGRATIONS.length,
    dbSizeBytes: fileSize(ctx.dbPath),
    lastBackup: listBackups(ctx.backupDir)[0] ?? null,
  }),

  // VACUUM cannot run inside a transaction; the backup is atomic by its own publish step.
  'system.backup': {
    ownTransaction: true,
    run: (ctx) => ctx.backup('manual'),
  },

  'system.backups': (ctx) => listBackups(ctx.backupDir),

  'system.verify': (ctx, { full }) => verifyDatabase(ctx, full),
};
