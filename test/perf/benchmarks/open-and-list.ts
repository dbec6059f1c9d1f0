/**
 * Open the database and list 10k clients (the whole register, page by page, as the
 * virtualized client list does when scrolled end to end).
 *
 * Subject: createCore (open, key check, pragmas, migration check) + 10 × `clients.list`
 *          of 1,000 rows through the dispatcher (input parse, drizzle query, count,
 *          output parse against the contract).
 * Baseline: the raw floor — better-sqlite3 open with the same pragmas and ONE prepared
 *          statement returning the same 10k rows and columns in the same order.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { createCore } from '../../../electron/core/host';
import { demoDataset } from '../datasets';
import { alternate, round, summarize, type Benchmark } from '../harness';

export const openAndList: Benchmark = {
  name: 'open-and-list-clients',
  description: 'open database + list 10k clients (10 pages of 1,000 via the dispatcher)',
  target: '≤ 3× baseline (first benchmark; no issue target yet)',
  async run(ctx) {
    const total = ctx.quick ? 2_000 : 10_000;
    const ds = demoDataset(ctx.cacheDir, { role: 'kassier', size: ctx.quick ? 'small' : 'network', seed: 1, clients: total });
    const pageSize = 1000;

    const subject = async () => {
      const core = createCore({ dbPath: ds.path, dailyBackup: false });
      let seen = 0;
      for (let offset = 0; offset < total; offset += pageSize) {
        const page = await core.call('clients.list', { offset, limit: pageSize });
        seen += page.rows.length;
      }
      core.close();
      if (seen !== total) throw new Error(`listed ${seen}, expected ${total}`);
    };

    const baseline = () => {
      const db = new Database(ds.path);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
      const rows = db
        .prepare(
          `SELECT c.id, c.voornaam, c.tussenvoegsel, c.achternaam, c.geboortedatum, c.bsn, c.status, m.name
           FROM client c LEFT JOIN casemanager m ON m.id = c.casemanager_id
           ORDER BY c.sort_key, c.id LIMIT ?`,
        )
        .all(total);
      db.close();
      if (rows.length !== total) throw new Error(`baseline listed ${rows.length}`);
    };

    const rounds = ctx.quick ? 5 : 15;
    const t = await alternate(rounds, 2, subject, baseline);
    const s = summarize('createCore + 10 × clients.list', t.a);
    const b = summarize('raw open + one prepared SELECT', t.b);
    const ratio = round(s.medianMs / b.medianMs);
    return {
      name: this.name,
      description: this.description,
      size: `${total} clients`,
      subject: s,
      baseline: b,
      ratio,
      target: this.target,
      met: ratio <= 3,
      notes: [`${rounds} alternating rounds after 2 warm-up rounds`],
    };
  },
};
