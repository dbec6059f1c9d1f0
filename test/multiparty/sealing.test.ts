/**
 * Issue 7: bundles that carry BSNs are sealed for the receiving kassier as well as signed.
 * A BSN never travels in the clear: sealed for the trusted kassier, or withheld.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { instantOf } from '../../shared/domain/time';
import { casemanagerLaptop, exportMonth, importBytes, kassier, settableClock, trustLaptop, type Laptop } from '../support/exchange';
import { useTempDirs } from '../support/temp';
import type { Core } from '../../electron/core/host';

const tempDir = useTempDirs();
const BSNS = ['999900006', '999900018', '999900031'];

function withBsns(l: Laptop): void {
  const set = l.core.internals.db.prepare(`UPDATE client SET bsn = ?, bsn_status = 'verified_sbvz' WHERE id = ?`);
  l.clients.forEach((id, i) => set.run(BSNS[i], id));
}

async function setup() {
  const dir = tempDir();
  const c = settableClock(instantOf('2026-11-23', 12));
  const a = casemanagerLaptop(dir, 'a', { agb: '01000001', seed: 1, clock: c });
  withBsns(a);
  const k = kassier(dir, 'k', { clock: c, members: [a.agb] });
  const other = kassier(dir, 'k2', { clock: c, members: [a.agb] });
  await trustLaptop(k, a);
  await trustLaptop(other, a);
  for (let i = 0; i < 3; i++) await a.core.call('registrations.create', { date: '2026-11-0' + (i + 2), minutes: 30, clientId: a.clients[i]!, activityCode: 'direct' });
  return { a, k, other };
}

/** Every byte of every entry, inflated: what anyone who intercepts the file can read. */
function readable(bytes: Uint8Array): string {
  return Object.values(unzipSync(bytes))
    .map((e) => strFromU8(e, true))
    .join('\n');
}

async function kassierBsns(k: Core): Promise<string[]> {
  return (k.internals.db.prepare('SELECT DISTINCT bsn FROM imported_registration WHERE bsn IS NOT NULL ORDER BY bsn').all() as { bsn: string }[]).map((r) => r.bsn);
}

describe('sealed BSNs', () => {
  it('the casemanager trusts the kassier; BSNs are sealed for it; only that kassier reads them', async () => {
    const { a, k, other } = await setup();
    // The kassier's identity file carries its X25519 key, under its self-signature.
    const kassierId = JSON.parse((await k.call('identity.export')).json) as { encryptionKey: string };
    expect(Buffer.from(kassierId.encryptionKey, 'base64')).toHaveLength(32);
    await a.core.call('trust.add', { json: (await k.call('identity.export')).json });
    expect(await a.core.call('export.preview', { period: '2026-11' })).toMatchObject({ bsnClients: 3, bsnRecipient: expect.stringContaining('Kassier') });

    const bundle = await exportMonth(a, '2026-11');
    const text = readable(bundle.bytes);
    for (const bsn of BSNS) expect(text).not.toContain(bsn);
    const manifest = JSON.parse(strFromU8(unzipSync(bundle.bytes)['manifest.json']!)) as { formatVersion: number; sealed: { recipient: { installationId: string } } };
    expect(manifest.formatVersion).toBe(2);
    expect(manifest.sealed.recipient.installationId).toBe('inst-k');

    // Another kassier (trusting the same casemanager) cannot open it: refused whole, nothing written.
    const wrong = await importBytes(other, bundle);
    expect(wrong).toMatchObject({ status: 'refused', reasons: [{ code: 'NOT_FOR_US' }] });
    expect(await kassierBsns(other)).toEqual([]);

    const ok = await importBytes(k, bundle);
    expect(ok).toMatchObject({ status: 'accepted', accepted: 3 });
    expect(await kassierBsns(k)).toEqual([...BSNS].sort());
  });

  it('without a trusted kassier the BSNs are withheld, never sent in the clear', async () => {
    const { a, k } = await setup();
    expect(await a.core.call('export.preview', { period: '2026-11' })).toMatchObject({ bsnClients: 3, bsnRecipient: null });
    const bundle = await exportMonth(a, '2026-11');
    const text = readable(bundle.bytes);
    for (const bsn of BSNS) expect(text).not.toContain(bsn);
    const manifest = JSON.parse(strFromU8(unzipSync(bundle.bytes)['manifest.json']!)) as { formatVersion: number; bsnWithheld: number };
    expect(manifest).toMatchObject({ formatVersion: 1, bsnWithheld: 3 });
    expect(await importBytes(k, bundle)).toMatchObject({ status: 'accepted', accepted: 3 });
    expect(await kassierBsns(k)).toEqual([]);
  });

  it('a sealed entry that was swapped or damaged is refused (the signature covers it; the seal is bound to its bundle)', async () => {
    const { a, k } = await setup();
    await a.core.call('trust.add', { json: (await k.call('identity.export')).json });
    const bundle = await exportMonth(a, '2026-11');
    const flipped = Buffer.from(bundle.bytes);
    const at = flipped.indexOf(Buffer.from('bsn.sealed')) + 40;
    flipped[at] = flipped[at]! ^ 0x01;
    const r = await importBytes(k, { fileName: bundle.fileName, bytes: flipped });
    expect(r.status).toBe('refused');
    expect(await kassierBsns(k)).toEqual([]);
  });
});
