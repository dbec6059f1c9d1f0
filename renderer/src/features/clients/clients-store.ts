/**
 * View state of the client register: what is typed, what is searched, the status
 * filter and the active row. No rows here — those live in the page cache.
 */
import { create } from 'zustand';
import type { ClientStatus } from '../../../../shared/schema/index';

export type StatusFilter = 'alle' | 'lopend' | ClientStatus;

/** "Lopend": clients the network is working for or about to. */
export const RUNNING_STATUSES: readonly ClientStatus[] = ['aangemeld', 'wachtend', 'in_zorg'];

export const SEARCH_DEBOUNCE_MS = 250;

export function statusesOf(filter: StatusFilter): readonly ClientStatus[] {
  if (filter === 'alle') return [];
  if (filter === 'lopend') return RUNNING_STATUSES;
  return [filter];
}

interface ClientListView {
  searchInput: string;
  search: string;
  statusFilter: StatusFilter;
  activeIndex: number;
  setSearchInput(value: string): void;
  /** Enter in the search box: search now, without waiting for the debounce. */
  applySearch(): void;
  setStatusFilter(filter: StatusFilter): void;
  setActiveIndex(index: number): void;
  reset(): void;
}

let timer: ReturnType<typeof setTimeout> | undefined;

const initial = { searchInput: '', search: '', statusFilter: 'alle' as StatusFilter, activeIndex: -1 };

export const useClientListView = create<ClientListView>()((set, get) => ({
  ...initial,
  setSearchInput(value) {
    set({ searchInput: value });
    clearTimeout(timer);
    timer = setTimeout(() => {
      const search = get().searchInput.trim();
      if (search !== get().search) set({ search, activeIndex: -1 });
    }, SEARCH_DEBOUNCE_MS);
  },
  applySearch() {
    clearTimeout(timer);
    const search = get().searchInput.trim();
    if (search !== get().search) set({ search, activeIndex: -1 });
  },
  setStatusFilter: (statusFilter) => set({ statusFilter, activeIndex: -1 }),
  setActiveIndex: (activeIndex) => set({ activeIndex }),
  reset() {
    clearTimeout(timer);
    set(initial);
  },
}));
