import { createHash, generateKeyPairSync } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { BUNDLE_FORMAT_VERSION, buildBundle, REGISTRATION_COLUMNS, type Cell } from '../../electron/core/services/bundle';
import type { Core } from '../../electron/core/host';
import { signingKey } from '../../shared/schema/index';
import { instantOf } from '../../shared/domain/time';
import { casemanagerLaptop, exportMonth, importBytes, kassier, settableClock, trustLaptop, type Laptop } from '../support/exchange';
import { useTempDirs } from '../support/temp';

const tempDir = useTempDirs();
const clock = () => settableClock(instantOf('2026-11-23', 12));

async function register(l: Laptop, date: string, minutes: number, i = 0) {
  return l.core.call('registrations.create', { date, minutes, clientId: l.clients[i % l.clients.length]!, activityCode: 'direct' });
}

/** The kassier database, byte for byte (main file + WAL): "unchanged" means these hashes are equal. */
function dbFingerprint(core: Core): string {
  const h = createHash('sha256');
  for (const f of [core.dbPath, `${core.dbPath}-wal`]) if (existsSync(f)) h.update(readFileSync(f));
  return h.digest('hex');
}

async function totals(k: Core, groupBy: 'organisation' | 'client' | 'law' | 'month') {
  return Object.fromEntries((await k.call('kassier.totals', { from: '2026-01-01', to: '2026-12-31', groupBy })).map((g) => [g.key, g.minutes]));
}

async function setup() {
  const dir = tempDir();
  const c = clock();
  const a = casemanagerLaptop(dir, 'a', { agb: '01000001', seed: 1, clock: c });
  const b = casemanagerLaptop(dir, 'b', { agb: '01000002', seed: 2, clock: c });
  const k = kassier(dir, 'k', { clock: c, members: [a.agb, b.agb] });
  return { dir, c, a, b, k };
}

