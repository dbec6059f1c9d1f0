/**
 * Proof (issue 7 §5): a tampered, truncated, replayed, wrongly signed, revoked or
 * newer-format bundle is refused by the kassier with the reason code docs/formats.md
 * names, and the kassier database is byte-identical afterwards (main file and WAL, plus a
 * digest of every row of every table, plus the backup folder).
 *
 * Already proven in test/multiparty/exchange.test.ts and not repeated here: every byte
 * flipped with mask 0x20, one truncation, a simple re-import, an unknown and a revoked
 * signer, a different key at trust time, bad rows, a genuine newer format.
 */
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/host';
import { BUNDLE_FORMAT_VERSION, parseCsv, toCsv } from '../../electron/core/services/bundle';
import { kassierTotals } from '../../electron/core/services/exchange';
import type { ImportReport } from '../../shared/contract/sync';
import { instantOf } from '../../shared/domain/time';
import { casemanagerLaptop, exportMonth, importBytes, kassier, settableClock, trustLaptop, type Laptop } from '../support/exchange';
import { cells, contentDigest, coreContext, editManifest, fileBytesDigest, fileContentDigest, producerOf, resign, signedBundle, validRow, type Producer } from '../support/proof';
import { useTempDirs } from '../support/temp';

const tempDir = useTempDirs();
type Bundle = { fileName: string; bytes: Uint8Array };

interface Scene {
  dir: string;
  a: Laptop;
  b: Laptop;
  k: Core;
  pa: Producer;
  pb: Producer;
  /** a's first bundle: five registrations, one with quoted free text. */
  first: Bundle;
  /** a's second bundle: a correction (r1 → 75 min) and a tombstone (r2). */
  second: Bundle;
}

async function scene(): Promise<Scene> {
  const dir = tempDir();
  const clock = settableClock(instantOf('2026-11-23', 12));
  const a = casemanagerLaptop(dir, 'a', { agb: '01000001', seed: 1, clock });
  const b = casemanagerLaptop(dir, 'b', { agb: '01000002', seed: 2, clock });
  const k = kassier(dir, 'k', { clock, members: [a.agb, b.agb] });
  await trustLaptop(k, a);
  await trustLaptop(k, b);
  const ids: string[] = [];
  for (let i = 0; i < 5; i++) ids.push((await a.core.call('registrations.create', { date: `2026-11-0${i + 2}`, minutes: 30 + i, clientId: a.clients[i % 3]!, activityCode: 'direct' })).id);
  const first = await exportMonth(a, '2026-11');
  await a.core.call('registrations.update', { id: ids[0]!, fields: { date: '2026-11-02', minutes: 75, clientId: a.clients[0]!, activityCode: 'direct' }, correctionReason: 'Langer, "zie" mail' });
  await a.core.call('registrations.remove', { id: ids[1]!, correctionReason: 'Dubbel geboekt' });
  const second = await exportMonth(a, '2026-11');
  await b.core.call('registrations.create', { date: '2026-11-04', minutes: 20, clientId: b.clients[0]!, activityCode: 'direct' });
  return { dir, a, b, k, pa: await producerOf(a), pb: await producerOf(b), first, second };
}

/** Everything that could change: the file bytes (main + WAL), every row, the backup folder. */
function snapshot(k: Core) {
  return {
    bytes: fileBytesDigest(k.dbPath),
    content: contentDigest(k.internals.db),
    backups: existsSync(k.backupDir) ? readdirSync(k.backupDir).sort() : [],
  };
}

/** Refused with `code` (the first reason), and nothing written. */
async function expectRefused(k: Core, bundle: Bundle, code: string, detail?: RegExp): Promise<ImportReport> {
  const before = snapshot(k);
  const r = await importBytes(k, bundle);
  expect(r.status, JSON.stringify(r.reasons[0])).toBe('refused');
  expect(r.reasons[0]?.code, r.reasons[0]?.detail).toBe(code);
  if (detail) expect(r.reasons[0]?.detail).toMatch(detail);
  expect(snapshot(k)).toEqual(before);
  return r;
}

