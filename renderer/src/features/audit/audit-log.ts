/**
 * Pages of the access log (`audit.list`, newest first) for the screens that show it.
 *
 * The log is special: READING it is logged (NEN 7513), and every other read in the
 * app adds lines too, so between two page requests new lines arrive at the top and
 * shift every offset. A cache keyed by offset alone would show lines twice or skip
 * some. So the first answer fixes a snapshot — its `total` and the newest `seq` —
 * and each later answer is placed by its own `total`: a page asked at `offset` whose
 * answer says the list grew by `n` holds the snapshot's rows from `offset - n`
 * (rows and total come from one query, so they agree). Lines newer than the
 * snapshot are left out; "Vernieuwen" takes a new snapshot. Pages are asked a few
 * lines wider than they are, so growth between two requests leaves no gap.
 *
 * Only retention (old lines removed while the screen is open) breaks this; then a
 * refresh puts it right.
 */
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { AuditEntry, Input, Output } from '../../../../shared/contract/index';
import { api, errorMessage } from '../../api';

export const AUDIT_PAGE = 200;
/**
 * Extra lines asked per page: the log grows between our requests (at least by the
 * line that logs the previous request), so the page is asked a little wider.
 */
const SLACK = 50;
const MAX_IN_FLIGHT = 2;
const MAX_ATTEMPTS = 3;

export type AuditQuery = Omit<NonNullable<Input<'audit.list'>>, 'offset' | 'limit'>;
export type FetchAuditPage = (query: AuditQuery, offset: number, limit: number) => Promise<Output<'audit.list'>>;

export interface AuditSnapshot {
  version: number;
  /** Lines in the snapshot; null until the first answer. */
  total: number | null;
  error: string | null;
  loadedRows: number;
}

export class AuditLogCache {
  private rows = new Map<number, AuditEntry>();
  private baseTotal: number | null = null;
  private topSeq: number | null = null;
  /** Growth of the log since the snapshot, as the last answer reported it. */
  private shift = 0;
  private inFlight = new Set<number>();
  private attempts = new Map<number, number>();
  private wanted: number[] = [];
  private listeners = new Set<() => void>();
  private snapshot: AuditSnapshot = { version: 0, total: null, error: null, loadedRows: 0 };

  constructor(
    readonly query: AuditQuery,
    private readonly fetchPage: FetchAuditPage,
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): AuditSnapshot => this.snapshot;

  row(index: number): AuditEntry | undefined {
    return this.rows.get(index);
  }

  /** Rows first..last are on screen (or about to be printed): load what is missing. */
  want(first: number, last: number): void {
    const from = Math.floor(Math.max(0, first) / AUDIT_PAGE);
    const to = Math.floor(Math.max(first, last) / AUDIT_PAGE);
    const wanted: number[] = [];
    for (let p = from; p <= to; p++) wanted.push(p);
    this.wanted = wanted;
    this.pump();
  }

  /** All rows 0..count-1 are loaded. */
  has(count: number): boolean {
    for (let i = 0; i < count; i++) if (!this.rows.has(i)) return false;
    return true;
  }

  private complete(p: number): boolean {
    if (this.baseTotal === null) return false;
    const end = Math.min((p + 1) * AUDIT_PAGE, this.baseTotal);
    for (let i = p * AUDIT_PAGE; i < end; i++) if (!this.rows.has(i)) return false;
    return true;
  }

  private pump(): void {
    for (const p of this.wanted) {
      if (this.inFlight.size >= MAX_IN_FLIGHT) break;
      if (this.inFlight.has(p) || this.complete(p)) continue;
      // Before the snapshot exists only the first page is asked (it makes the snapshot).
      if (this.baseTotal === null && (p !== 0 || this.inFlight.size > 0)) continue;
      if (this.baseTotal !== null && p * AUDIT_PAGE >= this.baseTotal) continue;
      if ((this.attempts.get(p) ?? 0) >= MAX_ATTEMPTS) continue;
      void this.load(p);
    }
  }

  private async load(p: number): Promise<void> {
    this.inFlight.add(p);
    this.attempts.set(p, (this.attempts.get(p) ?? 0) + 1);
    const offset = p * AUDIT_PAGE + (this.baseTotal === null ? 0 : this.shift);
    try {
      const page = await this.fetchPage(this.query, offset, AUDIT_PAGE + SLACK);
      this.inFlight.delete(p);
      if (this.baseTotal === null) {
        this.baseTotal = page.total;
        this.topSeq = page.rows[0]?.seq ?? null;
      }
      const grown = page.total - this.baseTotal;
      this.shift = Math.max(0, grown);
      page.rows.forEach((row, i) => {
        const index = offset + i - grown;
        if (index < 0 || index >= (this.baseTotal ?? 0)) return;
        if (this.topSeq !== null && row.seq > this.topSeq) return;
        this.rows.set(index, row);
      });
      this.publish(null);
    } catch (e) {
      this.inFlight.delete(p);
      this.publish(errorMessage(e));
      return;
    }
    this.pump();
  }

  private publish(error: string | null): void {
    this.snapshot = { version: this.snapshot.version + 1, total: this.baseTotal, error, loadedRows: this.rows.size };
    for (const l of [...this.listeners]) l();
  }
}

const fetchAudit: FetchAuditPage = (query, offset, limit) => api['audit.list']({ ...query, offset, limit });

export interface AuditLog extends AuditSnapshot {
  cache: AuditLogCache;
  loading: boolean;
}

/**
 * The access log for a query. `refresh` (a counter) takes a new snapshot. There is no
 * reload on change events: every read in the app adds lines, so the log is never
 * "unchanged"; the screens offer "Vernieuwen" instead.
 */
export function useAuditLog(query: AuditQuery, refresh: number, fetchPage: FetchAuditPage = fetchAudit): AuditLog {
  const key = JSON.stringify(query);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the serialised query and the refresh counter.
  const cache = useMemo(() => new AuditLogCache(JSON.parse(key) as AuditQuery, fetchPage), [key, refresh, fetchPage]);
  const snapshot = useSyncExternalStore(cache.subscribe, cache.getSnapshot);
  useEffect(() => {
    if (snapshot.total === null && snapshot.error === null) cache.want(0, 0);
  }, [cache, snapshot.total, snapshot.error]);
  return { ...snapshot, cache, loading: snapshot.total === null && snapshot.error === null };
}
