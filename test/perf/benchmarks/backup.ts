/**
 * A verified backup of a kassier database: `core.backup` — VACUUM INTO a `.partial`,
 * open the copy and run quick_check, count the rows per table for the restore screen,
 * fsync, rename, sidecar, rotation.
 *
 * Baseline: the bare `VACUUM INTO` of the same database in the same run (what the copy
 * itself costs; everything above it is the verification).
 */
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createCore } from '../../../electron/core/host';
import { openDatabase } from '../../../electron/core/db/open';
import { kassierBundleSet } from '../kassier-bundles';
import { round, summarize, type Benchmark } from '../harness';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const root = join(import.meta.dirname, '..', '..', '..');

/** The kassier database after importing the whole bundle set (made once by the import child, cached). */
function kassierAfterImport(cache: string, quick: boolean): string {
  const set = kassierBundleSet(cache, quick);
  const target = join(cache, `kassier-imported-${quick ? 'quick' : 'full'}-${set.rows}.sqlite`);
  if (!existsSync(target)) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'test/perf/children/kassier-import.ts'), JSON.stringify(set), target], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (r.status !== 0) throw new Error(`import child failed: ${r.stderr.slice(0, 2000)}`);
  }
  return target;
}

export const backupBench: Benchmark = {
  name: 'backup',
  description: 'verified backup (VACUUM INTO + quick_check + counts + atomic publish) of a kassier database vs bare VACUUM INTO',
  target: '≤ 1.2× baseline',
  async run(ctx) {
    const db = kassierAfterImport(ctx.cacheDir, ctx.quick);
    const sizeMb = Math.round(statSync(db).size / 2 ** 20);
    const dir = join(ctx.cacheDir, 'backup-bench');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const core = createCore({ dbPath: db, dailyBackup: false, backupDir: dir });
    const raw = openDatabase(db, { readonly: true });
    const rounds = ctx.quick ? 3 : 4;
    const subject: number[] = [];
    const baseline: number[] = [];
    for (let i = 0; i < rounds + 1; i++) {
      const plain = join(dir, `plain-${i}.sqlite`);
      const t0 = performance.now();
      raw.prepare('VACUUM INTO ?').run(plain);
      const tb = performance.now() - t0;
      rmSync(plain, { force: true });
      const t1 = performance.now();
      const b = core.backup('manual');
      const ta = performance.now() - t1;
      rmSync(b.file, { force: true });
      rmSync(`${b.file}.json`, { force: true });
      if (i > 0) {
        subject.push(ta);
        baseline.push(tb);
      }
    }
    raw.close();
    core.close();
    rmSync(dir, { recursive: true, force: true });
    const s = summarize('core.backup (verified)', subject);
    const b = summarize('VACUUM INTO', baseline);
    const ratio = round(s.medianMs / b.medianMs);
    return {
      name: this.name,
      description: this.description,
      size: `${sizeMb} MB kassier database`,
      subject: s,
      baseline: b,
      ratio,
      target: this.target,
      met: ratio <= 1.2,
      notes: [`${rounds} alternating rounds after one warm-up; both write to the same disk`],
    };
  },
};