/** Closes the kassier and compares the checkpointed file on disk with what it held before. */
function expectFileContent(k: Core, digest: string): void {
  k.close();
  expect(fileContentDigest(k.dbPath)).toBe(digest);
}

const totals = (k: Core) => Object.fromEntries(kassierTotals(coreContext(k), '2026-01-01', '2026-12-31', 'organisation').map((g) => [g.key, g.minutes]));

// ---------------------------------------------------------------- the file's layout

interface Region {
  name: string;
  from: number;
  to: number;
}

/** Every byte of a bundle, by region: local headers and data per entry, central directory, EOCD, signature. */
function regions(bytes: Uint8Array): Region[] {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = bytes.length;
  const eocd = n - 106 - 22;
  const cd = v.getUint32(eocd + 16, true);
  const out: Region[] = [];
  let p = cd;
  for (let i = 0; i < v.getUint16(eocd + 10, true); i++) {
    const nameLen = v.getUint16(p + 28, true);
    const name = strFromU8(bytes.subarray(p + 46, p + 46 + nameLen));
    const local = v.getUint32(p + 42, true);
    const data = local + 30 + v.getUint16(local + 26, true) + v.getUint16(local + 28, true);
    out.push({ name: `header:${name}`, from: local, to: data }, { name: `data:${name}`, from: data, to: data + v.getUint32(p + 20, true) });
    p += 46 + nameLen + v.getUint16(p + 30, true) + v.getUint16(p + 32, true);
  }
  out.push(
    { name: 'central-directory', from: cd, to: eocd },
    { name: 'eocd', from: eocd, to: eocd + 22 },
    { name: 'signature-prefix', from: n - 106, to: n - 88 },
    { name: 'signature', from: n - 88, to: n - 2 },
    { name: 'signature-padding', from: n - 2, to: n },
  );
  return out.sort((x, y) => x.from - y.from);
}

