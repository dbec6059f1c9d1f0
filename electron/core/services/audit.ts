/**
 * NEN 7513 access log (docs/security.md §Audit log).
 *
 * Every entry says who (user, on whose behalf, installation) did what (event, contract
 * method) with which record (client, object type and id), when — never the data itself.
 *
 * Integrity: entries are hash-chained. hash = sha256(prev_hash ‖ canonical entry), with
 * the sequence number inside the canonical form, so an edited, removed, inserted or
 * reordered entry breaks the chain at that point. Triggers (migration 0003) make the
 * table append-only for every writer, including a future bug in Schotvrij. Retention
 * removes old entries only under an anchor that carries the last removed hash, so the
 * remaining chain still verifies from its first entry.
 *
 * Limit (threat model): someone holding the database key and a SQLite tool could rewrite
 * the whole chain consistently. Every backup sidecar therefore records the chain head
 * (seq + hash) at that moment, and verification checks the live chain against those
 * heads: a rewrite shows up against any backup made before it.
 */
import { createHash } from 'node:crypto';
import type { AuditEntry, AuditEvent } from '../../../shared/contract/index';
import { instantOf, nextDay } from '../../../shared/domain/time';
import type { CoreContext } from '../context';
import type { Db } from '../db/open';

export const GENESIS_HASH = '0'.repeat(64);

/** Runner tests open cores on toy migrations without the audit tables. */
export function hasAuditTables(db: Db): boolean {
  return db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'`).get() !== undefined;
}

export interface AuditRecord {
  event: AuditEvent;
  action: string;
  clientId: string | null;
  objectType: string | null;
  objectId: string | null;
}

interface Row {
  seq: number;
  at: number;
  event: string;
  action: string;
  client_id: string | null;
  user_name: string;
  on_behalf_of: string | null;
  installation_id: string;
  object_type: string | null;
  object_id: string | null;
  prev_hash: string;
  hash: string;
}

export function entryHash(prevHash: string, r: Omit<Row, 'prev_hash' | 'hash'>): string {
  const canonical = JSON.stringify([r.seq, r.at, r.event, r.action, r.client_id, r.user_name, r.on_behalf_of, r.installation_id, r.object_type, r.object_id]);
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}

type Stmt = { get(...params: unknown[]): unknown; run(...params: unknown[]): unknown };
const statements = new WeakMap<Db, { head: Stmt; anchor: Stmt; insert: Stmt }>();
function stmts(db: Db) {
  let s = statements.get(db);
  if (!s) {
    s = {
      head: db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1'),
      anchor: db.prepare('SELECT upto_seq AS seq, last_hash AS hash FROM audit_anchor ORDER BY upto_seq DESC LIMIT 1'),
      insert: db.prepare(
        `INSERT INTO audit_log (seq, at, event, action, client_id, user_name, on_behalf_of, installation_id, object_type, object_id, prev_hash, hash)
         VALUES (@seq, @at, @event, @action, @client_id, @user_name, @on_behalf_of, @installation_id, @object_type, @object_id, @prev_hash, @hash)`,
      ),
    };
    statements.set(db, s);
  }
  return s;
}

/**
 * Appends entries. MUST run inside the caller's transaction (the dispatcher's, for a
 * command: the entry commits or rolls back with the write it describes).
 */
export function appendAudit(ctx: Pick<CoreContext, 'db' | 'clock' | 'installation'>, records: readonly AuditRecord[]): void {
  const inst = ctx.installation();
  if (!inst || records.length === 0) return; // before setup there is no user to attribute to
  const s = stmts(ctx.db);
  const head = (s.head.get() ?? s.anchor.get()) as { seq: number; hash: string } | undefined;
  let seq = head?.seq ?? 0;
  let prev = head?.hash ?? GENESIS_HASH;
  const at = ctx.clock.now();
  const onBehalfOf = inst.organisationAgb ? `${inst.organisationName} (AGB ${inst.organisationAgb})` : inst.organisationName;
  for (const r of records) {
    seq += 1;
    const row = { seq, at, event: r.event, action: r.action, client_id: r.clientId, user_name: inst.userName, on_behalf_of: onBehalfOf, installation_id: inst.id, object_type: r.objectType, object_id: r.objectId };
    const hash = entryHash(prev, row);
    s.insert.run({ ...row, prev_hash: prev, hash });
    prev = hash;
  }
}

export interface AuditQuery {
  clientId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  event?: AuditEvent | undefined;
  beforeSeq?: number | undefined;
  offset: number;
  limit: number;
}

