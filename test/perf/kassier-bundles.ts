/**
 * The kassier-size bundle set: every casemanager of the demo network sends one signed
 * bundle per month, as real laptops would. Built from the demo generator (seeded) and
 * cached in .bench/ with the kassier database that trusts all senders.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixedClock } from '../../electron/core/clock';
import { SCHEMA_KEY } from './datasets';
import { MIGRATIONS } from '../../electron/core/db/migrations.generated';
import { buildDossiers } from '../../electron/core/demo/dossier-model';
import { generateDemo } from '../../electron/core/demo/generator';
import { buildNetworkModel } from '../../electron/core/demo/network-model';
import { buildRegistrations } from '../../electron/core/demo/registrations-model';
import { createCore } from '../../electron/core/host';
import { buildBundle, EVENT_COLUMNS, REGISTRATION_COLUMNS, type Cell } from '../../electron/core/services/bundle';
import { demoKeySeed, fingerprint, newKeyPair } from '../../electron/core/services/signing';
import { trustedSigner } from '../../shared/schema/index';

export interface BundleSet {
  dir: string;
  kassierDb: string;
  files: string[];
  rows: number;
}

export function kassierBundleSet(cache: string, quick: boolean): BundleSet {
  const perClientMonth: [number, number] = quick ? [3, 6] : [13, 16];
  const name = `${SCHEMA_KEY}-bundles-${quick ? 'quick' : 'kassier'}-${perClientMonth.join('-')}`;
  const dir = join(cache, name);
  const index = join(dir, 'index.json');
  if (existsSync(index)) return JSON.parse(readFileSync(index, 'utf8')) as BundleSet;
  const tmp = `${dir}.building`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });

  const seed = 1;
  const model = buildNetworkModel(seed, quick ? 'small' : 'kassier');
  const d = buildDossiers(model);
  const regs = buildRegistrations(model, d, { perClientMonth });
  const orgAgb = new Map(model.organisations.map((o) => [o.id, o.agb ?? '00000000']));
  const funderCode = new Map(model.funders.map((f) => [f.id, f]));
  const fundingById = new Map(d.funding.map((f) => [f.id, f]));
  const bsnOf = new Map(model.clients.map((c) => [c.id, c]));

  const groups = new Map<string, typeof regs>();
  for (const r of regs) {
    const k = `${r.casemanagerId}|${r.date.slice(0, 7)}`;
    (groups.get(k) ?? groups.set(k, []).get(k)!).push(r);
  }
  const files: string[] = [];
  const signers: (typeof trustedSigner.$inferInsert)[] = [];
  const keys = new Map<string, ReturnType<typeof newKeyPair>>();
  for (const cm of model.casemanagers) {
    const pair = newKeyPair(demoKeySeed(seed, `cm-${cm.id}`));
    keys.set(cm.id, pair);
    signers.push({ installationId: `inst-${cm.id}`, organisationAgb: orgAgb.get(cm.organisationId)!, organisationName: model.organisations.find((o) => o.id === cm.organisationId)!.name, role: 'arrangeur', label: cm.name, publicKey: pair.publicKey.toString('base64'), fingerprint: fingerprint(pair.publicKey), trustedAt: 0, revokedAt: null });
  }
  let seq = 0;
  for (const [k, list] of [...groups.entries()].sort()) {
    const [cmId, period] = k.split('|') as [string, string];
    const cm = model.casemanagers.find((c) => c.id === cmId)!;
    const agb = orgAgb.get(cm.organisationId)!;
    const rows: Cell[][] = list.map((r) => {
      const f = r.fundingId ? fundingById.get(r.fundingId) : undefined;
      const law = f && r.basis === 'client' ? f.kind : null;
      const c = r.clientId ? bsnOf.get(r.clientId) : undefined;
      return [r.id, 1, null, 0, agb, cm.agb, r.clientId, law ? (c?.bsn ?? null) : null, law ? (c?.bsnStatus ?? null) : null, r.naasteMemberId, r.activityCode, r.nzaKind, r.direct ? 1 : 0, r.date, r.startedAt, r.tzOffsetMin, r.minutes, r.basis, law ?? 'NONE', law ? (funderCode.get(f!.funderId)?.code ?? null) : null, law === 'WMO' ? f!.toewijzingNummer : null, law === 'WMO' ? f!.productCode : null, null, 0];
    });
    const clientIds = new Set(list.map((r) => r.clientId).filter(Boolean));
    const events: Cell[][] = d.events.filter((e) => clientIds.has(e.clientId)).map((e) => [e.clientId, e.kind, e.date]);
    const { bytes } = buildBundle({
      manifest: {
        kind: 'registrations',
        app: { name: 'Schotvrij', version: 'bench', schemaVersion: MIGRATIONS.length },
        producer: { installationId: `inst-${cm.id}`, organisationAgb: agb, organisationName: signers[0]!.organisationName, role: 'arrangeur', label: cm.name, fingerprint: fingerprint(keys.get(cm.id)!.publicKey) },
        batch: { id: `bench-${cm.id}-${period}`, seq: ++seq, createdAt: '2026-11-23T10:00:00Z' },
        period,
        totals: { rows: rows.length, minutes: list.reduce((s, r) => s + r.minutes, 0) },
      },
      files: { 'registrations.csv': { columns: REGISTRATION_COLUMNS, rows }, 'events.csv': { columns: EVENT_COLUMNS, rows: events } },
      privateKeyDer: keys.get(cm.id)!.privateKeyDer,
    });
    const file = join(dir, `${String(files.length).padStart(4, '0')}-${period}.zip`);
    writeFileSync(join(tmp, file.slice(dir.length + 1)), bytes);
    files.push(file);
  }

  const kassierDb = join(dir, 'kassier.sqlite');
  const core = createCore({ dbPath: join(tmp, 'kassier.sqlite'), clock: fixedClock(Date.UTC(2026, 10, 23)), dailyBackup: false, backupDir: join(tmp, 'backups') });
  generateDemo(core, { role: 'kassier', size: quick ? 'small' : 'network', seed });
  core.internals.orm.transaction(() => {
    for (const s of signers) core.internals.orm.insert(trustedSigner).values(s).onConflictDoNothing().run();
  });
  core.close();
  const set: BundleSet = { dir, kassierDb, files, rows: regs.length };
  writeFileSync(join(tmp, 'index.json'), JSON.stringify(set));
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  return set;
}
