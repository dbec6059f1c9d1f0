/**
 * `npm run bench [-- --quick] [-- --only <name>]`
 * Writes bench-results/latest.json (and a timestamped copy) and prints a table.
 */
import { cpus, totalmem } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openAndList } from './benchmarks/open-and-list';
import { openDossier } from './benchmarks/open-dossier';
import { kassierImport } from './benchmarks/kassier-import';
import { saveRegistration } from './benchmarks/save-registration';
import { exportBundle } from './benchmarks/export-bundle';
import { backupBench } from './benchmarks/backup';
import { dossierBig } from './benchmarks/dossier-big';
import { rendererBench } from './benchmarks/renderer';
import { cacheDir, type Benchmark, type BenchResult } from './harness';

const root = join(import.meta.dirname, '..', '..');
const ALL: Benchmark[] = [openAndList, openDossier, saveRegistration, exportBundle, dossierBig, kassierImport, backupBench, rendererBench];

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, only: { type: 'string', multiple: true } } });
const selected = values.only?.length ? ALL.filter((b) => values.only!.includes(b.name)) : ALL;
if (selected.length === 0) {
  console.error(`unknown benchmark; available: ${ALL.map((b) => b.name).join(', ')}`);
  process.exit(2);
}

const ctx = { quick: values.quick, cacheDir: cacheDir(root), log: (m: string) => console.log(`  ${m}`) };
const results: BenchResult[] = [];
for (const b of selected) {
  console.log(`running ${b.name}${values.quick ? ' (quick)' : ''}…`);
  results.push(await b.run(ctx));
}

const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memGiB: Math.round(totalmem() / 2 ** 30), node: process.version, platform: `${process.platform}-${process.arch}` };
const report = { at: new Date().toISOString(), quick: values.quick, machine, results };
const outDir = join(root, 'bench-results');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'latest.json'), JSON.stringify(report, null, 2));
writeFileSync(join(outDir, `bench-${report.at.replace(/[:.]/g, '-')}.json`), JSON.stringify(report, null, 2));

const rows = results.map((r) => [
  r.name,
  r.size,
  `${r.subject.medianMs} ms (p95 ${r.subject.p95Ms})`,
  r.baseline ? `${r.baseline.medianMs} ms (p95 ${r.baseline.p95Ms})` : '—',
  r.ratio !== null ? `${r.ratio}×` : '—',
  r.target,
  r.met === null ? '—' : r.met ? 'yes' : 'NO',
]);
const header = ['benchmark', 'size', 'subject (median)', 'baseline (median)', 'ratio', 'target', 'met'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(`\n${machine.cpuModel} × ${machine.cpus}, ${machine.memGiB} GiB, Node ${machine.node}`);
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
for (const r of results) for (const n of r.notes) console.log(`  ${r.name}: ${n}`);
console.log(`\nwritten to ${join(outDir, 'latest.json')}`);
