/**
 * Benchmark child, the baseline: the same rows, already parsed in memory (untimed),
 * inserted with ONE prepared statement in ONE transaction into a fresh database with
 * the same schema and pragmas. The floor an import cannot go below.
 */
import { readFileSync, rmSync } from 'node:fs';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { createCore } from '../../../electron/core/host';

const [setJson, target] = [process.argv[2]!, process.argv[3]!];
const set = JSON.parse(setJson) as { files: string[] };
const all: string[][] = [];
for (const path of set.files) {
  const csv = Buffer.from(unzipSync(readFileSync(path))['registrations.csv']!).toString('utf8');
  const [, ...rows] = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
  all.push(...rows);
}
for (const s of ['', '-wal', '-shm']) rmSync(target + s, { force: true });
const core = createCore({ dbPath: target, dailyBackup: false });
const { db } = core.internals;
db.exec(`INSERT INTO import_batch (id, source, organisation_agb, format_version, sha256, file_name, rows, accepted, duplicate, manifest, imported_at) VALUES ('b', 'bundle', '0', 1, '', '', 0, 0, 0, '{}', 0)`);
const insert = db.prepare(
  `INSERT INTO imported_registration (organisation_agb, registration_id, version, supersedes, deleted, batch_id, casemanager_agb, client_key, bsn, bsn_status,
     naaste_ref, activity_code, nza_kind, direct, date, started_at, tz_offset_min, minutes, basis, funder_type, funder_code, toewijzing_nummer, product_code,
     correction_reason, note_present, extra, imported_at)
   VALUES (?, ?, ?, ?, ?, 'b', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, 0)`,
);
const n = (v: string) => (v === '' ? null : v);
const t0 = performance.now();
db.transaction(() => {
  for (const r of all) insert.run(r[4], r[0], Number(r[1]), n(r[2]!), Number(r[3]), n(r[5]!), n(r[6]!), n(r[7]!), n(r[8]!), n(r[9]!), r[10], r[11], Number(r[12]), r[13], n(r[14]!), Number(r[15]), Number(r[16]), r[17], r[18], n(r[19]!), n(r[20]!), n(r[21]!), n(r[22]!), Number(r[23]));
})();
const ms = performance.now() - t0;
core.close();
process.stdout.write(JSON.stringify({ ms, rows: all.length, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }) + '\n');