/** What a flipped byte in each region may be called. Never accepted, never FUTURE_FORMAT. */
function allowed(region: string): string[] {
  if (region === 'data:registrations.csv' || region === 'data:events.csv') return ['HASH_MISMATCH', 'MALFORMED', 'BAD_SIGNATURE'];
  if (region === 'data:manifest.json') return ['MALFORMED', 'BAD_SIGNATURE', 'UNKNOWN_SIGNER', 'HASH_MISMATCH', 'TRUNCATED'];
  if (region === 'signature-prefix' || region === 'signature-padding') return ['MALFORMED'];
  if (region === 'signature') return ['BAD_SIGNATURE', 'MALFORMED'];
  return ['MALFORMED', 'BAD_SIGNATURE', 'HASH_MISMATCH', 'TRUNCATED'];
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

describe('tamper: flipped bytes', () => {
  it('every byte, with masks 0x01, 0x80 and 0xFF: refused with the reason of the region hit; the damaged entry is named', async () => {
    const s = await scene();
    await importBytes(s.k, s.first);
    const before = snapshot(s.k);
    const bundle = s.second;
    const layout = regions(bundle.bytes);
    // The layout accounts for every byte: no flip lands in a region the test does not know.
    expect(layout.reduce((sum, r) => sum + (r.to - r.from), 0)).toBe(bundle.bytes.length);
    const named = new Set<string>();
    for (const r of layout) {
      for (let pos = r.from; pos < r.to; pos++) {
        for (const mask of [0x01, 0x80, 0xff]) {
          const bytes = Buffer.from(bundle.bytes);
          bytes[pos]! ^= mask;
          const rep = await importBytes(s.k, { fileName: bundle.fileName, bytes });
          const where = `${r.name} byte ${pos} ^ 0x${mask.toString(16)}: ${rep.reasons[0]?.detail}`;
          expect(rep.status, where).toBe('refused');
          expect(allowed(r.name), where).toContain(rep.reasons[0]!.code);
          if (r.name === 'signature') {
            // Exactly: still a canonical base64 signature → it does not verify; anything else → not a signature at all.
            const text = Buffer.from(bytes.subarray(bytes.length - 88)).toString('latin1');
            const canonical = /^[A-Za-z0-9+/]{86}==$/.test(text) && Buffer.from(text, 'base64').toString('base64') === text;
            expect(rep.reasons[0]!.code, where).toBe(canonical ? 'BAD_SIGNATURE' : 'MALFORMED');
          }
          if (rep.reasons[0]!.code === 'HASH_MISMATCH' && r.name.endsWith('.csv') && r.name.startsWith('data:')) {
            expect(rep.reasons[0]!.detail, where).toContain(r.name.slice(5));
            named.add(r.name);
          }
        }
      }
    }
    // Damage inside an entry's data is traced to that entry.
    expect([...named].sort()).toEqual(['data:events.csv', 'data:registrations.csv']);
    expect(snapshot(s.k)).toEqual(before);
    // The genuine file still imports afterwards.
    expect((await importBytes(s.k, bundle)).status).toBe('accepted');
  }, 120_000);

  it('the signature cannot be re-encoded: the other encodings of its last character are refused, only the genuine file is accepted', async () => {
    const s = await scene();
    const before = snapshot(s.k);
    const bytes = s.first.bytes;
    // Character 86 of the base64 signature carries 4 bits of signature and 2 unused bits.
    const at = bytes.length - 3;
    const ch = BASE64.indexOf(String.fromCharCode(bytes[at]!));
    expect(ch).toBeGreaterThanOrEqual(0);
    const variants = [0, 1, 2, 3].map((low) => (ch & ~3) | low).filter((c) => c !== ch);
    expect(variants).toHaveLength(3);
    for (const c of variants) {
      const other = Buffer.from(bytes);
      other[at] = BASE64.charCodeAt(c);
      // Decodes to the very same 64 bytes — and must still be refused: one changed byte, refused.
      expect(Buffer.from(other.subarray(other.length - 88).toString('latin1'), 'base64')).toEqual(Buffer.from(Buffer.from(bytes).subarray(bytes.length - 88).toString('latin1'), 'base64'));
      await expectRefused(s.k, { fileName: s.first.fileName, bytes: other }, 'MALFORMED');
    }
    expect(snapshot(s.k)).toEqual(before);
    expect((await importBytes(s.k, s.first)).status).toBe('accepted');
  });
});

describe('tamper: truncated and cut files', () => {
  it('every shorter length of the file, and one byte appended: MALFORMED, nothing written', async () => {
    const s = await scene();
    const before = snapshot(s.k);
    const bytes = s.second.bytes;
    for (let len = 0; len < bytes.length; len++) {
      const r = await importBytes(s.k, { fileName: s.second.fileName, bytes: bytes.subarray(0, len) });
      expect(r.reasons[0]?.code, `length ${len}`).toBe('MALFORMED');
    }
    await expectRefused(s.k, { fileName: s.second.fileName, bytes: Buffer.concat([bytes, Buffer.from([0x0a])]) }, 'MALFORMED');
    expect(snapshot(s.k)).toEqual(before);
    expectFileContent(s.k, before.content);
  }, 60_000);

  it('an entry left out, or fewer rows than the manifest lists: TRUNCATED — whoever signed it', async () => {
    const s = await scene();
    const before = snapshot(s.k);
    const stranger = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'der' });
    // events.csv dropped from the zip by someone without the key: the listing check names it before the signature.
    const dropped = resign(s.second.bytes, stranger, (e) => delete e['events.csv']);
    await expectRefused(s.k, { fileName: 'x.zip', bytes: dropped }, 'TRUNCATED', /events\.csv/);
    // The producer's own key over a manifest that lists more rows than registrations.csv holds.
    const short = resign(s.second.bytes, s.pa.privateKeyDer, (e) =>
      editManifest(e, (m) => {
        const f = (m.files as { name: string; rows: number }[]).find((x) => x.name === 'registrations.csv')!;
        f.rows += 1;
      }),
    );
    const r = await expectRefused(s.k, { fileName: 'x.zip', bytes: short }, 'TRUNCATED');
    expect(r.reasons[0]!.message).toMatch(/onvolledig: \d+ van \d+ regels/);
    // The last rows cut off registrations.csv by someone without the key: the entry no longer matches its hash.
    const cut = resign(s.second.bytes, stranger, (e) => {
      const { header, rows } = parseCsv(e['registrations.csv']!);
      e['registrations.csv'] = strToU8(toCsv(header, rows.slice(0, -1)));
    });
    await expectRefused(s.k, { fileName: 'x.zip', bytes: cut }, 'HASH_MISMATCH', /registrations\.csv/);
    expect(snapshot(s.k)).toEqual(before);
    expectFileContent(s.k, before.content);
  });
});

