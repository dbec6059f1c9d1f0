/**
 * Benchmark datasets, generated from the seeded demo network and cached in .bench/
 * between runs (keyed by app schema version, size and seed).
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fixedClock } from '../../electron/core/clock';
import { MIGRATIONS } from '../../electron/core/db/migrations.generated';
import { generateDemo } from '../../electron/core/demo/generator';
import type { DemoSize } from '../../electron/core/demo/network-model';
import { createCore } from '../../electron/core/host';
import { searchText, sortKey } from '../../shared/domain/names';
import type { Role } from '../../shared/schema/index';

export interface Dataset {
  path: string;
  clients: number;
}

/**
 * The demo network as the given role holds it, topped up with clients that have no
 * BSN yet (status aangemeld) until `clients` is reached.
 */
export function demoDataset(cache: string, opts: { role: Role; size: DemoSize; seed: number; clients?: number }): Dataset {
  const name = `v${MIGRATIONS.length}-${opts.role}-${opts.size}-s${opts.seed}${opts.clients ? `-c${opts.clients}` : ''}.sqlite`;
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
