/**
 * Proof (issue 7 §5): a process killed with SIGKILL at a random moment loses nothing it
 * acknowledged and leaves nothing half-done. Each scenario runs a real child process
 * (`node --import tsx`, test/support/children/proof-child.ts) on a copy of a real
 * SQLite file, kills it at a random time after it started working, reopens the file and
 * checks it: `quick_check` = ok, every acknowledged unit present, every unit whole or
 * absent. Kill times come from a seeded PRNG: a failing iteration names its seed and delay.
 *
 * Complements test/migrations/crash.test.ts (synthetic heavy migration) and
 * test/multiparty/import-crash.test.ts (one 200k-row bundle): here the product's own
 * migrations on the released fixture databases, a kassier intake of many bundles,
 * exports, backups and a burst of registrations.
 *
 * `npm run test:stress` runs 200 iterations per scenario instead of 10.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/core/clock';
import { inspectDatabaseFile, listBackups, tableCounts } from '../../electron/core/db/backup';
import { readApplied, schemaVersionOf } from '../../electron/core/db/migrate';
import { MIGRATIONS } from '../../electron/core/db/migrations.generated';
import { createCore } from '../../electron/core/host';
import { openBundle, verifyBundle, type OpenedBundle } from '../../electron/core/services/bundle';
import { importBatch, importedRegistration, installation } from '../../shared/schema/index';
import { instantOf } from '../../shared/domain/time';
import { inParallel, mulberry32, runAndKill } from '../support/child';
import { casemanagerLaptop, kassier, settableClock, trustLaptop } from '../support/exchange';
import { cells, contentDigest, producerOf, scaled, signedBundle, timeout, validRow } from '../support/proof';
import { useSuiteTempDir } from '../support/temp';

const CHILD = 'test/support/children/proof-child.ts';
/** Kills per scenario: 10 in npm test, 200 under npm run test:stress. */
const ITERATIONS = scaled(10, 200);
/** Two children at a time: most of an iteration is a child starting up. */
const CONCURRENCY = 2;
const suiteDir = useSuiteTempDir();
let dirs = 0;
const freshDir = () => {
  const d = join(suiteDir(), `run-${++dirs}`);
  mkdirSync(d, { recursive: true });
  return d;
};

