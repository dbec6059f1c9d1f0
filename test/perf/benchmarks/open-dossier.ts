/**
 * Open a client dossier: one `clients.dossier` call — header, timeline, network,
 * funding, the plan with its current version (goals, actions with performer and
 * funding labels, score history) — on the network-size demo database as the
 * arrangeur holds it (time registrations join this view in a later issue).
 *
 * Baseline: a single indexed raw query (the client row by primary key), the floor
 * the architecture budget (≤ 100 ms, architecture.md §10.6) is anchored on.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { createCore } from '../../../electron/core/host';
import { demoDataset } from '../datasets';
import { alternate, round, summarize, type Benchmark } from '../harness';

export const openDossier: Benchmark = {
  name: 'open-dossier',
  description: 'open a client dossier (plan + network + funding + timeline) via the dispatcher',
  target: '≤ 100 ms (architecture budget); ratio reported',
  async run(ctx) {
    const ds = demoDataset(ctx.cacheDir, { role: 'arrangeur', size: ctx.quick ? 'small' : 'network', seed: 1 });
    const core = createCore({ dbPath: ds.path, dailyBackup: false });
    const raw = new Database(ds.path, { readonly: true });
    const ids = (raw.prepare('SELECT client_id AS id FROM plan ORDER BY client_id').all() as { id: string }[]).map((r) => r.id);
    const byId = raw.prepare('SELECT * FROM client WHERE id = ?');
    let i = 0;
    let j = 0;
    const t = await alternate(
      ctx.quick ? 20 : 60,
      5,
      async () => {
        const d = await core.call('clients.dossier', { id: ids[i++ % ids.length]! });
        if (!d.header) throw new Error('no dossier');
      },
      () => {
        if (!byId.get(ids[j++ % ids.length]!)) throw new Error('no client');
      },
    );
    const counts = raw.prepare('SELECT (SELECT count(*) FROM plan_version) AS versions, (SELECT count(*) FROM plan_action) AS actions, (SELECT count(*) FROM network_member) AS members').get() as Record<string, number>;
    raw.close();
    core.close();
    const s = summarize('clients.dossier', t.a);
    const b = summarize('raw SELECT client by id', t.b);
    return {
      name: this.name,
      description: this.description,
      size: `${ids.length} dossiers (${counts.versions} plan versions, ${counts.actions} actions, ${counts.members} network members)`,
      subject: s,
      baseline: b,
      ratio: round(s.medianMs / b.medianMs, 1),
      target: this.target,
      met: s.p95Ms <= 100,
      notes: ['the dossier is ~10 queries plus output validation; the baseline is one primary-key lookup, so the ratio shows the cost of the whole view, not overhead'],
    };
  },
};
