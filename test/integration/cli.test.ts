import Database from 'better-sqlite3-multiple-ciphers';
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../../electron/core/cli/cli';
import { useTempDirs } from '../support/temp';

const tempDir = useTempDirs();
const root = join(import.meta.dirname, '..', '..');

async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (s) => (out += s), err: (s) => (err += s), env });
  return { code, out, err };
}

describe('schotvrij CLI', () => {
  it('demo → verify → stats --json shows the demo clients', async () => {
    const db = join(tempDir(), 'x.sqlite');
    const demo = await cli(['demo', '--db', db, '--size', 'small']);
    expect(demo.code).toBe(EXIT.ok);
    expect(demo.out).toMatch(/25 clients/);
    const verify = await cli(['verify', '--db', db]);
    expect(verify.code).toBe(EXIT.ok);
    expect(verify.out).toMatch(/ok\s+integrity_check/);
    const stats = await cli(['stats', '--db', db, '--json']);
    expect(stats.code).toBe(EXIT.ok);
    const json = JSON.parse(stats.out) as { counts: Record<string, number>; installation: { role: string } };
    expect(json.counts.client).toBe(25);
    expect(json.installation.role).toBe('arrangeur');
  });

  it('the same seed gives the same network to every role', async () => {
    const dir = tempDir();
    await cli(['demo', '--db', join(dir, 'a.sqlite'), '--role', 'arrangeur', '--seed', '42']);
    await cli(['demo', '--db', join(dir, 'k.sqlite'), '--role', 'kassier', '--seed', '42']);
    const ids = (f: string, sql: string) => {
      const d = new Database(join(dir, f), { readonly: true });
      const rows = (d.prepare(sql).all() as { id: string }[]).map((r) => r.id);
      d.close();
      return rows;
    };
    const arrangeurClients = ids('a.sqlite', 'SELECT id FROM client ORDER BY id');
    const kassierClients = new Set(ids('k.sqlite', 'SELECT id FROM client'));
    expect(arrangeurClients.length).toBeGreaterThan(0);
    for (const id of arrangeurClients) expect(kassierClients.has(id)).toBe(true);
    expect(ids('a.sqlite', 'SELECT id FROM organisation ORDER BY id')).toEqual(ids('k.sqlite', 'SELECT id FROM organisation ORDER BY id'));
  });

  it('refuses to overwrite an existing database without --force', async () => {
    const db = join(tempDir(), 'x.sqlite');
    await cli(['demo', '--db', db]);
    const again = await cli(['demo', '--db', db, '--role', 'kassier']);
    expect(again.code).toBe(EXIT.usage);
    expect(again.err).toMatch(/--force/);
    expect((await cli(['demo', '--db', db, '--role', 'kassier', '--force'])).code).toBe(EXIT.ok);
  });

  it('backup writes a verified copy and stats reports it', async () => {
    const db = join(tempDir(), 'x.sqlite');
    await cli(['demo', '--db', db]);
    const b = await cli(['backup', '--db', db, '--json']);
    expect(b.code).toBe(EXIT.ok);
    const info = JSON.parse(b.out) as { file: string; quickCheck: string; counts: Record<string, number> };
    expect(info.quickCheck).toBe('ok');
    expect(info.counts.client).toBe(25);
    expect(statSync(info.file).size).toBeGreaterThan(0);
    const stats = JSON.parse((await cli(['stats', '--db', db, '--json'])).out) as { lastBackup: { file: string } };
    expect(stats.lastBackup.file).toBe(info.file);
  });

  it('restore brings back the backed-up state and keeps a pre-restore copy', async () => {
    const db = join(tempDir(), 'x.sqlite');
    await cli(['demo', '--db', db]);
    const info = JSON.parse((await cli(['backup', '--db', db, '--json'])).out) as { file: string; counts: Record<string, number> };
    const events = info.counts.client_event!;
    expect(events).toBeGreaterThan(0);
    const raw = new Database(db);
    raw.prepare("DELETE FROM client_event WHERE kind = 'verwijzing'").run();
    const afterDelete = (raw.prepare('SELECT count(*) AS n FROM client_event').get() as { n: number }).n;
    raw.close();
    expect(afterDelete).toBeLessThan(events);
    const r = await cli(['restore', '--db', db, '--from', info.file]);
    expect(r.code).toBe(EXIT.ok);
    const stats = JSON.parse((await cli(['stats', '--db', db, '--json'])).out) as { counts: Record<string, number> };
    expect(stats.counts.client_event).toBe(events);
    const list = JSON.parse((await cli(['backups', '--db', db, '--json'])).out) as { kind: string; counts: Record<string, number> }[];
    expect(list.find((b) => b.kind === 'pre-restore')?.counts.client_event).toBe(afterDelete);
  });

  it('verify exits 1 when the database is damaged', async () => {
    const db = join(tempDir(), 'x.sqlite');
    await cli(['demo', '--db', db, '--role', 'kassier']);
    // Overwrite part of the last page (an index/table page) with garbage.
    const size = statSync(db).size;
    const fd = openSync(db, 'r+');
    writeSync(fd, Buffer.alloc(2000, 0xab), 0, 2000, size - 3000);
    closeSync(fd);
    const r = await cli(['verify', '--db', db]);
    expect(r.code).toBe(EXIT.failed);
    expect(r.out).toMatch(/FAIL\s+integrity_check/);
  });

  it('bad arguments exit 2 with a clear English message', async () => {
    expect((await cli(['stats'])).code).toBe(EXIT.usage);
    expect((await cli(['frobnicate'])).code).toBe(EXIT.usage);
    const seed = await cli(['demo', '--db', join(tempDir(), 'y.sqlite'), '--seed', 'abc']);
    expect(seed.code).toBe(EXIT.usage);
    expect(seed.err).toMatch(/--seed must be a whole number/);
    const missing = await cli(['stats', '--db', join(tempDir(), 'nope.sqlite')]);
    expect(missing.code).toBe(EXIT.usage);
    expect(missing.err).toMatch(/database not found/);
  });

  it('a file that is not a Schotvrij database exits 3 and is left alone', async () => {
    const path = join(tempDir(), 'other.sqlite');
    const other = new Database(path);
    other.exec('CREATE TABLE foreign_app (x); INSERT INTO foreign_app VALUES (1);');
    other.close();
    const before = readFileSync(path);
    const r = await cli(['stats', '--db', path]);
    expect(r.code).toBe(EXIT.refused);
    expect(r.err).toMatch(/not a Schotvrij one/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('an encrypted database opens only with its key', async () => {
    const db = join(tempDir(), 'enc.sqlite');
    expect((await cli(['demo', '--db', db], { SCHOTVRIJ_KEY: 'correct horse' })).code).toBe(EXIT.ok);
    expect(readFileSync(db).includes(Buffer.from('SQLite format 3'))).toBe(false);
    expect((await cli(['stats', '--db', db])).code).toBe(EXIT.refused);
    expect((await cli(['stats', '--db', db], { SCHOTVRIJ_KEY: 'wrong' })).code).toBe(EXIT.refused);
    const ok = await cli(['verify', '--db', db], { SCHOTVRIJ_KEY: 'correct horse' });
    expect(ok.code).toBe(EXIT.ok);
    const b = JSON.parse((await cli(['backup', '--db', db, '--json'], { SCHOTVRIJ_KEY: 'correct horse' })).out) as { file: string; encrypted: boolean };
    expect(b.encrypted).toBe(true);
    expect(readFileSync(b.file).includes(Buffer.from('SQLite format 3'))).toBe(false);
  });

  it('export fhir writes the current plan version as a FHIR R4 Bundle', async () => {
    const dir = tempDir();
    const db = join(dir, 'x.sqlite');
    await cli(['demo', '--db', db]);
    const raw = new Database(db, { readonly: true });
    const clientId = (raw.prepare('SELECT client_id AS id FROM plan LIMIT 1').get() as { id: string }).id;
    raw.close();
    const out = join(dir, 'plan.json');
    const r = await cli(['export', 'fhir', '--db', db, '--client', clientId, '--out', out]);
    expect(r.code).toBe(EXIT.ok);
    const bundle = JSON.parse(readFileSync(out, 'utf8')) as { resourceType: string; type: string; entry: { resource: { resourceType: string } }[] };
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    expect(bundle.entry.some((e) => e.resource.resourceType === 'CarePlan')).toBe(true);
    const none = await cli(['export', 'fhir', '--db', db, '--client', 'no-such-client', '--out', join(dir, 'x.json')]);
    expect(none.code).not.toBe(EXIT.ok);
  });

  it('runs as a real process: --help documents the exit codes', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'electron/core/cli/main.ts'), '--help'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Exit codes:/);
    expect(r.stdout).toMatch(/3\s+database refused/);
  });
});

