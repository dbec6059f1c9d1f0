/**
 * Kassier import of a network's bundle set (≥ 1M registrations at full size), end to
 * end through the contract, against a raw prepared-statement insert of the same rows in
 * the same run. Both run in child processes (peak RSS is per process); alternated.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { kassierBundleSet } from '../kassier-bundles';
import { round, summarize, type Benchmark } from '../harness';

const root = join(import.meta.dirname, '..', '..', '..');

function child(script: string, args: string[]): { ms: number; rows: number; maxRssMb: number } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, script), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${script} failed: ${r.stderr.slice(0, 2000)}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { ms: number; rows: number; maxRssMb: number };
}

export const kassierImport: Benchmark = {
  name: 'kassier-import',
  description: 'kassier import of the bundle set (verify, validate, write, index) vs raw insert of the same rows',
  target: '≤ 1.5× baseline; peak RSS ≤ 400 MB',
  async run(ctx) {
    const t0 = performance.now();
    const set = kassierBundleSet(ctx.cacheDir, ctx.quick);
    ctx.log(`bundle set: ${set.files.length} bundles, ${set.rows} rows (ready in ${Math.round(performance.now() - t0)} ms)`);
    const rounds = ctx.quick ? 2 : 2;
    const subject: number[] = [];
    const baseline: number[] = [];
    let rss = 0;
    let baseRss = 0;
    for (let i = 0; i < rounds; i++) {
      const a = child('test/perf/children/kassier-import.ts', [JSON.stringify(set), join(ctx.cacheDir, 'bench-kassier-target.sqlite')]);
      const b = child('test/perf/children/raw-insert.ts', [JSON.stringify(set), join(ctx.cacheDir, 'bench-raw-target.sqlite')]);
      if (a.rows !== set.rows || b.rows !== set.rows) throw new Error(`row counts differ: import ${a.rows}, raw ${b.rows}, set ${set.rows}`);
      subject.push(a.ms);
      baseline.push(b.ms);
      rss = Math.max(rss, a.maxRssMb);
      baseRss = Math.max(baseRss, b.maxRssMb);
    }
    const s = summarize(`import.bundleFile × ${set.files.length}`, subject);
    const b = summarize('one prepared INSERT, one transaction', baseline);
    const ratio = round(s.medianMs / b.medianMs);
    return {
      name: this.name,
      description: this.description,
      size: `${set.rows} registrations in ${set.files.length} bundles`,
      subject: s,
      baseline: b,
      ratio,
      target: this.target,
      met: ratio <= 1.5 && rss <= 400,
      notes: [`peak RSS: import ${rss} MB, raw insert ${baseRss} MB (the raw insert holds all parsed rows in memory)`, `${rounds} alternating rounds, each in fresh child processes`, `throughput: ${Math.round(set.rows / (s.medianMs / 1000))} rows/s end to end`],
    };
  },
};
