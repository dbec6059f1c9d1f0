/**
 * Feature hooks for client data. Components call these; they never touch the api.
 */
import { createContext, useContext, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { api, onChange } from '../../api';
import type { Input } from '../../../../shared/contract/index';
import { ClientListCaches, type ClientListCache, type ClientListSnapshot, type ClientQuery } from './client-list-cache';

const CacheContext = createContext<ClientListCaches | null>(null);

/** One set of list caches per open workspace; reloads them when clients (or their casemanagers) change. */
export function ClientDataProvider({ children }: { children: ReactNode }) {
  const [caches] = useState(
    () =>
      new ClientListCaches((q, offset, limit) =>
        api['clients.list']({ offset, limit, ...(q.search ? { search: q.search } : {}), ...(q.status.length ? { status: [...q.status] } : {}) }),
      ),
  );
  useEffect(() => onChange(['client', 'casemanager', 'organisation'], () => caches.invalidateAll()), [caches]);
  return <CacheContext.Provider value={caches}>{children}</CacheContext.Provider>;
}

export interface ClientList extends ClientListSnapshot {
  cache: ClientListCache;
}

export function useClientList(query: ClientQuery): ClientList {
  const caches = useContext(CacheContext);
  if (!caches) throw new Error('useClientList needs a ClientDataProvider');
  const key = JSON.stringify([query.search, query.status]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the serialised query, not on the object identity.
  const cache = useMemo(() => caches.get(query), [caches, key]);
  const snapshot = useSyncExternalStore(cache.subscribe, cache.getSnapshot);
  useEffect(() => {
    // Ask for the first page at once: the count and the first rows come with it.
    if (snapshot.total === null) cache.want(0, 0);
  }, [cache, snapshot.total]);
  return { ...snapshot, cache };
}

export function createClient(input: Input<'clients.create'>) {
  return api['clients.create'](input);
}

/** Possible duplicates of a client about to be created (same BSN, or same name and geboortedatum). */
export function findDuplicates(input: Input<'clients.findDuplicates'>) {
  return api['clients.findDuplicates'](input);
}

/** Type-ahead over the client register (ClientPicker): the first matches for what is typed. */
export function searchClients(search: string, limit = 8) {
  return api['clients.list']({ search, offset: 0, limit });
}
