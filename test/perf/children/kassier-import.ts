/**
 * Benchmark child: imports every bundle of the set into a copy of the kassier database
 * through the contract (import.bundleFiles: read, verify signature and hashes, validate,
 * one pre-import backup, one transaction), then prints {ms, maxRssMb, rows} as JSON. A separate
 * process, so the peak memory is the import's own.
 */
import { copyFileSync, rmSync } from 'node:fs';
import { createCore } from '../../../electron/core/host';

const [setJson, target] = [process.argv[2]!, process.argv[3]!];
const set = JSON.parse(setJson) as { kassierDb: string; files: string[] };
for (const s of ['', '-wal', '-shm']) rmSync(target + s, { force: true });
copyFileSync(set.kassierDb, target);
const core = createCore({ dbPath: target, dailyBackup: false, backupDir: `${target}-backups` });
const t0 = performance.now();
// The kassier's monthly intake: all bundles in one import action (import.bundleFiles).
const reports = await core.call('import.bundleFiles', { paths: set.files });
const ms = performance.now() - t0;
let rows = 0;
for (const r of reports) {
  if (r.status !== 'accepted') throw new Error(`${r.fileName}: ${r.status} ${JSON.stringify(r.reasons.slice(0, 2))}`);
  rows += r.accepted;
}
core.close();
rmSync(`${target}-backups`, { recursive: true, force: true });
process.stdout.write(JSON.stringify({ ms, rows, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }) + '\n');
