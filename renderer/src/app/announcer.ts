/**
 * One polite live region for the whole app (rendered by the shell), so messages
 * survive navigation: "Cliënt toegevoegd" is read after the detail page opens.
 */
import { create } from 'zustand';

export interface Announcement {
  id: number;
  message: string;
}

interface AnnouncerState {
  current: Announcement | null;
  announce(message: string): void;
  dismiss(id: number): void;
}

let nextId = 1;

export const useAnnouncer = create<AnnouncerState>()((set) => ({
  current: null,
  announce: (message) => set({ current: { id: nextId++, message } }),
  dismiss: (id) => set((s) => (s.current?.id === id ? { current: null } : s)),
}));

export function announce(message: string): void {
  useAnnouncer.getState().announce(message);
}

/** Forget what is on show (the lock screen must not repeat "Truus Hermans is toegevoegd"). */
export function clearAnnouncements(): void {
  useAnnouncer.setState({ current: null });
}
