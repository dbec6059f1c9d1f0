/**
 * Writes test/fixtures/db/v<N>.sqlite: a demo database at the CURRENT schema version N.
 * Run once per released schema version (`npm run db:fixture`) and commit the file;
 * test/migrations/fixtures.test.ts then proves every older fixture migrates to HEAD
 * with identical row counts. Never regenerate an existing fixture.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fixedClock } from '../electron/core/clock';
import { MIGRATIONS } from '../electron/core/db/migrations.generated';
import { generateDemo } from '../electron/core/demo/generator';
import { createCore } from '../electron/core/host';

const version = MIGRATIONS.length;
const out = join(import.meta.dirname, '..', 'test', 'fixtures', 'db', `v${version}.sqlite`);
if (existsSync(out)) {
  console.error(`fixture ${out} exists; fixtures are immutable once committed`);
  process.exit(1);
}
const core = createCore({ dbPath: out, clock: fixedClock(Date.UTC(2026, 10, 23)), dailyBackup: false, backupDir: join(import.meta.dirname, '..', 'test-results', 'fixture-backups') });
// v1 and v2 were written as a kassier; from v3 the arrangeur, whose laptop holds the most
// tables (dossiers, plans, registrations, a closed week and an export batch).
generateDemo(core, { role: 'arrangeur', size: 'small', seed: 1 });
await core.call('weeks.close', { week: '2026-W45' });
await core.call('export.registrations', { period: '2026-10' });
core.close();
for (const s of ['-wal', '-shm']) rmSync(out + s, { force: true });
console.log(`wrote ${out} (schema version ${version})`);
