/**
 * Export a network-month as one signed bundle: `export.registrations` — select the
 * pending rows with their funding and BSN, write registrations.csv and events.csv, seal
 * the BSNs when a kassier is trusted (not here: withheld), zip, Ed25519-sign the whole
 * file, store the bytes and mark every row exported, in one transaction.
 *
 * Baseline: reading the same rows with one raw statement. Each round exports from a
 * fresh copy of the database (the copy is not timed): an export marks its rows.
 */
import { createCore } from '../../../electron/core/host';
import { openDatabase } from '../../../electron/core/db/open';
import { registrationsDataset, workingCopy } from '../datasets';
import { round, summarize, type Benchmark } from '../harness';

const MONTH = '2026-10';

export const exportBundle: Benchmark = {
  name: 'export-bundle',
  description: 'export the registrations of a network-month as a signed bundle vs reading the same rows raw',
  target: '≤ 2× baseline',
  async run(ctx) {
    const count = ctx.quick ? 5_000 : 40_000;
    const ds = registrationsDataset(ctx.cacheDir, { size: ctx.quick ? 'small' : 'network', count, months: [MONTH] });
    const rounds = ctx.quick ? 3 : 5;
    const subject: number[] = [];
    const baseline: number[] = [];
    let rows = 0;
    let bytes = 0;
    for (let i = 0; i < rounds + 1; i++) {
      const path = workingCopy(ctx.cacheDir, ds.path, 'export-bundle');
      const raw = openDatabase(path, { readonly: true });
      const t0 = performance.now();
      const read = raw
        .prepare(`SELECT * FROM registration WHERE date BETWEEN ? AND ? AND exported_batch_id IS NULL ORDER BY date, id, version`)
        .all(`${MONTH}-01`, `${MONTH}-31`);
      const tb = performance.now() - t0;
      raw.close();
      const core = createCore({ dbPath: path, dailyBackup: false });
      const t1 = performance.now();
      const r = await core.call('export.registrations', { period: MONTH });
      const ta = performance.now() - t1;
      core.close();
      if (r.batch.rowCount !== read.length) throw new Error(`export wrote ${r.batch.rowCount} rows, raw read ${read.length}`);
      rows = read.length;
      bytes = Math.round((r.base64.length * 3) / 4);
      // The first round warms the page cache and the JIT.
      if (i > 0) {
        subject.push(ta);
        baseline.push(tb);
      }
    }
    const s = summarize('export.registrations', subject);
    const b = summarize('raw SELECT of the same rows', baseline);
    const ratio = round(s.medianMs / b.medianMs);
    return {
      name: this.name,
      description: this.description,
      size: `${rows} registrations in one month (${Math.round(bytes / 1024)} KiB bundle)`,
      subject: s,
      baseline: b,
      ratio,
      target: this.target,
      met: ratio <= 2,
      notes: [`${rounds} rounds on fresh copies after one warm-up round`],
    };
  },
};