describe('schotvrij exchange commands', () => {
  it('export registrations → identity export → trust → import: summary line and exit codes', async () => {
    const dir = tempDir();
    const laptop = join(dir, 'laptop.sqlite');
    const kas = join(dir, 'kassier.sqlite');
    await cli(['demo', '--db', laptop, '--role', 'arrangeur', '--seed', '7']);
    await cli(['demo', '--db', kas, '--role', 'kassier', '--seed', '7']);
    const exp = await cli(['export', 'registrations', '--db', laptop, '--period', '2026-10', '--out', join(dir, 'okt.zip')]);
    expect(exp.code).toBe(EXIT.ok);
    expect(exp.out).toMatch(/Exported \d+ registration version/);
    const again = await cli(['export', 'registrations', '--db', laptop, '--period', '2026-10', '--out', join(dir, 'okt2.zip')]);
    expect(again.code).not.toBe(EXIT.ok);

    const unknown = await cli(['import', '--db', kas, join(dir, 'okt.zip')]);
    expect(unknown.code).toBe(EXIT.failed);
    expect(unknown.out).toMatch(/UNKNOWN_SIGNER/);
    expect(unknown.out.trim().split('\n').at(-1)).toBe('accepted 0, duplicate 0, refused 1');

    const id = await cli(['identity', 'export', '--db', laptop, '--out', join(dir, 'id.json')]);
    expect(id.out).toMatch(/Fingerprint: ([0-9A-F]{4} ){7}[0-9A-F]{4}/);
    expect((await cli(['trust', '--db', kas, join(dir, 'id.json')])).out).toMatch(/Trusted/);
    const ok = await cli(['import', '--db', kas, join(dir, 'okt.zip'), join(dir, 'okt.zip')]);
    expect(ok.code).toBe(EXIT.ok);
    expect(ok.out.trim().split('\n').at(-1)).toBe('accepted 1, duplicate 1, refused 0');
    const list = await cli(['trust', '--db', kas, '--list']);
    expect(list.out).toMatch(/arrangeur|Zorggroep/);
  });
});