describe('tamper: replayed bundles', () => {
  it('an old bundle re-sent after its correction is a duplicate and does not undo the correction — by bytes, by file, under another name', async () => {
    const s = await scene();
    await importBytes(s.k, s.first);
    await importBytes(s.k, s.second);
    const corrected = totals(s.k);
    // 30..34 minutes, r1 corrected from 30 to 75, r2 (31) removed.
    expect(corrected).toEqual({ '01000001': 75 + 32 + 33 + 34 });
    const before = snapshot(s.k);
    for (const replay of [s.first, { fileName: 'opnieuw-verstuurd.zip', bytes: s.first.bytes }, s.second]) {
      const r = await importBytes(s.k, replay);
      expect(r).toMatchObject({ status: 'duplicate', accepted: 0 });
    }
    const path = join(s.dir, 'oud.schotvrij.zip');
    writeFileSync(path, s.first.bytes);
    expect(await s.k.call('import.bundleFile', { path })).toMatchObject({ status: 'duplicate' });
    expect(snapshot(s.k)).toEqual(before);
    expect(totals(s.k)).toEqual(corrected);
  });

  it('the producer re-sending old versions under a new batch id changes no total: every row is a duplicate', async () => {
    const s = await scene();
    await importBytes(s.k, s.first);
    await importBytes(s.k, s.second);
    const corrected = totals(s.k);
    // The laptop was restored from an old backup and exported its first month again, with a new batch id.
    const again = resign(s.first.bytes, s.pa.privateKeyDer, (e) => editManifest(e, (m) => ((m.batch as { id: string }).id = 'restored-laptop-batch')));
    const r = await importBytes(s.k, { fileName: 'again.zip', bytes: again });
    expect(r).toMatchObject({ status: 'accepted', accepted: 0, duplicate: 5 });
    expect(totals(s.k)).toEqual(corrected);
  });

  it('the same batch id with other content is a CONFLICT, even signed by the producer', async () => {
    const s = await scene();
    await importBytes(s.k, s.first);
    const before = snapshot(s.k);
    const other = resign(s.first.bytes, s.pa.privateKeyDer, (e) => {
      const { header, rows } = parseCsv(e['registrations.csv']!);
      rows[0]![header.indexOf('minutes')] = '999';
      e['registrations.csv'] = strToU8(toCsv(header, rows));
    });
    await expectRefused(s.k, { fileName: 'x.zip', bytes: other }, 'CONFLICT');
    expect(snapshot(s.k)).toEqual(before);
  });
});

