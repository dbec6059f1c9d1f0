/**
 * Data for Uren (time registration, the timer, closed weeks, exports). Components
 * call these; they never touch the api. Queries reload when a committed write
 * touches their tables (a registration made by the timer, a week closed, an export).
 */
import type { ChangeTopic, Input, Registration } from '../../../../shared/contract/index';
import { api } from '../../api';
import { useEffect } from 'react';
import { useQuery } from '../../app/use-query';
import { plusDays } from './time-format';

/** What a registration row shows depends on: its own table, and the names and funding it points at. */
export const REGISTRATION_TOPICS: readonly ChangeTopic[] = ['registration', 'week_close', 'export_batch', 'client', 'network_member', 'funding', 'activity_type'];

/**
 * A saved registration is shown at once: the command's answer is put into every open week
 * list it belongs to, before the change event's reload (one round trip instead of two —
 * docs/performance.md, click-to-visible). The reload then replaces it with the stored truth.
 */
const savedListeners = new Set<(r: Registration) => void>();
function shown<T extends Registration>(r: T): T {
  for (const l of savedListeners) l(r);
  return r;
}

/** Newest first, as registrations.list answers: date, then start time, then when it was made. */
function newestFirst(a: Registration, b: Registration): number {
  return b.date.localeCompare(a.date) || (b.startedAt ?? 0) - (a.startedAt ?? 0) || b.createdAt - a.createdAt;
}

export function useRegistrations(from: string, to: string) {
  const q = useQuery('registrations.list', { from, to }, REGISTRATION_TOPICS);
  const { data, set } = q;
  useEffect(() => {
    const put = (r: Registration) => {
      if (!data || r.date < from || r.date > to) return;
      set([...data.filter((x) => x.id !== r.id), r].sort(newestFirst));
    };
    savedListeners.add(put);
    return () => {
      savedListeners.delete(put);
    };
  }, [from, to, data, set]);
  return q;
}

export function useTotals(from: string, to: string, groupBy: Input<'registrations.totals'>['groupBy']) {
  return useQuery('registrations.totals', { from, to, groupBy }, REGISTRATION_TOPICS);
}

export function useClosedWeeks() {
  return useQuery('weeks.list', {}, ['week_close']);
}

export function useActivities(includeInactive = false) {
  return useQuery('activities.list', { includeInactive }, ['activity_type']);
}

export function useTimer(enabled = true) {
  return useQuery('timer.get', {}, ['timer', 'activity_type', 'client'], { enabled });
}

/** The live proposal for what is being typed; nothing is asked until an activity is chosen. */
export function useProposal(date: string | null, clientId: string | null, activityCode: string) {
  const enabled = date !== null && activityCode !== '';
  return useQuery('registrations.propose', { date: date ?? '2000-01-01', clientId, activityCode }, ['funding', 'client_event', 'setting', 'activity_type'], { enabled });
}

/** The client's funding entries, for "Afwijken" (choose another one). */
export function useClientFunding(clientId: string | null) {
  return useQuery('funding.list', { clientId: clientId ?? '' }, ['funding'], { enabled: clientId !== null });
}

/** The client's naasten (nazorg, mantelzorgondersteuning). */
export function useNaasten(clientId: string | null) {
  return useQuery('network.list', { clientId: clientId ?? '' }, ['network_member'], { enabled: clientId !== null });
}

export function useHistory(id: string) {
  return useQuery('registrations.history', { id }, ['registration']);
}

export function useExportPreview(period: string) {
  return useQuery('export.preview', { period }, ['registration', 'export_batch']);
}

export function useExportBatches() {
  return useQuery('export.batches', {}, ['export_batch']);
}

/**
 * All current registrations between two dates, for a CSV of a week or a month. Asked
 * per week, so no answer reaches the contract's 1000-row cap.
 */
export async function registrationsBetween(from: string, to: string): Promise<Registration[]> {
  const out: Registration[] = [];
  for (let start = from; start <= to; start = plusDays(start, 7)) {
    const end = plusDays(start, 6) < to ? plusDays(start, 6) : to;
    out.push(...(await api['registrations.list']({ from: start, to: end })));
  }
  return out;
}

export const registrationCommands = {
  create: (input: Input<'registrations.create'>) => api['registrations.create'](input).then(shown),
  update: (input: Input<'registrations.update'>) => api['registrations.update'](input).then(shown),
  remove: (id: string, correctionReason: string | null) => api['registrations.remove']({ id, correctionReason }),
  repeatLast: (date: string) => api['registrations.repeatLast']({ date }).then(shown),
  /** Recent registrations, to show what "Herhaal laatste" will repeat. */
  recent: (from: string, to: string) => api['registrations.list']({ from, to }),
  last: () => api['registrations.last']({}),
  startTimer: (input: Input<'timer.start'>) => api['timer.start'](input),
  stopTimer: () => api['timer.stop'](),
  discardTimer: () => api['timer.discard'](),
  closeWeek: (week: string) => api['weeks.close']({ week }),
  reopenWeek: (week: string) => api['weeks.reopen']({ week }),
  exportMonth: (period: string) => api['export.registrations']({ period }),
  download: (batchId: string) => api['export.download']({ batchId }),
};

/** base64 (a bundle as the contract carries it) → bytes for a download. */
export function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(base64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
