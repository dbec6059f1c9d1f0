/**
 * Benchmark datasets, generated from the seeded demo network and cached in .bench/
 * between runs (keyed by app schema version, size and seed).
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fixedClock } from '../../electron/core/clock';
import { MIGRATIONS } from '../../electron/core/db/migrations.generated';
import { generateDemo } from '../../electron/core/demo/generator';
import type { DemoSize } from '../../electron/core/demo/network-model';
import { createCore } from '../../electron/core/host';
import { searchText, sortKey } from '../../shared/domain/names';
import type { Role } from '../../shared/schema/index';

/**
 * Cache key of the schema: the hashes of every migration, not just their number — a
 * dataset built before an (unreleased) migration was rewritten must not be reused.
 */
export const SCHEMA_KEY = `v${MIGRATIONS.length}-${createHash('sha256').update(MIGRATIONS.map((m) => m.hash).join()).digest('hex').slice(0, 8)}`;

export interface Dataset {
  path: string;
  clients: number;
}

/**
 * The demo network as the given role holds it, topped up with clients that have no
 * BSN yet (status aangemeld) until `clients` is reached.
 */
export function demoDataset(cache: string, opts: { role: Role; size: DemoSize; seed: number; clients?: number }): Dataset {
  const name = `${SCHEMA_KEY}-${opts.role}-${opts.size}-s${opts.seed}${opts.clients ? `-c${opts.clients}` : ''}.sqlite`;
  const path = join(cache, name);
  if (!existsSync(path)) {
    const tmp = `${path}.building`;
    for (const s of ['', '-wal', '-shm']) rmSync(tmp + s, { force: true });
    const core = createCore({ dbPath: tmp, clock: fixedClock(Date.UTC(2026, 0, 5)), dailyBackup: false, backupDir: join(cache, 'backups') });
    generateDemo(core, { role: opts.role, size: opts.size, seed: opts.seed });
    const { db } = core.internals;
    const have = (db.prepare('SELECT count(*) AS n FROM client').get() as { n: number }).n;
    if (opts.clients && opts.clients > have) {
      const ins = db.prepare(
        `INSERT INTO client (id, voornaam, achternaam, geboortedatum, status, sort_key, search_text, created_at, updated_at)
         VALUES (?, ?, ?, ?, 'aangemeld', ?, ?, ?, ?)`,
      );
      const { ids } = core.internals;
      db.transaction(() => {
        for (let i = have; i < opts.clients!; i++) {
          const n = { voornaam: 'Extra', achternaam: `Aanmelding ${String(i).padStart(5, '0')}` };
          ins.run(ids.newId(), n.voornaam, n.achternaam, '1940-01-01', sortKey(n), searchText(n), 0, 0);
        }
      })();
    }
    core.close();
    renameSync(tmp, path);
  }
  return { path, clients: opts.clients ?? 0 };
}

/**
 * The arrangeur's demo database topped up with `count` registrations spread over its
 * clients in `months` (copies of real demo rows with new ids: the same activities,
 * funding and attribution as the generator wrote). Cached like the base dataset.
 */
export function registrationsDataset(cache: string, opts: { size: DemoSize; count: number; months: readonly string[] }): Dataset & { registrations: number } {
  const base = demoDataset(cache, { role: 'arrangeur', size: opts.size, seed: 1 });
  const path = join(cache, `${base.path.split(/[\\/]/).pop()!.replace(/\.sqlite$/, '')}-r${opts.count}-${opts.months.join('_')}.sqlite`);
  if (!existsSync(path)) {
    const tmp = `${path}.building`;
    for (const s of ['', '-wal', '-shm']) rmSync(tmp + s, { force: true });
    copyFileSync(base.path, tmp);
    const core = createCore({ dbPath: tmp, clock: fixedClock(Date.UTC(2026, 10, 23)), dailyBackup: false, backupDir: join(cache, 'backups') });
    const { db } = core.internals;
    const templates = db.prepare(`SELECT * FROM registration WHERE deleted = 0 AND version = 1 AND client_id IS NOT NULL AND exported_batch_id IS NULL`).all() as Record<string, unknown>[];
    if (templates.length === 0) throw new Error('the demo database has no registrations to copy');
    const cols = Object.keys(templates[0]!);
    const ins = db.prepare(`INSERT INTO registration (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`);
    db.transaction(() => {
      for (let i = 0; i < opts.count; i++) {
        const t = templates[i % templates.length]!;
        const month = opts.months[i % opts.months.length]!;
        const day = String(1 + (i % 28)).padStart(2, '0');
        ins.run({ ...t, id: `bench-${String(i).padStart(8, '0')}`, date: `${month}-${day}`, started_at: null, exported_batch_id: null });
      }
    })();
    core.close();
    renameSync(tmp, path);
  }
  return { path, clients: base.clients, registrations: opts.count };
}

/** A private working copy of a cached dataset (benchmarks that write must not change the cache). */
export function workingCopy(cache: string, source: string, name: string): string {
  const path = join(cache, `work-${name}.sqlite`);
  for (const s of ['', '-wal', '-shm']) rmSync(path + s, { force: true });
  copyFileSync(source, path);
  return path;
}
