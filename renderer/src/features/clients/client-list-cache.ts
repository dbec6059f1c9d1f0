/**
 * Page cache for the client register (architecture.md §5, §9: "large row sets go
 * in a page cache keyed by query, never in a widely subscribed store").
 *
 * One `ClientListCache` per query (search + status filter). Rows are fetched in
 * pages of PAGE_SIZE by index as the table scrolls; at most MAX_IN_FLIGHT requests
 * run at once and only pages the table still wants are fetched, so dragging the
 * scrollbar from row 0 to 9,000 asks for the pages at the end, not for every page
 * on the way. Far-away pages are evicted, so memory stays bounded at any size.
 *
 * After a committed write to the client table the cache is invalidated: rows
 * already shown stay visible (marked stale) while the wanted pages reload, so the
 * list never blanks out.
 */
import type { ClientRow, Output } from '../../../../shared/contract/index';
import type { ClientStatus } from '../../../../shared/schema/index';
import { errorMessage } from '../../api';

export const PAGE_SIZE = 200;
const MAX_IN_FLIGHT = 2;
const MAX_PAGES = 60;

export interface ClientQuery {
  search: string;
  status: readonly ClientStatus[];
}

export type FetchClientPage = (query: ClientQuery, offset: number, limit: number) => Promise<Output<'clients.list'>>;

export interface ClientListSnapshot {
  /** Changes whenever anything visible changed; components re-render on it. */
  version: number;
  /** Null until the first page answered. */
  total: number | null;
  error: string | null;
  loadedRows: number;
}

export function queryKey(q: ClientQuery): string {
  return JSON.stringify([q.search.trim(), [...q.status].sort()]);
}

interface CachedPage {
  rows: ClientRow[];
  stale: boolean;
}

export class ClientListCache {
  private pages = new Map<number, CachedPage>();
  private inFlight = new Set<number>();
  private wanted: number[] = [];
  private generation = 0;
  private listeners = new Set<() => void>();
  private snapshot: ClientListSnapshot = { version: 0, total: null, error: null, loadedRows: 0 };
  /** Requests sent, for diagnostics and tests. */
  requests = 0;

  constructor(
    readonly query: ClientQuery,
    private readonly fetchPage: FetchClientPage,
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): ClientListSnapshot => this.snapshot;

  row(index: number): ClientRow | undefined {
    return this.pages.get(Math.floor(index / PAGE_SIZE))?.rows[index % PAGE_SIZE];
  }

  /** The table shows rows first..last: make sure their pages are (being) loaded. */
  want(first: number, last: number): void {
    const from = Math.floor(Math.max(0, first) / PAGE_SIZE);
    const to = Math.floor(Math.max(first, last) / PAGE_SIZE);
    const wanted: number[] = [];
    for (let p = from; p <= to; p++) wanted.push(p);
    this.wanted = wanted;
    this.pump();
  }

  /** A write touched the client table: reload what is on screen, keep showing the old rows meanwhile. */
  invalidate(): void {
    this.generation++;
    this.inFlight.clear();
    for (const page of this.pages.values()) page.stale = true;
    if (this.wanted.length === 0) this.wanted = [0];
    // A cache nobody shows reloads when it is shown again (want() pumps).
    if (this.listeners.size > 0) this.pump();
  }

  private pump(): void {
    for (const p of this.wanted) {
      if (this.inFlight.size >= MAX_IN_FLIGHT) break;
      const cached = this.pages.get(p);
      if ((cached && !cached.stale) || this.inFlight.has(p)) continue;
      const total = this.snapshot.total;
      if (total !== null && p > 0 && p * PAGE_SIZE >= total) continue;
      void this.load(p);
    }
  }

  private async load(p: number): Promise<void> {
    const generation = this.generation;
    this.inFlight.add(p);
    this.requests++;
    try {
      const page = await this.fetchPage(this.query, p * PAGE_SIZE, PAGE_SIZE);
      if (generation !== this.generation) return;
      this.inFlight.delete(p);
      this.pages.set(p, { rows: page.rows, stale: false });
      if (page.total !== this.snapshot.total) {
        // The list shrank (or grew): pages past the end are meaningless now.
        for (const key of [...this.pages.keys()]) if (key * PAGE_SIZE >= page.total && key !== 0) this.pages.delete(key);
      }
      this.evict();
      this.publish({ total: page.total, error: null });
    } catch (e) {
      if (generation !== this.generation) return;
      this.inFlight.delete(p);
      this.publish({ error: errorMessage(e) });
      return;
    }
    this.pump();
  }

  private evict(): void {
    if (this.pages.size <= MAX_PAGES) return;
    const centre = this.wanted[0] ?? 0;
    const byDistance = [...this.pages.keys()].sort((a, b) => Math.abs(b - centre) - Math.abs(a - centre));
    for (const p of byDistance) {
      if (this.pages.size <= MAX_PAGES) break;
      if (!this.wanted.includes(p)) this.pages.delete(p);
    }
  }

  private publish(change: Partial<Pick<ClientListSnapshot, 'total' | 'error'>>): void {
    let loadedRows = 0;
    for (const page of this.pages.values()) loadedRows += page.rows.length;
    this.snapshot = { ...this.snapshot, ...change, loadedRows, version: this.snapshot.version + 1 };
    for (const l of [...this.listeners]) l();
  }
}

/**
 * The caches of the last few queries, so going back from a client to the list (or
 * clearing the search box) shows rows at once. Lives as long as the open workspace.
 */
export class ClientListCaches {
  private caches = new Map<string, ClientListCache>();

  constructor(
    private readonly fetchPage: FetchClientPage,
    private readonly keep = 4,
  ) {}

  get(query: ClientQuery): ClientListCache {
    const key = queryKey(query);
    let cache = this.caches.get(key);
    if (cache) {
      this.caches.delete(key);
    } else {
      cache = new ClientListCache(query, this.fetchPage);
    }
    this.caches.set(key, cache);
    while (this.caches.size > this.keep) {
      const oldest = this.caches.keys().next().value;
      if (oldest === undefined) break;
      this.caches.delete(oldest);
    }
    return cache;
  }

  invalidateAll(): void {
    for (const c of this.caches.values()) c.invalidate();
  }
}