function withDb<T>(path: string, fn: (db: Database.Database) => T): T {
  const db = new Database(path, { fileMustExist: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

const quickCheck = (db: Database.Database) => db.pragma('quick_check', { simple: true });
const count = (db: Database.Database, sql: string, ...args: unknown[]) => (db.prepare(sql).get(...args) as { n: number }).n;

/** Every backup that is listed is a whole, readable database (a kill may leave only a `.partial`, which is never listed). */
function expectListedBackupsSound(dir: string, counts?: Record<string, number>): number {
  const listed = listBackups(dir);
  for (const b of listed) {
    const check = inspectDatabaseFile(b.file);
    expect(check.quickCheck, b.file).toBe('ok');
    if (counts) expect(check.counts, b.file).toEqual(counts);
  }
  return listed.length;
}

/** Random kill delays, replayable: the seed is in the test, the delay in the failure message. */
function delays(seed: number, fullMs: number, n: number, lo = 0, hi = 1.15): number[] {
  const random = mulberry32(seed);
  return Array.from({ length: n }, () => Math.round(fullMs * (lo + random() * (hi - lo))));
}

describe('SIGKILL: kassier import of a batch of bundles', () => {
  const PERIODS = ['2026-08', '2026-09', '2026-10', '2026-11'];
  const ROWS = 2_000;

  it(`every bundle whole or absent, every acknowledged one present — ${ITERATIONS} kills, one by one and as one intake`, async () => {
    const dir = freshDir();
    const clock = settableClock(instantOf('2026-11-23', 12));
    const laptops = [1, 2, 3].map((n) => casemanagerLaptop(dir, `l${n}`, { agb: `0100000${n}`, seed: n, clock }));
    const k = kassier(dir, 'base', { clock, members: laptops.map((l) => l.agb) });
    for (const l of laptops) await trustLaptop(k, l);
    const bundles: { batchId: string; path: string }[] = [];
    for (const l of laptops) {
      const p = await producerOf(l);
      for (const period of PERIODS) {
        const batchId = `${l.agb}-${period}`;
        const rows = Array.from({ length: ROWS }, (_, i) => cells(validRow(l.agb, { registration_id: `${batchId}-${i}`, date: `${period}-${String(1 + (i % 28)).padStart(2, '0')}`, minutes: 1 + (i % 90), client_key: `c${i % 50}` })));
        const path = join(dir, `${batchId}.schotvrij.zip`);
        writeFileSync(path, signedBundle(p, { batchId, rows, period, events: [['c1', 'in_zorg', '2025-12-01']] }));
        bundles.push({ batchId, path });
      }
      l.core.close();
    }
    const base = k.dbPath;
    k.close();

    const state = (path: string) =>
      withDb(path, (db) => ({
        quick: quickCheck(db),
        present: bundles.map((b) => {
          const batch = db.prepare('SELECT accepted FROM import_batch WHERE id = ?').get(b.batchId) as { accepted: number } | undefined;
          return { batch: batch !== undefined, accepted: batch?.accepted ?? 0, rows: count(db, 'SELECT count(*) AS n FROM imported_registration WHERE batch_id = ?', b.batchId) };
        }),
        orphans: count(db, 'SELECT count(*) AS n FROM imported_registration WHERE batch_id NOT IN (SELECT id FROM import_batch)'),
      }));

    // Calibrate (and check the happy path): both modes to the end.
    const full: Record<string, number> = {};
    for (const mode of ['import-each', 'import-intake']) {
      const d = freshDir();
      copyFileSync(base, join(d, 'k.sqlite'));
      const run = await runAndKill(CHILD, [mode, join(d, 'k.sqlite'), ...bundles.map((b) => b.path)], null);
      expect(run.acks.map((a) => a.split(' ')[1])).toEqual(bundles.map(() => 'accepted'));
      const s = state(join(d, 'k.sqlite'));
      expect(s.present.every((p) => p.batch && p.rows === ROWS && p.accepted === ROWS)).toBe(true);
      full[mode] = run.ms;
    }

    const plan = delays(7001, Math.max(full['import-each']!, full['import-intake']!), ITERATIONS);
    const outcomes = await inParallel(ITERATIONS, CONCURRENCY, async (i) => {
      const mode = i % 2 === 0 ? 'import-each' : 'import-intake';
      const d = freshDir();
      const path = join(d, 'k.sqlite');
      copyFileSync(base, path);
      const run = await runAndKill(CHILD, [mode, path, ...bundles.map((b) => b.path)], plan[i]!);
      const s = state(path);
      const where = `iteration ${i} (${mode}, kill after ${plan[i]} ms)`;
      expect(s.quick, where).toBe('ok');
      expect(s.orphans, where).toBe(0);
      // Whole or absent: the batch record and all its rows, or neither.
      for (const [j, p] of s.present.entries()) expect(p.batch ? [p.rows, p.accepted] : [p.rows], `${where}, bundle ${j}`).toEqual(p.batch ? [ROWS, ROWS] : [0]);
      const inCount = s.present.filter((p) => p.batch).length;
      const acked = new Set(run.acks.map((a) => a.split(' ')[0]));
      for (const [j, b] of bundles.entries()) if (acked.has(b.batchId)) expect(s.present[j]!.batch, `${where}: acknowledged ${b.batchId} lost`).toBe(true);
      if (mode === 'import-each') {
        // In order, one transaction each: a prefix, at most one beyond what was acknowledged.
        expect(s.present.map((p) => p.batch), where).toEqual(bundles.map((_, j) => j < inCount));
        expect(inCount - acked.size, where).toBeLessThanOrEqual(1);
      } else {
        // One transaction for the whole intake.
        expect([0, bundles.length], where).toContain(inCount);
      }
      expectListedBackupsSound(join(d, 'backups'));
      return { mode, ms: plan[i]!, inCount, finished: run.finished };
    });
    expect(outcomes.some((o) => !o.finished && o.inCount < bundles.length), 'no kill interrupted an import').toBe(true);
    console.log(`import: full ${Math.round(full['import-each']!)}/${Math.round(full['import-intake']!)} ms; ${outcomes.map((o) => `${o.mode.slice(7)}@${o.ms}→${o.inCount}`).join(', ')}`);
  }, timeout(120_000));
});

describe('SIGKILL: export of registrations', () => {
  const PERIODS = ['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11'];
  const PER_MONTH = 800;

  it(`every export batch whole (rows marked, bytes stored and verifying) or absent — ${ITERATIONS} kills`, async () => {
    const dir = freshDir();
    const clock = settableClock(instantOf('2026-11-23', 12));
    const laptop = casemanagerLaptop(dir, 'base', { agb: '01000001', seed: 11, clock });
    const template = await laptop.core.call('registrations.create', { date: '2026-05-01', minutes: 30, clientId: laptop.clients[0]!, activityCode: 'direct' });
    const { db, ids } = laptop.core.internals;
    // Clone the template: thousands of registrations across the months, in one transaction.
    const clone = db.prepare(
      `INSERT INTO registration (id, version, supersedes, casemanager_id, organisation_id, client_id, naaste_member_id, activity_code, nza_kind, direct, date, started_at, tz_offset_min, minutes, note, funding_id, basis, overridden, override_reason, correction_reason, deleted, exported_batch_id, created_at, updated_at)
       SELECT ?, 1, NULL, casemanager_id, organisation_id, client_id, naaste_member_id, activity_code, nza_kind, direct, ?, started_at, tz_offset_min, ?, note, funding_id, basis, overridden, override_reason, NULL, 0, NULL, created_at, updated_at
       FROM registration WHERE id = ?`,
    );
    db.transaction(() => {
      for (const period of PERIODS) for (let i = 0; i < PER_MONTH; i++) clone.run(ids.newId(), `${period}-${String(1 + (i % 28)).padStart(2, '0')}`, 1 + (i % 200), template.id);
    })();
    const publicKey = Buffer.from((await laptop.core.call('identity.get')).publicKey, 'base64');
    const base = laptop.core.dbPath;
    laptop.core.close();
    const perPeriod = withDb(base, (d) => Object.fromEntries(PERIODS.map((p) => [p, count(d, `SELECT count(*) AS n FROM registration WHERE substr(date, 1, 7) = ?`, p)])));

    const check = (path: string, acks: string[] | null, where: string) =>
      withDb(path, (d) => {
        expect(quickCheck(d), where).toBe('ok');
        const batches = d.prepare('SELECT id, period, row_count AS rowCount, sha256, bundle FROM export_batch ORDER BY seq').all() as { id: string; period: string; rowCount: number; sha256: string; bundle: Buffer }[];
        for (const b of batches) {
          // The batch, its bytes and the marks on its rows committed together.
          expect(count(d, 'SELECT count(*) AS n FROM registration WHERE exported_batch_id = ?', b.id), `${where}: rows of ${b.period}`).toBe(b.rowCount);
          expect(b.rowCount, where).toBe(perPeriod[b.period]);
          expect(createHash('sha256').update(b.bundle).digest('hex'), where).toBe(b.sha256);
          const opened = openBundle(new Uint8Array(b.bundle));
          expect('manifest' in opened, where).toBe(true);
          expect(verifyBundle(opened as OpenedBundle, publicKey), where).toBeNull();
        }
        expect(count(d, 'SELECT count(*) AS n FROM registration WHERE exported_batch_id IS NOT NULL AND exported_batch_id NOT IN (SELECT id FROM export_batch)'), where).toBe(0);
        const exported = new Set(batches.map((b) => b.period));
        for (const p of PERIODS) expect(count(d, `SELECT count(*) AS n FROM registration WHERE substr(date, 1, 7) = ? AND exported_batch_id IS NULL`, p), `${where}: ${p}`).toBe(exported.has(p) ? 0 : perPeriod[p]);
        // Exported in order; every acknowledged batch is there with the bytes the user received.
        expect(batches.map((b) => b.period), where).toEqual(PERIODS.slice(0, batches.length));
        if (acks) {
          const stored = new Map(batches.map((b) => [b.id, b.sha256]));
          for (const a of acks) {
            const [id, sha] = a.split(' ');
            expect(stored.get(id!), `${where}: acknowledged export ${id} lost`).toBe(sha);
          }
          expect(batches.length - acks.length, where).toBeLessThanOrEqual(1);
        }
        return batches.length;
      });

    const calib = join(freshDir(), 'l.sqlite');
    copyFileSync(base, calib);
    const fullRun = await runAndKill(CHILD, ['export', calib, ...PERIODS], null);
    expect(check(calib, fullRun.acks, 'full run')).toBe(PERIODS.length);

    const plan = delays(7002, fullRun.ms, ITERATIONS);
    const outcomes = await inParallel(ITERATIONS, CONCURRENCY, async (i) => {
      const path = join(freshDir(), 'l.sqlite');
      copyFileSync(base, path);
      const run = await runAndKill(CHILD, ['export', path, ...PERIODS], plan[i]!);
      const where = `iteration ${i} (kill after ${plan[i]} ms)`;
      const done = check(path, run.acks, where);
      // And the laptop carries on: the months not yet exported export now.
      const core = createCore({ dbPath: path, clock: fixedClock(Date.UTC(2026, 10, 23, 12)), dailyBackup: false });
      for (const p of PERIODS.slice(done)) expect((await core.call('export.registrations', { period: p })).batch.rowCount, where).toBe(perPeriod[p]);
      core.close();
      expect(check(path, null, `${where}, after resuming`)).toBe(PERIODS.length);
      return { ms: plan[i]!, done, finished: run.finished };
    });
    expect(outcomes.some((o) => !o.finished && o.done < PERIODS.length), 'no kill interrupted an export').toBe(true);
    console.log(`export: full ${Math.round(fullRun.ms)} ms; ${outcomes.map((o) => `${o.ms}→${o.done}`).join(', ')}`);
  }, timeout(120_000));
});

describe('SIGKILL: migrating the released fixture databases', () => {
  const fixtureDir = join(import.meta.dirname, '..', 'fixtures', 'db');
  const fixtures = readdirSync(fixtureDir)
    .map((f) => /^v(\d+)\.sqlite$/.exec(f))
    .filter((m): m is RegExpExecArray => m !== null && Number(m[1]) < MIGRATIONS.length)
    .map((m) => ({ file: join(fixtureDir, m[0]), version: Number(m[1]) }))
    .sort((a, b) => a.version - b.version);
  /** Tables each migration creates: none of a migration not (yet) applied may exist. */
  const createdBy = MIGRATIONS.map((m) => [...m.sql.matchAll(/CREATE TABLE [`"]?(\w+)[`"]?/g)].map((x) => x[1]!).filter((t) => !t.startsWith('__new_')));

  it(`pre-migration backup and each migration whole — old version or new, never a mix — ${ITERATIONS} kills over ${fixtures.length} fixtures`, async () => {
    expect(fixtures.length).toBeGreaterThan(0);
    const before = fixtures.map((f) => inspectDatabaseFile(f.file));
    for (const b of before) expect(b.quickCheck).toBe('ok');

    const full: number[] = [];
    for (const f of fixtures) {
      const path = join(freshDir(), 'm.sqlite');
      copyFileSync(f.file, path);
      full.push((await runAndKill(CHILD, ['migrate', path], null)).ms);
      expect(withDb(path, (d) => readApplied(d).length)).toBe(MIGRATIONS.length);
    }

    const random = mulberry32(7003);
    const outcomes = await inParallel(ITERATIONS, CONCURRENCY, async (i) => {
      const fx = i % fixtures.length;
      const f = fixtures[fx]!;
      // A migration of these small fixtures takes tens of milliseconds: aim inside it.
      const delay = Math.round(full[fx]! * random() * 0.9);
      const d = freshDir();
      const path = join(d, 'm.sqlite');
      copyFileSync(f.file, path);
      const run = await runAndKill(CHILD, ['migrate', path], delay);
      const where = `iteration ${i} (v${f.version}, kill after ${delay} ms)`;
      const version = withDb(path, (db) => {
        expect(quickCheck(db), where).toBe('ok');
        const v = readApplied(db).length;
        expect(v, where).toBeGreaterThanOrEqual(f.version);
        expect(schemaVersionOf(db), `${where}: user_version mirrors the applied list`).toBe(v);
        expect(db.pragma('foreign_key_check'), where).toEqual([]);
        const tables = new Set((db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((t) => t.name));
        expect([...tables].filter((t) => t.startsWith('__new_')), where).toEqual([]);
        for (const later of createdBy.slice(v)) for (const t of later) expect(tables.has(t), `${where}: ${t} of a migration not applied`).toBe(false);
        const now = tableCounts(db);
        for (const [t, n] of Object.entries(before[fx]!.counts)) expect(now[t], `${where}: rows in ${t}`).toBe(n);
        return v;
      });
      // A listed backup is the whole old database; a half-written one is never listed.
      expectListedBackupsSound(join(d, 'backups'), before[fx]!.counts);
      // Opening again finishes the job.
      const core = createCore({ dbPath: path, clock: fixedClock(Date.UTC(2026, 10, 23, 12)), dailyBackup: false });
      expect(core.migration.to, where).toBe(MIGRATIONS.length);
      const after = tableCounts(core.internals.db);
      for (const [t, n] of Object.entries(before[fx]!.counts)) expect(after[t], `${where}: rows in ${t} after reopening`).toBe(n);
      core.close();
      return { v: f.version, delay, version, finished: run.finished };
    });
    expect(outcomes.some((o) => !o.finished && o.version < MIGRATIONS.length), 'no kill interrupted a migration').toBe(true);
    console.log(`migration: full ${full.map(Math.round).join('/')} ms; ${outcomes.map((o) => `v${o.v}@${o.delay}→v${o.version}`).join(', ')}`);
  }, timeout(120_000));
});

describe('SIGKILL: backups', () => {
  const ROWS = 30_000;
  const COUNT = 4;

  it(`a listed backup is always whole and the live database untouched — ${ITERATIONS} kills`, async () => {
    const dir = freshDir();
    const clock = settableClock(instantOf('2026-11-23', 12));
    const k = kassier(dir, 'base', { clock, members: ['01000001'] });
    const { orm, db } = k.internals;
    // Bulk: a kassier with enough imported rows that a backup takes a while.
    orm.insert(importBatch).values({ id: 'bulk', source: 'bundle', installationId: 'x', organisationAgb: '01000001', seq: 1, period: '2026-11', formatVersion: 1, appVersion: 'x', sha256: 'x', fileName: 'x', rows: ROWS, accepted: ROWS, duplicate: 0, manifest: '{}', importedAt: 1 }).run();
    const ins = db.prepare(
      `INSERT INTO imported_registration (organisation_agb, registration_id, version, deleted, batch_id, activity_code, nza_kind, direct, date, tz_offset_min, minutes, basis, funder_type, funder_code, note_present, correction_reason, imported_at)
       VALUES ('01000001', ?, 1, 0, 'bulk', 'direct', 'direct', 1, '2026-11-02', 60, ?, 'client', 'ZVW', '9901', 0, ?, 1)`,
    );
    db.transaction(() => {
      for (let i = 0; i < ROWS; i++) ins.run(`r${i}`, 1 + (i % 500), `reden ${i} `.repeat(4));
    })();
    expect(orm.select().from(importedRegistration).limit(1).all()).toHaveLength(1);
    expect(orm.select().from(installation).all()).toHaveLength(1);
    const base = k.dbPath;
    k.close();
    const digest = withDb(base, contentDigest);
    const counts = withDb(base, (d) => tableCounts(d));

    const calib = join(freshDir(), 'k.sqlite');
    copyFileSync(base, calib);
    const fullRun = await runAndKill(CHILD, ['backup', calib, String(COUNT)], null);
    expect(fullRun.acks).toHaveLength(COUNT);

    const plan = delays(7004, fullRun.ms, ITERATIONS);
    const outcomes = await inParallel(ITERATIONS, CONCURRENCY, async (i) => {
      const d = freshDir();
      const path = join(d, 'k.sqlite');
      copyFileSync(base, path);
      const run = await runAndKill(CHILD, ['backup', path, String(COUNT)], plan[i]!);
      const where = `iteration ${i} (kill after ${plan[i]} ms)`;
      withDb(path, (db) => {
        expect(quickCheck(db), where).toBe('ok');
        expect(contentDigest(db), `${where}: a backup changed the live database`).toBe(digest);
      });
      const listed = expectListedBackupsSound(join(d, 'backups'), counts);
      const files = new Set(listBackups(join(d, 'backups')).map((b) => b.file));
      for (const a of run.acks) expect(files.has(a), `${where}: acknowledged backup ${a} not listed`).toBe(true);
      expect(listed - run.acks.length, where).toBeLessThanOrEqual(1);
      const partial = existsSync(join(d, 'backups')) && readdirSync(join(d, 'backups')).some((f) => f.endsWith('.partial'));
      // The next backup works and sweeps what the killed one left.
      const core = createCore({ dbPath: path, dailyBackup: false });
      expect(inspectDatabaseFile(core.backup('manual').file).quickCheck, where).toBe('ok');
      core.close();
      expect(readdirSync(join(d, 'backups')).filter((f) => f.endsWith('.partial')), where).toEqual([]);
      return { ms: plan[i]!, acked: run.acks.length, partial, finished: run.finished };
    });
    expect(outcomes.some((o) => o.partial), 'no kill landed inside a backup').toBe(true);
    console.log(`backup: ${COUNT} in ${Math.round(fullRun.ms)} ms; ${outcomes.map((o) => `${o.ms}→${o.acked}${o.partial ? '+partial' : ''}`).join(', ')}`);
  }, timeout(120_000));
});

describe('SIGKILL: a burst of registrations', () => {
  it(`every acknowledged registration present exactly once, as entered — ${ITERATIONS} kills`, async () => {
    const dir = freshDir();
    const clock = settableClock(instantOf('2026-11-23', 12));
    const laptop = casemanagerLaptop(dir, 'base', { agb: '01000001', seed: 21, clock });
    const clients = laptop.clients;
    const base = laptop.core.dbPath;
    laptop.core.close();

    const plan = delays(7005, 1_500, ITERATIONS, 0.05, 1);
    const outcomes = await inParallel(ITERATIONS, CONCURRENCY, async (i) => {
      const path = join(freshDir(), 'l.sqlite');
      copyFileSync(base, path);
      const run = await runAndKill(CHILD, ['burst', path, '100000', ...clients], plan[i]!);
      const where = `iteration ${i} (kill after ${plan[i]} ms)`;
      withDb(path, (db) => {
        expect(quickCheck(db), where).toBe('ok');
        const rows = db.prepare('SELECT id, version, minutes, date FROM registration ORDER BY rowid').all() as { id: string; version: number; minutes: number; date: string }[];
        expect(new Set(rows.map((r) => r.id)).size, `${where}: duplicates`).toBe(rows.length);
        const byId = new Map(rows.map((r) => [r.id, r]));
        for (const [n, id] of run.acks.entries()) {
          const r = byId.get(id);
          expect(r, `${where}: acknowledged registration ${n} (${id}) lost`).toBeDefined();
          expect([r!.version, r!.minutes, r!.date], where).toEqual([1, 1 + (n % 240), `2026-11-${String(1 + (n % 20)).padStart(2, '0')}`]);
        }
        // At most the one being written when the kill came: committed, not yet acknowledged.
        expect(rows.length - run.acks.length, where).toBeGreaterThanOrEqual(0);
        expect(rows.length - run.acks.length, where).toBeLessThanOrEqual(1);
      });
      return { ms: plan[i]!, acked: run.acks.length };
    });
    expect(outcomes.some((o) => o.acked > 0)).toBe(true);
    console.log(`burst: ${outcomes.map((o) => `${o.ms}→${o.acked}`).join(', ')}`);
  }, timeout(120_000));
});
