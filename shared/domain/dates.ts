/**
 * Calendar dates (geboortedatum, datum verwijzing, …) are stored as 'YYYY-MM-DD'
 * strings: a birth date has no time zone. Instants are epoch ms in UTC; the
 * Europe/Amsterdam calendar is used only to decide what "today" is for the user.
 */

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const DISPLAY_TIME_ZONE = 'Europe/Amsterdam';

// A million imported rows carry a few hundred distinct dates: remember the verdicts.
const realDates = new Map<string, boolean>();

export function isRealDate(iso: string): boolean {
  const known = realDates.get(iso);
  if (known !== undefined) return known;
  const verdict = checkRealDate(iso);
  if (realDates.size > 100_000) realDates.clear();
  realDates.set(iso, verdict);
  return verdict;
}

function checkRealDate(iso: string): boolean {
  if (!ISO_DATE.test(iso)) return false;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

const dayFormatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: DISPLAY_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in the Netherlands at instant `epochMs`. */
export function localDate(epochMs: number): string {
  return dayFormatter.format(new Date(epochMs));
}

/** Completed years between a birth date and a reference date (both ISO). */
export function ageOn(birthDate: string, onDate: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ry, rm, rd] = onDate.split('-').map(Number) as [number, number, number];
  let age = ry - by;
  if (rm < bm || (rm === bm && rd < bd)) age -= 1;
  return age;
}

const MONTHS_NL = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** '1941-03-07' → '7 maart 1941'. */
export function formatDateNl(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS_NL[m - 1]} ${y}`;
}

/** '1941-03-07' → '07-03-1941', the form Dutch people type and read on forms. */
export function formatDateShortNl(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}-${m}-${y}`;
}

/** Accepts '7-3-1941', '07-03-1941', '1941-03-07'; returns ISO or null. */
export function parseDateInput(raw: string): string | null {
  const s = raw.trim();
  let iso: string | null = null;
  const nl = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (nl) iso = `${nl[3]}-${nl[2]!.padStart(2, '0')}-${nl[1]!.padStart(2, '0')}`;
  else if (ISO_DATE.test(s)) iso = s;
  return iso && isRealDate(iso) ? iso : null;
}

/** '2026-01-31' + 1 month → '2026-02-28' (clamped to the month's last day). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${ny}-${String(nm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Whole days from a to b (b − a), both ISO dates. */
export function daysBetween(a: string, b: string): number {
  const t = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((t(b) - t(a)) / 86_400_000);
}
