/**
 * Save one registration through the core: `registrations.create` — input parse, the
 * attribution rule (which funding pays, on that date), week-closed check, the insert, the
 * NEN 7513 access-log line, output validation, in one IMMEDIATE transaction with
 * synchronous=FULL (one fsync per save).
 *
 * Baseline: a raw single-row INSERT of a full registration row on its own connection with
 * the same pragmas (openDatabase), autocommit: the same fsync, none of the rules.
 */
import { createCore } from '../../../electron/core/host';
import { openDatabase } from '../../../electron/core/db/open';
import { demoDataset, workingCopy } from '../datasets';
import { alternate, round, summarize, type Benchmark } from '../harness';

export const saveRegistration: Benchmark = {
  name: 'save-registration',
  description: 'save one registration via the dispatcher (rules, audit line, one fsync) vs a raw single-row insert',
  target: '≤ 3× baseline',
  async run(ctx) {
    const ds = demoDataset(ctx.cacheDir, { role: 'arrangeur', size: ctx.quick ? 'small' : 'network', seed: 1 });
    const path = workingCopy(ctx.cacheDir, ds.path, 'save-registration');
    const core = createCore({ dbPath: path, dailyBackup: false });
    const raw = openDatabase(path);
    const clients = (raw.prepare(`SELECT DISTINCT client_id AS id FROM funding WHERE status = 'toegekend' LIMIT 200`).all() as { id: string }[]).map((r) => r.id);
    const template = raw.prepare(`SELECT * FROM registration WHERE client_id IS NOT NULL AND deleted = 0 LIMIT 1`).get() as Record<string, unknown>;
    const cols = Object.keys(template);
    const ins = raw.prepare(`INSERT INTO registration (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`);
    let i = 0;
    let j = 0;
    const t = await alternate(
      ctx.quick ? 60 : 300,
      10,
      async () => {
        const c = clients[i++ % clients.length]!;
        await core.call('registrations.create', { date: '2026-11-20', minutes: 30, clientId: c, activityCode: 'direct' });
      },
      () => {
        ins.run({ ...template, id: `raw-${j++}`, version: 1, date: '2026-11-20', exported_batch_id: null });
      },
    );
    raw.close();
    core.close();
    const s = summarize('registrations.create', t.a);
    const b = summarize('raw INSERT, autocommit', t.b);
    const ratio = round(s.medianMs / b.medianMs);
    return {
      name: this.name,
      description: this.description,
      size: `${t.a.length} saves over ${clients.length} clients`,
      subject: s,
      baseline: b,
      ratio,
      target: this.target,
      met: ratio <= 3,
      notes: ['both commit with synchronous=FULL in WAL mode (one fsync each); the subject also writes the access-log line in the same transaction'],
    };
  },
};