describe('tamper: wrong signer', () => {
  it('signed by another key than the producer it names — trusted, untrusted or random — is BAD_SIGNATURE; another organisation MALFORMED; an unknown producer UNKNOWN_SIGNER', async () => {
    const s = await scene();
    const before = snapshot(s.k);
    const stranger = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'der' });
    const keep = () => undefined;
    // a's bundle, signature replaced by b's (trusted here) and by a stranger's.
    await expectRefused(s.k, { fileName: 'x.zip', bytes: resign(s.first.bytes, s.pb.privateKeyDer, keep) }, 'BAD_SIGNATURE');
    await expectRefused(s.k, { fileName: 'x.zip', bytes: resign(s.first.bytes, stranger, keep) }, 'BAD_SIGNATURE');
    // b writes a bundle that claims to come from a: checked with a's key, it does not verify.
    const row = cells(validRow(s.pa.organisationAgb));
    await expectRefused(s.k, { fileName: 'x.zip', bytes: signedBundle({ ...s.pa, privateKeyDer: s.pb.privateKeyDer }, { batchId: 'forged', rows: [row] }) }, 'BAD_SIGNATURE');
    // b, correctly signed, but in the name of a's organisation.
    await expectRefused(s.k, { fileName: 'x.zip', bytes: signedBundle({ ...s.pb, organisationAgb: s.pa.organisationAgb }, { batchId: 'other-org', rows: [row] }) }, 'MALFORMED', /differs from trusted/);
    // Signed by a, naming an installation nobody trusted.
    await expectRefused(s.k, { fileName: 'x.zip', bytes: signedBundle({ ...s.pa, installationId: 'inst-unknown' }, { batchId: 'unknown', rows: [row] }) }, 'UNKNOWN_SIGNER');
    expect(snapshot(s.k)).toEqual(before);
    expectFileContent(s.k, before.content);
  });
});

describe('tamper: revoked signer', () => {
  it('a bundle made before the revocation is refused after it; what came in before stays; the same key cannot be trusted again', async () => {
    const s = await scene();
    await importBytes(s.k, s.first);
    const kept = totals(s.k);
    await s.k.call('trust.revoke', { installationId: s.pa.installationId });
    const before = snapshot(s.k);
    await expectRefused(s.k, s.second, 'REVOKED_SIGNER');
    // A replay of what was accepted before is no longer even a duplicate: the signer is out.
    await expectRefused(s.k, s.first, 'REVOKED_SIGNER');
    // A newer format from the revoked installation: revoked first, the format does not matter.
    const newer = resign(s.second.bytes, s.pa.privateKeyDer, (e) => editManifest(e, (m) => (m.formatVersion = BUNDLE_FORMAT_VERSION + 1)));
    await expectRefused(s.k, { fileName: 'x.zip', bytes: newer }, 'REVOKED_SIGNER');
    const retrust = await s.k.call('trust.add', { json: (await s.a.core.call('identity.export')).json }).then(
      () => null,
      (e: { error: { code: string } }) => e.error.code,
    );
    expect(retrust).toBe('CONFLICT');
    expect(snapshot(s.k)).toEqual(before);
    expect(totals(s.k)).toEqual(kept);
    expectFileContent(s.k, before.content);
  });
});

describe('tamper: a bundle claiming a future format', () => {
  it('FUTURE_FORMAT only when the producer signed it; forged or unknown it is not believed; a malformed version is MALFORMED', async () => {
    const s = await scene();
    const before = snapshot(s.k);
    const stranger = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'der' });
    const future = (key: Uint8Array, edit: (m: Record<string, unknown>) => void = () => undefined) =>
      ({ fileName: 'x.zip', bytes: resign(s.first.bytes, key, (e) => editManifest(e, (m) => ((m.formatVersion = BUNDLE_FORMAT_VERSION + 1), edit(m)))) }) as Bundle;
    await expectRefused(s.k, future(s.pa.privateKeyDer), 'FUTURE_FORMAT');
    await expectRefused(s.k, future(s.pa.privateKeyDer, (m) => (m.formatVersion = 99)), 'FUTURE_FORMAT');
    await expectRefused(s.k, future(stranger), 'BAD_SIGNATURE');
    await expectRefused(s.k, future(s.pa.privateKeyDer, (m) => ((m.producer as { installationId: string }).installationId = 'inst-from-the-future')), 'UNKNOWN_SIGNER');
    // Not a number, or no version at all: not a manifest of ours, whatever it claims.
    for (const bad of ['2', 0, 1.5, null]) await expectRefused(s.k, future(s.pa.privateKeyDer, (m) => (m.formatVersion = bad)), 'MALFORMED');
    expect(snapshot(s.k)).toEqual(before);
    expectFileContent(s.k, before.content);
  });
});
