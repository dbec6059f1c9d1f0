/**
 * Issue 7: encryption at rest with key custody, app lock, and the NEN 7513 access log —
 * through the workspace host, on real files.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/host';
import { isEncryptedFile, openDatabase } from '../../electron/core/db/open';
import { runCli } from '../../electron/core/cli/cli';
import { keysPathFor, readKeysFile, rotateDataKey, unlockWithPassword, writeKeysFile } from '../../electron/core/security/keystore';
import { createWorkspaceHost, retryDelayMs, type WorkspaceHost } from '../../electron/core/workspaces';
import type { Result } from '../../shared/contract/index';
import { settableClock } from '../support/exchange';
import { useTempDirs } from '../support/temp';

const tempDir = useTempDirs();
const CHEAP = { N: 2 ** 12, r: 8, p: 1 };
const T0 = Date.UTC(2026, 10, 23, 9);
const PASSWORD = 'correct paard batterij nietje';
const NAME = 'Zwanenburg-Quist';
const BSN = '999900006';

const SETUP = {
  rol: 'arrangeur',
  gebruikersNaam: 'Anna de Vries',
  organisatieNaam: 'Thuiszorg Noord',
  organisatieAgb: '12345678',
  netwerkNaam: 'Dementienetwerk Noord',
  wachtwoord: PASSWORD,
};

function setup() {
  const dataDir = tempDir();
  const clock = settableClock(T0);
  const host = createWorkspaceHost({ dataDir, mode: 'test', clock, scryptCost: CHEAP, lockCheckMs: 0 });
  return { dataDir, clock, host, dbPath: join(dataDir, 'eigen.sqlite') };
}

async function ok<T = Record<string, unknown>>(host: WorkspaceHost, method: string, input: unknown = {}): Promise<T> {
  const r = (await host.dispatch(method, input)) as Result<T>;
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value;
}

async function createWithClient(host: WorkspaceHost): Promise<{ recoveryKey: string; clientId: string }> {
  const { recoveryKey } = await ok<{ recoveryKey: string }>(host, 'workspace.create', SETUP);
  const c = await ok<{ id: string }>(host, 'clients.create', { voornaam: 'Geertruida', achternaam: NAME, geboortedatum: '1938-02-11', bsn: BSN });
  return { recoveryKey, clientId: c.id };
}

function fileBytes(dataDir: string): Buffer {
  return Buffer.concat(readdirSync(dataDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => readFileSync(join(e.parentPath, e.name))));
}

describe('encryption at rest with key custody', () => {
  it('a new real workspace is encrypted from the first byte: no name, no BSN in any file; no key, no entry', async () => {
    const { host, dataDir, dbPath } = setup();
    const { recoveryKey } = await createWithClient(host);
    expect(recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    await ok(host, 'system.backup');
    host.close();
    expect(isEncryptedFile(dbPath)).toBe(true);
    const all = fileBytes(dataDir);
    expect(all.includes(Buffer.from(NAME))).toBe(false);
    expect(all.includes(Buffer.from(BSN))).toBe(false);
    expect(all.includes(Buffer.from(PASSWORD))).toBe(false);
    // Without the key: a clean, typed refusal, and the file is untouched.
    const before = readFileSync(dbPath);
    expect(() => openDatabase(dbPath)).toThrowError(expect.objectContaining({ code: 'DB_KEY' }));
    expect(() => createCore({ dbPath, key: { passphrase: 'wrong' } })).toThrowError(expect.objectContaining({ code: 'DB_KEY' }));
    expect(readFileSync(dbPath).equals(before)).toBe(true);
    // The keys file holds only wrapped keys.
    const keys = readKeysFile(keysPathFor(dbPath))!;
    expect(keys.slots.password.kdf).toMatchObject({ name: 'scrypt', N: CHEAP.N });
    expect(JSON.stringify(keys)).not.toContain(PASSWORD);
  });

  it('starts locked; wrong passwords are throttled; the right one opens; lock closes and forgets the key', async () => {
    const { host, clock, dataDir } = setup();
    const { clientId } = await createWithClient(host);
    host.close();
    const again = createWorkspaceHost({ dataDir, mode: 'test', clock, scryptCost: CHEAP, lockCheckMs: 0 });
    expect(await ok(again, 'workspace.status')).toMatchObject({ active: null, security: { encrypted: true, locked: true, lockReason: 'startup' } });
    expect(await again.dispatch('workspace.open', { kind: 'eigen' })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    for (let i = 1; i <= 3; i++) {
      const r = await again.dispatch('workspace.unlock', { wachtwoord: `fout ${i}` });
      expect(r).toMatchObject({ ok: false, error: { code: 'WRONG_SECRET' } });
    }
    // After the third miss, the next try must wait — even with the right password.
    expect(retryDelayMs(3)).toBe(1000);
    const early = await again.dispatch('workspace.unlock', { wachtwoord: PASSWORD });
    expect(early).toMatchObject({ ok: false, error: { code: 'WRONG_SECRET', details: { retryAfterMs: 1000 } } });
    clock.set(T0 + 1500);
    expect(await ok(again, 'workspace.unlock', { wachtwoord: PASSWORD })).toMatchObject({ active: { kind: 'eigen' }, security: { locked: false } });
    expect(await ok(again, 'clients.get', { id: clientId })).toMatchObject({ achternaam: NAME });

    expect(await ok(again, 'workspace.lock')).toMatchObject({ active: null, security: { locked: true, lockReason: 'manual' } });
    expect(await again.dispatch('clients.get', { id: clientId })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    again.close();
  });

  it('a forgotten password: the recovery key opens, sets a new password, and stays valid', async () => {
    const { host, dataDir } = setup();
    const { recoveryKey, clientId } = await createWithClient(host);
    await ok(host, 'workspace.lock');
    const wrong = await host.dispatch('workspace.recover', { herstelsleutel: recoveryKey.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')), nieuwWachtwoord: 'een nieuw wachtwoord' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'WRONG_SECRET' } });
    // Typed sloppily: lower case, spaces instead of dashes.
    const sloppy = recoveryKey.toLowerCase().replace(/-/g, ' ');
    expect(await ok(host, 'workspace.recover', { herstelsleutel: sloppy, nieuwWachtwoord: 'een nieuw wachtwoord' })).toMatchObject({ active: { kind: 'eigen' } });
    expect(await ok(host, 'clients.get', { id: clientId })).toMatchObject({ achternaam: NAME });
    await ok(host, 'workspace.lock');
    expect(await host.dispatch('workspace.unlock', { wachtwoord: PASSWORD })).toMatchObject({ ok: false, error: { code: 'WRONG_SECRET' } });
    await ok(host, 'workspace.unlock', { wachtwoord: 'een nieuw wachtwoord' });
    host.close();
    // The CLI takes the recovery key as well as the password (SCHOTVRIJ_KEY).
    const out: string[] = [];
    const io = { out: (s: string) => void out.push(s), err: (s: string) => void out.push(s), env: { SCHOTVRIJ_KEY: recoveryKey } };
    expect(await runCli(['verify', '--db', join(dataDir, 'eigen.sqlite')], io)).toBe(0);
    expect(out.join('')).toContain('audit_chain');
    expect(await runCli(['verify', '--db', join(dataDir, 'eigen.sqlite')], { ...io, env: { SCHOTVRIJ_KEY: 'niet het wachtwoord' } })).not.toBe(0);
  });

  it('change password rewraps; rekey re-encrypts with a new key and older backups stay restorable', async () => {
    const { host, dbPath } = setup();
    const { recoveryKey: firstRecovery, clientId } = await createWithClient(host);
    expect(await host.dispatch('workspace.changePassword', { huidigWachtwoord: 'fout', nieuwWachtwoord: 'tweede wachtwoord' })).toMatchObject({ ok: false, error: { code: 'WRONG_SECRET' } });
    await ok(host, 'workspace.changePassword', { huidigWachtwoord: PASSWORD, nieuwWachtwoord: 'tweede wachtwoord' });
    const before = readKeysFile(keysPathFor(dbPath))!;
    const oldBackup = await ok<{ file: string; keyId: string }>(host, 'system.backup');
    expect(oldBackup.keyId).toBe(before.keyId);

    const { recoveryKey } = await ok<{ recoveryKey: string }>(host, 'workspace.rekey', { wachtwoord: 'tweede wachtwoord' });
    expect(recoveryKey).not.toBe(firstRecovery);
    const after = readKeysFile(keysPathFor(dbPath))!;
    expect(after.keyId).not.toBe(before.keyId);
    expect(after.retired.map((r) => r.keyId)).toEqual([before.keyId]);
    // The live file now opens only with the new key.
    const oldKey = (await unlockWithPassword(before, 'tweede wachtwoord'))!;
    expect(() => openDatabase(dbPath, { key: { raw: oldKey }, readonly: true })).toThrowError(expect.objectContaining({ code: 'DB_KEY' }));
    expect(await ok(host, 'clients.get', { id: clientId })).toMatchObject({ achternaam: NAME });

    // A client added after the old backup disappears when that backup is restored — under the new key.
    await ok(host, 'clients.create', { voornaam: 'Later', achternaam: 'Toegevoegd', geboortedatum: '1950-01-01' });
    await ok(host, 'workspace.restore', { backup: oldBackup.file.split(/[\\/]/).pop() });
    const list = await ok<{ total: number }>(host, 'clients.list', {});
    expect(list.total).toBe(1);
    host.close();
    expect(() => openDatabase(dbPath, { key: { raw: oldKey }, readonly: true })).toThrowError(expect.objectContaining({ code: 'DB_KEY' }));
  });

  it('a crash between writing the new keys and rekeying the database is finished on the next unlock', async () => {
    const { host, clock, dataDir, dbPath } = setup();
    const { clientId } = await createWithClient(host);
    host.close();
    // Simulate: keys file rotated (old key retired) but the process died before PRAGMA rekey.
    const file = readKeysFile(keysPathFor(dbPath))!;
    const oldKey = (await unlockWithPassword(file, PASSWORD))!;
    const next = await rotateDataKey(file, oldKey, PASSWORD, T0, CHEAP);
    writeKeysFile(keysPathFor(dbPath), next.file);
    const again = createWorkspaceHost({ dataDir, mode: 'test', clock, scryptCost: CHEAP, lockCheckMs: 0 });
    await ok(again, 'workspace.unlock', { wachtwoord: PASSWORD });
    expect(await ok(again, 'clients.get', { id: clientId })).toMatchObject({ achternaam: NAME });
    again.close();
    // Now the database is under the new key.
    const db = openDatabase(dbPath, { key: { raw: next.dataKey }, readonly: true });
    expect((db.prepare('SELECT count(*) AS n FROM client').get() as { n: number }).n).toBe(1);
    db.close();
  });

  it('an older plaintext real workspace is encrypted in place; its plaintext backups are removed', async () => {
    const dataDir = tempDir();
    const dbPath = join(dataDir, 'eigen.sqlite');
    // Set up the way an earlier version did: no keys file, plaintext.
    const core = createCore({ dbPath, clock: settableClock(T0), dailyBackup: false });
    core.close();
    const legacy = createWorkspaceHost({ dataDir, mode: 'test', clock: settableClock(T0), scryptCost: CHEAP, lockCheckMs: 0 });
    // An empty database without installation: create the installation through a fresh setup is refused (exists),
    // so write one client directly through the core API after opening.
    await ok(legacy, 'workspace.open', { kind: 'eigen' });
    const c = legacy.activeCore()!;
    const { orm, ids } = c.internals;
    const { organisation, installation } = await import('../../shared/schema/index');
    const orgId = ids.newId();
    orm.insert(organisation).values({ id: orgId, name: 'Oud BV', agb: null, kind: 'vvt', isKassier: false, createdAt: T0 }).run();
    orm.insert(installation).values({ id: ids.newId(), role: 'ketenregisseur', organisationId: orgId, userName: 'Piet', casemanagerId: null, networkName: 'Net', demoSeed: null, demoSize: null, createdAt: T0, createdByAppVersion: '0.0.1' }).run();
    await ok(legacy, 'clients.create', { voornaam: 'Geertruida', achternaam: NAME, geboortedatum: '1938-02-11', bsn: BSN });
    await ok(legacy, 'system.backup');
    expect((await ok(legacy, 'workspace.status')) as unknown).toMatchObject({ security: { encrypted: false, locked: false } });
    expect(fileBytes(join(dataDir, 'backups')).includes(Buffer.from(NAME))).toBe(true);

    const { recoveryKey } = await ok<{ recoveryKey: string }>(legacy, 'workspace.encrypt', { wachtwoord: PASSWORD });
    expect(recoveryKey.length).toBeGreaterThan(30);
    expect(await ok<{ total: number }>(legacy, 'clients.list', {})).toMatchObject({ total: 1 });
    legacy.close();
    expect(isEncryptedFile(dbPath)).toBe(true);
    const all = fileBytes(dataDir);
    expect(all.includes(Buffer.from(NAME))).toBe(false);
    expect(all.includes(Buffer.from(BSN))).toBe(false);
  });
});

describe('app lock', () => {
  it('locks after the idle time, and on a clock jump that means the machine slept', async () => {
    const { host, clock } = setup();
    await createWithClient(host);
    await ok(host, 'workspace.setLockAfter', { minutes: 5 });
    const events: unknown[] = [];
    host.onEvent((e) => events.push(e));
    // The host's timer checks every 15 s; here the test is the timer.
    let t = T0;
    const runFor = async (ms: number) => {
      for (const end = t + ms; t < end; ) {
        t += 15_000;
        clock.set(t);
        await host.checkLock();
      }
    };
    await runFor(4 * 60_000);
    expect(await ok<{ lockAt: number }>(host, 'workspace.touch')).toEqual({ lockAt: t + 5 * 60_000 });
    await runFor(4 * 60_000 + 45_000);
    expect(await ok(host, 'workspace.status')).toMatchObject({ security: { locked: false } });
    await runFor(15_000);
    expect(await ok(host, 'workspace.status')).toMatchObject({ active: null, security: { locked: true, lockReason: 'idle' } });
    expect(events).toContainEqual({ type: 'changed', tables: ['workspace'] });

    // Sleep: a 2-hour gap between two 15-second checks is a suspended machine, whatever the idle time says.
    await ok(host, 'workspace.unlock', { wachtwoord: PASSWORD });
    await runFor(60_000);
    t += 2 * 3600_000;
    clock.set(t);
    await ok(host, 'workspace.touch');
    await host.checkLock();
    expect(await ok(host, 'workspace.status')).toMatchObject({ security: { locked: true, lockReason: 'sleep' } });
    host.close();
  });
});

describe('NEN 7513 access log', () => {
  it('logs reads and writes of a client record with user, organisation and installation — never the data', async () => {
    const { host, clock, dbPath } = setup();
    const { clientId } = await createWithClient(host);
    await ok(host, 'clients.get', { id: clientId });
    await ok(host, 'clients.get', { id: clientId }); // same read within 5 minutes: one line
    await ok(host, 'network.add', { clientId, kind: 'naaste', name: 'Kees', relation: 'zoon' });
    clock.set(T0 + 10 * 60_000);
    await ok(host, 'clients.get', { id: clientId });
    await ok(host, 'clients.list', {});
    const log = await ok<{ rows: { event: string; action: string; clientId: string | null; user: string; onBehalfOf: string }[] }>(host, 'audit.list', { clientId });
    expect(log.rows.map((r) => `${r.event} ${r.action}`).reverse()).toEqual(['create clients.create', 'read clients.get', 'create network.add', 'read clients.get']);
    expect(log.rows[0]).toMatchObject({ user: 'Anna de Vries', onBehalfOf: 'Thuiszorg Noord (AGB 12345678)', clientId });
    // Reading the log was logged too, for this client.
    const again = await ok<{ rows: { event: string }[] }>(host, 'audit.list', { clientId });
    expect(again.rows[0]!.event).toBe('audit');
    // Searches are logged without a client.
    const all = await ok<{ rows: { event: string; action: string }[] }>(host, 'audit.list', { event: 'search' });
    expect(all.rows.map((r) => r.action)).toContain('clients.list');
    // Printing is logged before the window prints (renderer/src/ui/use-print.ts).
    await ok(host, 'audit.print', { clientId, objectType: 'audit_log' });
    const prints = await ok<{ rows: { event: string; objectType: string; clientId: string }[] }>(host, 'audit.list', { event: 'print' });
    expect(prints.rows).toEqual([expect.objectContaining({ event: 'print', objectType: 'audit_log', clientId })]);
    // A paging snapshot: lines written after it (this very read) do not shift the pages.
    const first = await ok<{ rows: { seq: number }[]; total: number }>(host, 'audit.list', { limit: 2 });
    const anchor = first.rows[0]!.seq;
    const page2 = await ok<{ rows: { seq: number }[] }>(host, 'audit.list', { limit: 2, offset: 2, beforeSeq: anchor });
    expect(page2.rows.map((r) => r.seq)).toEqual([anchor - 2, anchor - 3]);
    expect(await ok(host, 'audit.verify')).toMatchObject({ ok: true, brokenAt: null });
    host.close();
    // The log carries no client data: neither name nor BSN appear in any audit row.
    const key = (await unlockWithPassword(readKeysFile(keysPathFor(dbPath))!, PASSWORD))!;
    const db = openDatabase(dbPath, { key: { raw: key }, readonly: true });
    const dump = JSON.stringify(db.prepare('SELECT * FROM audit_log').all());
    db.close();
    expect(dump).not.toContain(NAME);
    expect(dump).not.toContain(BSN);
  });

  it('a failed command leaves no log line (the line commits with the write)', async () => {
    const { host } = setup();
    const { clientId } = await createWithClient(host);
    const before = (await ok<{ total: number }>(host, 'audit.list', { event: 'update' })).total;
    const r = await host.dispatch('clients.update', { id: clientId, patch: { bsn: '123456789' } });
    expect(r.ok).toBe(false);
    expect((await ok<{ total: number }>(host, 'audit.list', { event: 'update' })).total).toBe(before);
    host.close();
  });

  it('is append-only, and verify finds an edited, removed or rewritten entry', async () => {
    const { host, dbPath } = setup();
    const { clientId } = await createWithClient(host);
    await ok(host, 'clients.get', { id: clientId });
    await ok(host, 'system.backup'); // records the chain head
    await ok(host, 'clients.update', { id: clientId, patch: { telefoon: '0612345678' } });
    const core = host.activeCore()!;
    const { db } = core.internals;
    expect(() => db.prepare(`UPDATE audit_log SET user_name = 'x' WHERE seq = 1`).run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log WHERE seq = 2').run()).toThrow(/retention anchor/);
    const key = (await unlockWithPassword(readKeysFile(keysPathFor(dbPath))!, PASSWORD))!;
    host.close();

    // An attacker with the key and a SQLite tool: drop the trigger, edit a line.
    const raw = openDatabase(dbPath, { key: { raw: key } });
    raw.exec('DROP TRIGGER audit_log_no_update');
    raw.prepare(`UPDATE audit_log SET action = 'clients.list' WHERE seq = 2`).run();
    raw.close();
    const edited = createCore({ dbPath, key: { raw: key }, dailyBackup: false });
    const check = await edited.call('audit.verify');
    expect(check).toMatchObject({ ok: false, brokenAt: 2 });
    const verify = await edited.call('system.verify', { full: false });
    expect(verify.checks.find((c) => c.name === 'audit_chain')).toMatchObject({ ok: false });
    edited.close();

    // A consistent rewrite of every hash is caught against the head a backup recorded.
    const rewrite = openDatabase(dbPath, { key: { raw: key } });
    const { entryHash, GENESIS_HASH } = await import('../../electron/core/services/audit');
    rewrite.exec('DROP TRIGGER IF EXISTS audit_log_no_update');
    let prev = GENESIS_HASH;
    for (const r of rewrite.prepare('SELECT * FROM audit_log ORDER BY seq').all() as Parameters<typeof entryHash>[1][]) {
      const h = entryHash(prev, r);
      rewrite.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?').run(prev, h, r.seq);
      prev = h;
    }
    rewrite.close();
    const rewritten = createCore({ dbPath, key: { raw: key }, dailyBackup: false, backupDir: join(dbPath, '..', 'backups', 'eigen') });
    const c2 = await rewritten.call('audit.verify');
    expect(c2.ok).toBe(false);
    expect(c2.detail).toMatch(/rewritten/);
    rewritten.close();
  });

  it('retention removes old lines under an anchor; the rest still verifies', async () => {
    const { host, clock, dataDir } = setup();
    const { clientId } = await createWithClient(host);
    await ok(host, 'clients.get', { id: clientId });
    await ok(host, 'settings.update', { patch: { auditBewaarJaren: 5 } });
    host.close();
    clock.set(T0 + 6 * 365 * 24 * 3600_000);
    const later = createWorkspaceHost({ dataDir, mode: 'test', clock, scryptCost: CHEAP, lockCheckMs: 0 });
    await ok(later, 'workspace.unlock', { wachtwoord: PASSWORD });
    await ok(later, 'clients.get', { id: clientId });
    const v = await ok<{ ok: boolean; anchoredUpTo: number; entries: number }>(later, 'audit.verify');
    expect(v.ok).toBe(true);
    expect(v.anchoredUpTo).toBeGreaterThan(0);
    const rows = await ok<{ rows: { at: number }[] }>(later, 'audit.list', {});
    expect(rows.rows.every((r) => r.at >= T0 + 365 * 24 * 3600_000)).toBe(true);
    later.close();
  });

  it('the settings refuse a retention shorter than 5 years', async () => {
    const { host } = setup();
    await createWithClient(host);
    expect(await host.dispatch('settings.update', { patch: { auditBewaarJaren: 2 } })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    host.close();
  });
});

describe('folder warning', () => {
  it('is in the status when the data folder is synced', async () => {
    const dataDir = join(tempDir(), 'OneDrive - Zorg BV', 'Schotvrij');
    const host = createWorkspaceHost({ dataDir, mode: 'test', scryptCost: CHEAP, lockCheckMs: 0 });
    await ok(host, 'workspace.create', SETUP);
    const s = await ok<{ security: { folderWarning: string } }>(host, 'workspace.status');
    expect(s.security.folderWarning).toMatch(/OneDrive/);
    host.close();
    expect(existsSync(join(dataDir, 'eigen.sqlite.keys.json'))).toBe(true);
  });
});
