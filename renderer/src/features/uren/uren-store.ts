/**
 * View state of Uren: which week is shown, and whether "Herhaal laatste" is asked.
 * No registrations here — those are queries that reload on change events.
 */
import { create } from 'zustand';
import { mondayOf, plusDays } from './time-format';

export const REPEAT_SHORTCUT = 'Alt+H';
export const ENTRY_SHORTCUT = 'Alt+R';
export const PREVIOUS_WEEK_SHORTCUT = 'Alt+PageUp';
export const NEXT_WEEK_SHORTCUT = 'Alt+PageDown';

interface UrenView {
  /** Monday of the shown week; null = the current week. */
  weekStart: string | null;
  repeatOpen: boolean;
  /** Shows the week that holds this date. */
  showWeekOf(date: string): void;
  /** Moves the shown week by `weeks` (from `today`'s week when none is chosen). */
  shift(weeks: number, today: string): void;
  thisWeek(): void;
  openRepeat(): void;
  closeRepeat(): void;
  reset(): void;
}

const initial = { weekStart: null, repeatOpen: false };

export const useUrenView = create<UrenView>()((set, get) => ({
  ...initial,
  showWeekOf: (date) => set({ weekStart: mondayOf(date) }),
  shift: (weeks, today) => set({ weekStart: plusDays(get().weekStart ?? mondayOf(today), 7 * weeks) }),
  thisWeek: () => set({ weekStart: null }),
  openRepeat: () => set({ repeatOpen: true }),
  closeRepeat: () => set({ repeatOpen: false }),
  reset: () => set(initial),
}));
