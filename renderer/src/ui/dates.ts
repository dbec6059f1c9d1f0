/**
 * Date fields: people type dd-mm-jjjj (as on the existing forms); the contract
 * speaks ISO 'YYYY-MM-DD'. These two helpers are the only conversion.
 */
import { formatDateNl, formatDateShortNl, parseDateInput } from '../../../shared/domain/dates';

export const DATE_HINT = 'dd-mm-jjjj';

/** ISO (or null) → what the input shows. */
export function toDateInput(iso: string | null | undefined): string {
  return iso ? formatDateShortNl(iso) : '';
}

export type ParsedDate = { ok: true; iso: string | null } | { ok: false; message: string };

/** What was typed → ISO; '' is null (no date). */
export function fromDateInput(raw: string): ParsedDate {
  const s = raw.trim();
  if (s === '') return { ok: true, iso: null };
  const iso = parseDateInput(s);
  return iso ? { ok: true, iso } : { ok: false, message: 'Dit is geen geldige datum. Typ de datum als dd-mm-jjjj, bijvoorbeeld 01-03-2026.' };
}

/** '2026-03-01' → '1 maart 2026'; null → fallback. */
export function dateNl(iso: string | null | undefined, fallback = '—'): string {
  return iso ? formatDateNl(iso) : fallback;
}

/** Adds days to an ISO date (calendar arithmetic in UTC, no time zone involved). */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const dt = new Date(Date.UTC(y, m - 1, d + days));
  return dt.toISOString().slice(0, 10);
}

export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const dt = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(dt.getUTCFullYear(), dt.getUTCMonth() + 1, 0)).getUTCDate();
  dt.setUTCDate(Math.min(d, last));
  return dt.toISOString().slice(0, 10);
}