export function listAudit(ctx: Pick<CoreContext, 'db'>, q: AuditQuery): { rows: AuditEntry[]; total: number; offset: number } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (q.clientId) {
    where.push('client_id = @clientId');
    params.clientId = q.clientId;
  }
  if (q.from) {
    where.push('at >= @fromMs');
    params.fromMs = instantOf(q.from);
  }
  if (q.to) {
    where.push('at < @toMs');
    params.toMs = instantOf(nextDay(q.to));
  }
  if (q.event) {
    where.push('event = @event');
    params.event = q.event;
  }
  if (q.beforeSeq) {
    where.push('seq <= @beforeSeq');
    params.beforeSeq = q.beforeSeq;
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (ctx.db.prepare(`SELECT count(*) AS n FROM audit_log ${clause}`).get(params) as { n: number }).n;
  const rows = ctx.db
    .prepare(`SELECT * FROM audit_log ${clause} ORDER BY seq DESC LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: q.limit, offset: q.offset }) as Row[];
  return {
    total,
    offset: q.offset,
    rows: rows.map((r) => ({
      seq: r.seq,
      at: r.at,
      event: r.event as AuditEvent,
      action: r.action,
      clientId: r.client_id,
      user: r.user_name,
      onBehalfOf: r.on_behalf_of,
      installationId: r.installation_id,
      objectType: r.object_type,
      objectId: r.object_id,
    })),
  };
}

export interface ChainCheck {
  ok: boolean;
  entries: number;
  anchoredUpTo: number;
  brokenAt: number | null;
  message: string;
  detail: string;
}

/** Walks the whole chain (streaming: constant memory at millions of entries). */
export function verifyAuditChain(db: Db): ChainCheck {
  const anchor = db.prepare('SELECT upto_seq AS seq, last_hash AS hash FROM audit_anchor ORDER BY upto_seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
  let expectSeq = (anchor?.seq ?? 0) + 1;
  let prev = anchor?.hash ?? GENESIS_HASH;
  let entries = 0;
  const broken = (seq: number, en: string): ChainCheck => ({
    ok: false,
    entries,
    anchoredUpTo: anchor?.seq ?? 0,
    brokenAt: seq,
    message: `Het toegangslog is aangetast vanaf regel ${seq}: een regel is gewijzigd, verwijderd of tussengevoegd.`,
    detail: en,
  });
  for (const r of db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<Row>) {
    if (r.seq !== expectSeq) return broken(expectSeq, `expected entry ${expectSeq}, found ${r.seq} (entries removed or inserted)`);
    if (r.prev_hash !== prev) return broken(r.seq, `entry ${r.seq} does not point at the previous entry's hash`);
    if (entryHash(prev, r) !== r.hash) return broken(r.seq, `entry ${r.seq} was changed after it was written (hash mismatch)`);
    prev = r.hash;
    expectSeq += 1;
    entries += 1;
  }
  return {
    ok: true,
    entries,
    anchoredUpTo: anchor?.seq ?? 0,
    brokenAt: null,
    message: entries === 0 ? 'Het toegangslog is nog leeg.' : `Het toegangslog is compleet en ongewijzigd (${entries} regels).`,
    detail: `audit chain intact: ${entries} entries${anchor ? `, anchored after entry ${anchor.seq}` : ''}`,
  };
}

/**
 * Retention: remove entries older than `years`, under an anchor that keeps the chain
 * verifiable. One transaction (the caller's). Returns how many entries were removed.
 */
export function applyAuditRetention(ctx: Pick<CoreContext, 'db' | 'clock'>, years: number): number {
  const cutoff = ctx.clock.now() - years * 365.25 * 24 * 3600 * 1000;
  const last = ctx.db.prepare('SELECT seq, hash FROM audit_log WHERE at < ? ORDER BY seq DESC LIMIT 1').get(cutoff) as { seq: number; hash: string } | undefined;
  if (!last) return 0;
  const removed = (ctx.db.prepare('SELECT count(*) AS n FROM audit_log WHERE seq <= ?').get(last.seq) as { n: number }).n;
  // Anchor first: the delete trigger only lets anchored entries go.
  ctx.db.prepare('INSERT INTO audit_anchor (upto_seq, last_hash, removed, at) VALUES (?, ?, ?, ?)').run(last.seq, last.hash, removed, ctx.clock.now());
  ctx.db.prepare('DELETE FROM audit_log WHERE seq <= ?').run(last.seq);
  return removed;
}

export function auditHead(db: Db): { seq: number; hash: string } | null {
  const s = stmts(db);
  return ((s.head.get() ?? s.anchor.get()) as { seq: number; hash: string } | undefined) ?? null;
}

/** The live chain must still contain each head a backup recorded (unless retention removed it). */
export function checkAgainstHeads(db: Db, heads: readonly { seq: number; hash: string; file: string }[], anchoredUpTo: number): ChainCheck | null {
  const get = db.prepare('SELECT hash FROM audit_log WHERE seq = ?');
  for (const h of heads) {
    if (h.seq <= anchoredUpTo) continue;
    const row = get.get(h.seq) as { hash: string } | undefined;
    if (!row || row.hash !== h.hash) {
      return {
        ok: false,
        entries: 0,
        anchoredUpTo,
        brokenAt: h.seq,
        message: `Het toegangslog wijkt af van wat reservekopie ${h.file} vastlegde: het log is herschreven.`,
        detail: `entry ${h.seq} differs from the head recorded in backup ${h.file} (the chain was rewritten)`,
      };
    }
  }
  return null;
}
