import Database from 'better-sqlite3-multiple-ciphers';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBundle, REGISTRATION_COLUMNS, type Cell } from '../../electron/core/services/bundle';
import { MIGRATIONS } from '../../electron/core/db/migrations.generated';
import { signingKey } from '../../shared/schema/index';
import { instantOf } from '../../shared/domain/time';
import { mulberry32, spawnTs, waitForExit, waitForLine } from '../support/child';
import { casemanagerLaptop, kassier, settableClock, trustLaptop } from '../support/exchange';
import { useTempDirs } from '../support/temp';

const tempDir = useTempDirs();
const ROWS = 200_000;
const ITERATIONS = 5;

function state(path: string) {
  const db = new Database(path, { readonly: true });
  try {
    return {
      quick: db.pragma('quick_check', { simple: true }),
      rows: (db.prepare('SELECT count(*) AS n FROM imported_registration').get() as { n: number }).n,
      batches: (db.prepare('SELECT count(*) AS n FROM import_batch').get() as { n: number }).n,
      accepted: (db.prepare('SELECT coalesce(sum(accepted), 0) AS n FROM import_batch').get() as { n: number }).n,
    };
  } finally {
    db.close();
  }
}

describe('SIGKILL during a kassier import', () => {
  let base: string;
  let bundle: string;
  let fullMs: number;

  beforeAll(async () => {
    const dir = tempDir();
    const clock = settableClock(instantOf('2026-11-23', 12));
    const laptop = casemanagerLaptop(dir, 'src', { agb: '01000001', seed: 4, clock });
    const k = kassier(dir, 'base', { clock, members: [laptop.agb] });
    await trustLaptop(k, laptop);
    const id = await laptop.core.call('identity.get');
    const key = laptop.core.internals.orm.select().from(signingKey).get()!;
    const rows: Cell[][] = [];
    for (let i = 0; i < ROWS; i++) {
      rows.push([`r${i}`, 1, null, 0, laptop.agb, null, `c${i % 500}`, null, null, null, 'direct', 'direct', 1, `2026-11-${String(1 + (i % 23)).padStart(2, '0')}`, null, 60, 15 + (i % 60), 'client', 'ZVW', '9901', null, null, null, 0]);
    }
    const { bytes } = buildBundle({
      manifest: {
        kind: 'registrations',
        app: { name: 'Schotvrij', version: 'test', schemaVersion: MIGRATIONS.length },
        producer: { installationId: id.installationId, organisationAgb: laptop.agb, organisationName: id.organisationName, role: 'arrangeur', label: id.label, fingerprint: id.fingerprint },
        batch: { id: 'big-batch', seq: 1, createdAt: '2026-11-23T10:00:00Z' },
        period: '2026-11',
        totals: { rows: ROWS, minutes: 0 },
      },
      files: { 'registrations.csv': { columns: REGISTRATION_COLUMNS, rows } },
      privateKeyDer: Buffer.from(key.privateKey, 'base64'),
    });
    bundle = join(dir, 'big.zip');
    writeFileSync(bundle, bytes);
    k.close();
    laptop.core.close();
    base = join(dir, 'base.sqlite');

    const calib = join(tempDir(), 'calib.sqlite');
    copyFileSync(base, calib);
    const child = spawnTs('test/support/children/import-child.ts', [calib, bundle]);
    await waitForLine(child, 'START');
    const t0 = performance.now();
    await waitForLine(child, 'DONE');
    fullMs = performance.now() - t0;
    await waitForExit(child);
    expect(state(calib)).toMatchObject({ quick: 'ok', rows: ROWS, batches: 1, accepted: ROWS });
  }, 180_000);

  it(`leaves the bundle fully in or fully out, in ${ITERATIONS} random kills`, async () => {
    const random = mulberry32(4242);
    const outcomes: string[] = [];
    for (let i = 0; i < ITERATIONS; i++) {
      const path = join(tempDir(), `kill-${i}.sqlite`);
      copyFileSync(base, path);
      const child = spawnTs('test/support/children/import-child.ts', [path, bundle]);
      await waitForLine(child, 'START');
      // Mostly inside the write phase (the last ~60%), sometimes during validation.
      const delay = fullMs * (0.25 + random() * 0.8);
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await waitForExit(child);
      const s = state(path);
      expect(s.quick).toBe('ok');
      expect([0, ROWS]).toContain(s.rows);
      // The batch record and its rows commit together: never one without the other.
      expect(s.batches).toBe(s.rows === ROWS ? 1 : 0);
      outcomes.push(`${Math.round(delay)}ms→${s.rows === ROWS ? 'in' : 'out'}`);
    }
    expect(outcomes.some((o) => o.endsWith('out'))).toBe(true);
    console.log(`import of ${ROWS} rows takes ${Math.round(fullMs)} ms; kills: ${outcomes.join(', ')}`);
  }, 240_000);
});
