import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/core/clock';
import { inspectDatabaseFile } from '../../electron/core/db/backup';
import { MIGRATIONS } from '../../electron/core/db/migrations.generated';
import { createCore } from '../../electron/core/host';
import { useTempDirs } from '../support/temp';

const fixtureDir = join(import.meta.dirname, '..', 'fixtures', 'db');
const fixtures = readdirSync(fixtureDir).filter((f) => /^v\d+\.sqlite$/.test(f));
const tempDir = useTempDirs();

describe('released schema versions', () => {
  it('every schema version up to HEAD has a fixture database (npm run db:fixture)', () => {
    for (let v = 1; v <= MIGRATIONS.length; v++) expect(existsSync(join(fixtureDir, `v${v}.sqlite`)), `missing fixture v${v}.sqlite`).toBe(true);
  });

  it.each(fixtures)('%s migrates to HEAD with identical row counts and clean foreign keys', async (name) => {
    const before = inspectDatabaseFile(join(fixtureDir, name));
    expect(before.quickCheck).toBe('ok');
    const path = join(tempDir(), name);
    copyFileSync(join(fixtureDir, name), path);
    const core = createCore({ dbPath: path, clock: fixedClock(Date.UTC(2026, 10, 23)), dailyBackup: false });
    expect(core.migration.to).toBe(MIGRATIONS.length);
    const stats = await core.call('system.stats');
    for (const [table, n] of Object.entries(before.counts)) expect(stats.counts[table], `rows in ${table}`).toBe(n);
    const verify = await core.call('system.verify', { full: true });
    expect(verify.checks.filter((c) => !c.ok)).toEqual([]);
    // The migrated database is usable: a new client can be written and read back.
    const created = await core.call('clients.create', { achternaam: 'Na-migratie', geboortedatum: '1950-05-05' });
    expect((await core.call('clients.get', { id: created.id })).achternaam).toBe('Na-migratie');
    core.close();
  });
});
