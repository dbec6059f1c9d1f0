/**
 * Child process for test/proof/sigkill.test.ts: `<mode> <dbPath> [args…]`.
 * Prints START when the work begins, `ACK <what>` after each unit of work was
 * acknowledged (the call returned: what a user would have seen as done), DONE at the
 * end. The parent SIGKILLs it at a random moment and then checks the database.
 *
 *   import-each   <db> <bundle>…        import.bundleFile per file (a backup before the first): ACK <batchId> <status>
 *   import-intake <db> <bundle>…        import.bundleFiles, one call, one transaction: ACK <batchId> <status> per report
 *   export        <db> <period>…        export.registrations per month: ACK <batchId> <sha256> <rows>
 *   migrate       <db>                  open an old database: pre-migration backup, then every migration
 *   backup        <db> <count>          core.backup('manual') count times: ACK <file>
 *   burst         <db> <count> <client>… registrations.create one by one: ACK <id>
 */
import { fixedClock, systemClock } from '../../../electron/core/clock';
import { createCore } from '../../../electron/core/host';

const [mode, dbPath, ...args] = process.argv.slice(2) as [string, string, ...string[]];
const out = (line: string) => process.stdout.write(`${line}\n`);
// A fixed "now" (the day these tests are about); backups need distinct file stamps, so the real clock.
const clock = mode === 'backup' ? systemClock : fixedClock(Date.UTC(2026, 10, 23, 11));

if (mode === 'migrate') {
  out('START');
  createCore({ dbPath, clock, dailyBackup: false }).close();
  out('DONE');
} else {
  const core = createCore({ dbPath, clock, dailyBackup: false });
  out('START');
  if (mode === 'import-each') {
    for (const [i, path] of args.entries()) {
      const r = await core.call('import.bundleFile', { path, backup: i === 0 });
      out(`ACK ${r.batchId} ${r.status}`);
    }
  } else if (mode === 'import-intake') {
    for (const r of await core.call('import.bundleFiles', { paths: args })) out(`ACK ${r.batchId} ${r.status}`);
  } else if (mode === 'export') {
    for (const period of args) {
      const r = await core.call('export.registrations', { period });
      out(`ACK ${r.batch.id} ${r.batch.sha256} ${r.batch.rowCount}`);
    }
  } else if (mode === 'backup') {
    for (let i = 0; i < Number(args[0]); i++) out(`ACK ${core.backup('manual').file}`);
  } else if (mode === 'burst') {
    const [count, ...clients] = args;
    for (let i = 0; i < Number(count); i++) {
      const r = await core.call('registrations.create', { date: `2026-11-${String(1 + (i % 20)).padStart(2, '0')}`, minutes: 1 + (i % 240), clientId: clients[i % clients.length]!, activityCode: 'direct' });
      out(`ACK ${r.id}`);
    }
  } else {
    throw new Error(`unknown mode ${mode}`);
  }
  core.close();
  out('DONE');
}
