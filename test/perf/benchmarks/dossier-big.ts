/**
 * Open a client dossier on a database with 500k registrations (quick: 50k): the dossier
 * view must not slow down as the hours pile up. Subject: `clients.dossier` through the
 * dispatcher, access-log line included (the first read of each dossier writes one).
 * Baseline: a single indexed raw query — the client's registrations of one month
 * through registration_client_idx.
 */
import { createCore } from '../../../electron/core/host';
import { openDatabase } from '../../../electron/core/db/open';
import { registrationsDataset, workingCopy } from '../datasets';
import { alternate, percentile, round, summarize, type Benchmark } from '../harness';

const MONTHS = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12'];

export const dossierBig: Benchmark = {
  name: 'dossier-500k',
  description: 'open a client dossier on a database holding 500k registrations vs one indexed raw query',
  target: '≤ 50 ms (p95)',
  async run(ctx) {
    const count = ctx.quick ? 50_000 : 500_000;
    const ds = registrationsDataset(ctx.cacheDir, { size: 'network', count, months: MONTHS });
    const path = workingCopy(ctx.cacheDir, ds.path, 'dossier-big');
    const core = createCore({ dbPath: path, dailyBackup: false });
    const raw = openDatabase(path, { readonly: true });
    const ids = (raw.prepare('SELECT DISTINCT client_id AS id FROM registration WHERE client_id IS NOT NULL LIMIT 400').all() as { id: string }[]).map((r) => r.id);
    const q = raw.prepare(`SELECT * FROM registration WHERE client_id = ? AND date BETWEEN '2026-10-01' AND '2026-10-31'`);
    let i = 0;
    let j = 0;
    const t = await alternate(
      ctx.quick ? 40 : 120,
      5,
      async () => {
        const d = await core.call('clients.dossier', { id: ids[i++ % ids.length]! });
        if (!d.header) throw new Error('no dossier');
      },
      () => q.all(ids[j++ % ids.length]!),
    );
    raw.close();
    core.close();
    const s = summarize('clients.dossier', t.a);
    const b = summarize('raw indexed SELECT', t.b);
    return {
      name: this.name,
      description: this.description,
      size: `${count} registrations, ${ids.length} dossiers cycled`,
      subject: s,
      baseline: b,
      ratio: round(s.medianMs / b.medianMs, 1),
      target: this.target,
      met: percentile(t.a, 95) <= 50,
      notes: ['the ratio compares a whole view (~10 queries + output validation + access-log line) with one query; the target is absolute'],
    };
  },
};
