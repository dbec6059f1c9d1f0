/**
 * A client's status follows from the dated events on their timeline (domain.md §7.2,
 * §4). The status column on the client row is a cache of `deriveStatus`, rewritten in
 * the same transaction as every event change.
 */
import type { ClientEventKind, ClientStatus } from './enums';

export interface TimelineEvent {
  id?: string;
  kind: ClientEventKind;
  /** 'YYYY-MM-DD' */
  date: string;
}

/** What each event means for the status; verwijzing alone does not change it. */
const STATUS_OF: Record<ClientEventKind, ClientStatus | null> = {
  verwijzing: null,
  aanmelding: 'aangemeld',
  wachtlijst: 'wachtend',
  eerste_contact: 'in_zorg',
  in_zorg: 'in_zorg',
  opname_wlz: 'opgenomen',
  overlijden: 'overleden',
  uitschrijving: 'uitgeschreven',
};

/** Events on the same day apply in this order (an aanmelding and the first contact on one day → in zorg). */
const ORDER: Record<ClientEventKind, number> = {
  verwijzing: 0,
  aanmelding: 1,
  wachtlijst: 2,
  eerste_contact: 3,
  in_zorg: 4,
  opname_wlz: 5,
  overlijden: 6,
  uitschrijving: 7,
};

export function sortEvents<E extends TimelineEvent>(events: readonly E[]): E[] {
  return [...events].sort((a, b) => (a.date === b.date ? ORDER[a.kind] - ORDER[b.kind] : a.date < b.date ? -1 : 1));
}

export function deriveStatus(events: readonly TimelineEvent[]): ClientStatus {
  let status: ClientStatus = 'aangemeld';
  for (const e of sortEvents(events)) {
    // Death is final: an administrative uitschrijving afterwards does not make the client "uitgeschreven".
    if (status === 'overleden') break;
    status = STATUS_OF[e.kind] ?? status;
  }
  return status;
}

/** The first date of a kind, e.g. the aanmelding that starts the NZa waiting time. */
export function firstDate(events: readonly TimelineEvent[], kind: ClientEventKind): string | null {
  return sortEvents(events).find((e) => e.kind === kind)?.date ?? null;
}

export interface EventProblem {
  field: 'date' | 'kind';
  message: string;
}

/**
 * Can `candidate` join the timeline (`others` excludes the event being edited)?
 * Dutch messages; null when fine.
 */
export function eventProblem(others: readonly TimelineEvent[], candidate: TimelineEvent, today: string): EventProblem | null {
  if (candidate.date > today) return { field: 'date', message: 'Deze datum ligt in de toekomst.' };
  const death = others.find((e) => e.kind === 'overlijden');
  if (candidate.kind === 'overlijden' && death) return { field: 'kind', message: 'Het overlijden is al vastgelegd.' };
  if (death && candidate.kind !== 'uitschrijving' && candidate.date > death.date) {
    return { field: 'date', message: 'Deze datum ligt na het overlijden van de cliënt.' };
  }
  if (candidate.kind === 'overlijden') {
    const later = others.find((e) => e.date > candidate.date && e.kind !== 'uitschrijving');
    if (later) return { field: 'date', message: 'Er staan al gebeurtenissen na deze datum; controleer de datum van overlijden.' };
  }
  const first = (kind: ClientEventKind) => firstDate(others, kind);
  const aanmelding = candidate.kind === 'aanmelding' ? candidate.date : first('aanmelding');
  const verwijzing = candidate.kind === 'verwijzing' ? candidate.date : first('verwijzing');
  if (verwijzing && aanmelding && aanmelding < verwijzing) {
    return { field: 'date', message: 'De aanmelding kan niet vóór de verwijzing liggen.' };
  }
  const contact = candidate.kind === 'eerste_contact' ? candidate.date : first('eerste_contact');
  if (contact && aanmelding && contact < aanmelding) {
    return { field: 'date', message: 'Het eerste zorgcontact kan niet vóór de aanmelding liggen.' };
  }
  return null;
}