describe('two casemanager laptops and a kassier', () => {
  it('export → trust → import: the kassier totals equal what the laptops registered', async () => {
    const { a, b, k } = await setup();
    await register(a, '2026-11-02', 60, 0);
    await register(a, '2026-11-03', 45, 1);
    await register(b, '2026-11-04', 30, 0);
    await k.call('trust.add', { json: (await a.core.call('identity.export')).json });
    await trustLaptop(k, b);
    const ra = await importBytes(k, await exportMonth(a, '2026-11'));
    const rb = await importBytes(k, await exportMonth(b, '2026-11'));
    expect(ra).toMatchObject({ status: 'accepted', rows: 2, accepted: 2, duplicate: 0 });
    expect(rb).toMatchObject({ status: 'accepted', rows: 1, accepted: 1 });
    expect(ra.backupFile).toBeTruthy();
    expect(await totals(k, 'organisation')).toEqual({ '01000001': 105, '01000002': 30 });
    expect(await totals(k, 'law')).toEqual({ ZVW: 135 });
  });

  it('re-importing is a no-op reported as duplicate; the database does not change', async () => {
    const { a, k } = await setup();
    await register(a, '2026-11-02', 60);
    await trustLaptop(k, a);
    const bundle = await exportMonth(a, '2026-11');
    await importBytes(k, bundle);
    const before = dbFingerprint(k);
    expect(await importBytes(k, bundle)).toMatchObject({ status: 'duplicate', accepted: 0, duplicate: 1 });
    expect(dbFingerprint(k)).toBe(before);
  });

  it('a correction replaces the version it references, whichever bundle arrives first', async () => {
    const { dir, c, a, k } = await setup();
    const r = await register(a, '2026-11-02', 60);
    await register(a, '2026-11-05', 20);
    await trustLaptop(k, a);
    const first = await exportMonth(a, '2026-11');
    await a.core.call('registrations.update', { id: r.id, fields: { date: '2026-11-02', minutes: 75, clientId: a.clients[0]!, activityCode: 'direct' }, correctionReason: 'Langer huisbezoek' });
    const second = await exportMonth(a, '2026-11');
    await importBytes(k, first);
    await importBytes(k, second);
    expect(await totals(k, 'organisation')).toEqual({ '01000001': 95 });
    // Another kassier receives them in the other order: the same result.
    const k2 = kassier(dir, 'k2', { clock: c, members: [a.agb] });
    await trustLaptop(k2, a);
    await importBytes(k2, second);
    expect(await totals(k2, 'organisation')).toEqual({ '01000001': 75 });
    await importBytes(k2, first);
    expect(await totals(k2, 'organisation')).toEqual({ '01000001': 95 });
  });

  it('a removal after export travels as a tombstone and takes the minutes out', async () => {
    const { a, k } = await setup();
    const r = await register(a, '2026-11-02', 60);
    await register(a, '2026-11-03', 15);
    await trustLaptop(k, a);
    await importBytes(k, await exportMonth(a, '2026-11'));
    await a.core.call('registrations.remove', { id: r.id, correctionReason: 'Dubbel' });
    await importBytes(k, await exportMonth(a, '2026-11'));
    expect(await totals(k, 'organisation')).toEqual({ '01000001': 15 });
  });

  it('one flipped byte anywhere → refused, kassier database byte-identical', async () => {
    const { a, k } = await setup();
    for (let i = 0; i < 5; i++) await register(a, `2026-11-0${i + 2}`, 30 + i, i);
    await trustLaptop(k, a);
    const bundle = await exportMonth(a, '2026-11');
    const before = dbFingerprint(k);
    // Every byte of the file, one at a time.
    for (let pos = 0; pos < bundle.bytes.length; pos++) {
      const bytes = Buffer.from(bundle.bytes);
      bytes[pos]! ^= 0x20;
      const r = await importBytes(k, { fileName: bundle.fileName, bytes });
      expect(r.status, `byte ${pos}`).toBe('refused');
      expect(r.reasons[0]?.code, `byte ${pos}: ${r.reasons[0]?.detail} ${JSON.stringify(r.reasons[0])}`).toMatch(/MALFORMED|BAD_SIGNATURE|HASH_MISMATCH|TRUNCATED|UNKNOWN_SIGNER/);
    }
    const truncated = await importBytes(k, { fileName: bundle.fileName, bytes: bundle.bytes.subarray(0, bundle.bytes.length - 100) });
    expect(truncated.status).toBe('refused');
    expect(dbFingerprint(k)).toBe(before);
    // The genuine bundle still imports afterwards.
    expect((await importBytes(k, bundle)).status).toBe('accepted');
  });

  it('an unknown or revoked signer is refused', async () => {
    const { a, b, k } = await setup();
    await register(a, '2026-11-02', 60);
    await register(b, '2026-11-02', 60);
    await trustLaptop(k, a);
    const unknown = await importBytes(k, await exportMonth(b, '2026-11'));
    expect(unknown).toMatchObject({ status: 'refused', reasons: [{ code: 'UNKNOWN_SIGNER' }] });
    const id = (await a.core.call('identity.get')).installationId;
    await k.call('trust.revoke', { installationId: id });
    const revoked = await importBytes(k, await exportMonth(a, '2026-11'));
    expect(revoked).toMatchObject({ status: 'refused', reasons: [{ code: 'REVOKED_SIGNER' }] });
    expect(await totals(k, 'organisation')).toEqual({});
  });

  it('a different key for an installation already trusted is refused at trust time', async () => {
    const { a, k } = await setup();
    await trustLaptop(k, a);
    const { selfSignature: _old, ...id } = JSON.parse((await a.core.call('identity.export')).json) as Record<string, unknown>;
    // Same installation id, another (self-consistent) key: as if the laptop were swapped or impersonated.
    const { newKeyPair, fingerprint, signBytes } = await import('../../electron/core/services/signing');
    const pair = newKeyPair();
    const body = { ...id, publicKey: pair.publicKey.toString('base64'), fingerprint: fingerprint(pair.publicKey) };
    const forged = JSON.stringify({ ...body, selfSignature: signBytes(pair.privateKeyDer, strToU8(JSON.stringify(body))).toString('base64') });
    const err = await k.call('trust.add', { json: forged }).then(
      () => null,
      (e: { error: { code: string; message: string } }) => e.error,
    );
    expect(err).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/ándere sleutel/) });
  });

  it('malformed rows are refused whole, naming the line and field', async () => {
    const { a, k } = await setup();
    await trustLaptop(k, a);
    const key = a.core.internals.orm.select().from(signingKey).get()!;
    const id = await a.core.call('identity.get');
    const row = (over: Partial<Record<(typeof REGISTRATION_COLUMNS)[number], Cell>>): Cell[] => {
      const base: Record<string, Cell> = {
        registration_id: 'r1', version: 1, supersedes: null, deleted: 0, organisation_agb: a.agb, casemanager_agb: null, client_key: 'c1', bsn: null, bsn_status: null,
        naaste_ref: null, activity_code: 'direct', activity_kind: 'direct', direct: 1, date: '2026-11-02', started_at: null, tz_offset_min: 60, minutes: 30,
        basis: 'client', funder_type: 'ZVW', funder_code: '9901', toewijzing_nr: null, product_code: null, correction_reason: null, note_present: 0,
      };
      return REGISTRATION_COLUMNS.map((c) => (c in over ? over[c]! : base[c]!));
    };
    const bundleWith = (rows: Cell[][], batchId: string, period = '2026-11', columns: readonly string[] = REGISTRATION_COLUMNS) =>
      buildBundle({
        manifest: {
          kind: 'registrations',
          app: { name: 'Schotvrij', version: '0.0.9', schemaVersion: 2 },
          producer: { installationId: id.installationId, organisationAgb: a.agb, organisationName: id.organisationName, role: 'arrangeur', label: id.label, fingerprint: id.fingerprint },
          batch: { id: batchId, seq: 1, createdAt: '2026-11-23T10:00:00Z' },
          period,
          totals: { rows: rows.length, minutes: 0 },
        },
        files: { 'registrations.csv': { columns, rows } },
        privateKeyDer: Buffer.from(key.privateKey, 'base64'),
      }).bytes;
    const bad = await importBytes(k, { fileName: 'x.zip', bytes: bundleWith([row({}), row({ registration_id: 'r2', minutes: 0 }), row({ registration_id: 'r3', date: '2026-10-31' }), row({ registration_id: 'r4', bsn: '999900007' })], 'b1') });
    expect(bad.status).toBe('refused');
    expect(bad.reasons.map((r) => [r.line, r.field, r.code])).toEqual([
      [2, 'minutes', 'BAD_ROW'],
      [3, 'date', 'PERIOD_MISMATCH'],
      [4, 'bsn', 'BAD_ELFPROEF'],
    ]);
    expect(await totals(k, 'organisation')).toEqual({});

    // An older producer (app 0.0.9, schema 2) imports; a newer one's extra column is kept, not dropped.
    const newer = await importBytes(k, { fileName: 'y.zip', bytes: bundleWith([[...row({}), 'toekomst']], 'b2', '2026-11', [...REGISTRATION_COLUMNS, 'future_field']) });
    expect(newer).toMatchObject({ status: 'accepted', accepted: 1, keptColumns: ['future_field'] });
    const kept = k.internals.db.prepare('SELECT extra FROM imported_registration WHERE registration_id = ?').get('r1') as { extra: string };
    expect(JSON.parse(kept.extra)).toEqual({ future_field: 'toekomst' });
  });

  it('an intake of several files: one transaction, a refused bundle is skipped, the others go in', async () => {
    const { dir, a, b, k } = await setup();
    await register(a, '2026-10-05', 40);
    await register(a, '2026-11-05', 50);
    await register(b, '2026-11-06', 60);
    await trustLaptop(k, a);
    await trustLaptop(k, b);
    const { writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const files = [await exportMonth(a, '2026-10'), await exportMonth(a, '2026-11'), await exportMonth(b, '2026-11')];
    const paths = files.map((f, i) => {
      const bytes = Buffer.from(f.bytes);
      // Damage the middle one: another valid base64 letter in the signature.
      if (i === 1) bytes[bytes.length - 5] = bytes[bytes.length - 5] === 0x41 ? 0x42 : 0x41;
      const path = join(dir, `in-${i}.zip`);
      writeFileSync(path, bytes);
      return path;
    });
    const reports = await k.call('import.bundleFiles', { paths: [...paths, paths[0]!] });
    expect(reports.map((r) => r.status)).toEqual(['accepted', 'refused', 'accepted', 'duplicate']);
    expect(reports[1]!.reasons[0]!.code).toBe('BAD_SIGNATURE');
    expect(await totals(k, 'organisation')).toEqual({ '01000001': 40, '01000002': 60 });
    expect((await k.call('system.backups')).filter((x) => x.kind === 'pre-import')).toHaveLength(1);
  });

  it('a bundle in a newer format is refused with a clear reason', async () => {
    const { a, k } = await setup();
    await register(a, '2026-11-02', 60);
    await trustLaptop(k, a);
    const bundle = await exportMonth(a, '2026-11');
    const files = unzipSync(bundle.bytes);
    const manifest = JSON.parse(Buffer.from(files['manifest.json']!).toString('utf8')) as Record<string, unknown>;
    files['manifest.json'] = strToU8(JSON.stringify({ ...manifest, formatVersion: BUNDLE_FORMAT_VERSION + 1 }));
    // Re-signed with the laptop's own key: a genuine bundle from a newer Schotvrij.
    const key = a.core.internals.orm.select().from(signingKey).get()!;
    const { signBundleBytes } = await import('../../electron/core/services/bundle');
    const r = await importBytes(k, { fileName: bundle.fileName, bytes: signBundleBytes(zipSync(files), Buffer.from(key.privateKey, 'base64')) });
    expect(r).toMatchObject({ status: 'refused', reasons: [{ code: 'FUTURE_FORMAT' }] });
    // The same claim signed by another key is a damaged or forged file, not "update Schotvrij".
    const other = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'der' });
    const forged = await importBytes(k, { fileName: bundle.fileName, bytes: signBundleBytes(zipSync(files), other) });
    expect(forged).toMatchObject({ status: 'refused', reasons: [{ code: 'BAD_SIGNATURE' }] });
  });
});
