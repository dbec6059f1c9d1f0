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
const core = createCore({ dbPath: out, clock: fixedClock(Date.UTC(2026, 0, 5)), dailyBackup: false, backupDir: join(import.meta.dirname, '..', 'test-results', 'fixture-backups') });
generateDemo(core, { role: 'kassier', size: 'small', seed: 1 });
core.close();
for (const s of ['-wal', '-shm']) rmSync(out + s, { force: true });
console.log(`wrote ${out} (schema version ${version})`);
