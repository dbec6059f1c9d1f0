/**
 * Weeks, durations and the time people type, for Uren. Pure functions (calendar
 * arithmetic in UTC on ISO dates; no time zone is involved except where an instant
 * is shown, and then it is Europe/Amsterdam).
 */
import { DISPLAY_TIME_ZONE } from '../../../../shared/domain/dates';

const DAY_NAMES = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];
const MONTH_NAMES = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

function parts(iso: string): [number, number, number] {
  return iso.split('-').map(Number) as [number, number, number];
}

function utc(iso: string): Date {
  const [y, m, d] = parts(iso);
  return new Date(Date.UTC(y, m - 1, d));
}

export function plusDays(iso: string, days: number): string {
  const d = utc(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The Monday of the ISO week that holds `iso`. */
export function mondayOf(iso: string): string {
  const day = utc(iso).getUTCDay() || 7;
  return plusDays(iso, 1 - day);
}

/** ISO-8601 week key 'YYYY-Www' (the Thursday of the week decides the year), as the core uses. */
export function isoWeekOf(iso: string): string {
  const date = utc(iso);
  const day = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** '2026-W48' → 48. */
export function weekNumber(isoWeek: string): number {
  return Number(isoWeek.slice(6));
}

/** The seven dates Monday–Sunday of the week starting at `monday`. */
export function weekDays(monday: string): string[] {
  return Array.from({ length: 7 }, (_, i) => plusDays(monday, i));
}

/** '2026-11-23' → 'maandag 23 november'. */
export function dayLabel(iso: string): string {
  const [, m, d] = parts(iso);
  return `${DAY_NAMES[utc(iso).getUTCDay()]} ${d} ${MONTH_NAMES[m - 1]}`;
}

/** '2026-11-23' → 'ma 23-11'. */
export function dayShort(iso: string): string {
  const [, m, d] = parts(iso);
  return `${DAY_NAMES[utc(iso).getUTCDay()]!.slice(0, 2)} ${String(d).padStart(2, '0')}-${String(m).padStart(2, '0')}`;
}

/** 'maandag'. */
export function weekdayName(iso: string): string {
  return DAY_NAMES[utc(iso).getUTCDay()]!;
}

/** Week 48: '23 – 29 november 2026', or '30 november – 6 december 2026'. */
export function weekRangeLabel(monday: string): string {
  const sunday = plusDays(monday, 6);
  const [y1, m1, d1] = parts(monday);
  const [y2, m2, d2] = parts(sunday);
  if (y1 !== y2) return `${d1} ${MONTH_NAMES[m1 - 1]} ${y1} – ${d2} ${MONTH_NAMES[m2 - 1]} ${y2}`;
  if (m1 !== m2) return `${d1} ${MONTH_NAMES[m1 - 1]} – ${d2} ${MONTH_NAMES[m2 - 1]} ${y2}`;
  return `${d1} – ${d2} ${MONTH_NAMES[m2 - 1]} ${y2}`;
}

/** '2026-11' → 'november 2026'. */
export function monthLabel(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return `${MONTH_NAMES[m - 1]} ${y}`;
}

/** The last day of a month 'YYYY-MM'. */
export function monthEnd(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** 'YYYY-MM' of `iso` plus `months`. */
export function shiftMonth(period: string, months: number): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) + months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

// ---------------------------------------------------------------- durations

/** 45 → '45 min'; 90 → '1 u 30 min'; 120 → '2 u'. */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h.toLocaleString('nl-NL')} u` : `${h.toLocaleString('nl-NL')} u ${m} min`;
}

/** 90 → '1:30' (hours:minutes, for columns of sums). */
export function hoursClock(minutes: number): string {
  return `${Math.floor(minutes / 60).toLocaleString('nl-NL')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** 90 → '1,50' (hours with a decimal comma, for spreadsheets). */
export function decimalHours(minutes: number): string {
  return (minutes / 60).toFixed(2).replace('.', ',');
}

/** Elapsed milliseconds → '0:12:05' (a running clock). */
export function stopwatch(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/** Elapsed milliseconds in words for screen readers: '12 minuten'. */
export function stopwatchWords(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const mins = `${m} ${m === 1 ? 'minuut' : 'minuten'}`;
  return h ? `${h} uur en ${mins}` : mins;
}

const clockFormat = new Intl.DateTimeFormat('nl-NL', { timeZone: DISPLAY_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** Epoch ms → '14:05' in the Netherlands. */
export function clockOf(epochMs: number): string {
  return clockFormat.format(new Date(epochMs));
}

// ---------------------------------------------------------------- what people type

export type ParsedTime =
  | { ok: true; startTime: string; endTime: string; minutes: null }
  | { ok: true; startTime: null; endTime: null; minutes: number }
  | { ok: false; message: string };

export const TIME_HINT = 'Begin en eind, zoals 09:00-10:30, of het aantal minuten, zoals 45. Ook 1,5u of 1u30 kan.';
export const TIME_HINT_SHORT = '09:00-10:30 of 45';

const EMPTY = 'Vul de tijd in: begin en eind (09:00-10:30) of het aantal minuten (45).';
const UNREADABLE = 'Deze tijd is niet te lezen. Schrijf begin en eind als 09:00-10:30, of het aantal minuten, zoals 45.';

/** '9', '9:30', '09.30', '930', '0930' → 'HH:MM'; null when it is not a clock time. */
function clock(token: string): string | null {
  const t = token.trim();
  let h: number;
  let m: number;
  let match = /^(\d{1,2})(?:[:.](\d{2}))?$/.exec(t);
  if (match) {
    h = Number(match[1]);
    m = match[2] ? Number(match[2]) : 0;
  } else if ((match = /^(\d{1,2})(\d{2})$/.exec(t))) {
    h = Number(match[1]);
    m = Number(match[2]);
  } else return null;
  if (h > 23 || m > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/**
 * The "Tijd" field: a span ('09:00-10:30', '9-10.15', '0900 tot 1030') or a duration
 * ('45', '45 min', '1,5u', '1u30'). Minutes are whole numbers.
 */
export function parseTimeInput(raw: string): ParsedTime {
  const s = raw.trim().toLowerCase();
  if (s === '') return { ok: false, message: EMPTY };
  const span = s.split(/\s*(?:-|–|—|\btot\b)\s*/);
  if (span.length === 2 && span[0] && span[1]) {
    const start = clock(span[0]);
    const end = clock(span[1]);
    if (!start || !end) return { ok: false, message: UNREADABLE };
    if (end <= start) return { ok: false, message: 'De eindtijd ligt vóór de begintijd. Loopt het door na middernacht? Registreer dan twee keer.' };
    return { ok: true, startTime: start, endTime: end, minutes: null };
  }
  let minutes: number | null = null;
  let m = /^(\d{1,4})\s*(?:m|min|minuten|minuut)?$/.exec(s);
  if (m) minutes = Number(m[1]);
  else if ((m = /^(\d{1,2})(?:[,.](\d{1,2}))?\s*(?:u|uur)$/.exec(s))) {
    const hours = Number(`${m[1]}.${m[2] ?? '0'}`);
    const exact = hours * 60;
    if (Math.abs(exact - Math.round(exact)) > 1e-9) return { ok: false, message: 'Dat is geen heel aantal minuten. Vul het aantal minuten in, zoals 45.' };
    minutes = Math.round(exact);
  } else if ((m = /^(\d{1,2})\s*(?:u|uur)\s*(\d{1,2})\s*(?:m|min|minuten)?$/.exec(s))) {
    if (Number(m[2]) > 59) return { ok: false, message: UNREADABLE };
    minutes = Number(m[1]) * 60 + Number(m[2]);
  }
  if (minutes === null) return { ok: false, message: UNREADABLE };
  if (minutes < 1) return { ok: false, message: 'Ten minste 1 minuut.' };
  if (minutes > 1440) return { ok: false, message: 'Hoogstens 24 uur op één dag.' };
  return { ok: true, startTime: null, endTime: null, minutes };
}

/** What the "Tijd" field shows for a saved registration. */
export function timeInputOf(r: { startTime: string | null; endTime: string | null; minutes: number }): string {
  return r.startTime && r.endTime ? `${r.startTime}-${r.endTime}` : String(r.minutes);
}

/** How a registration's time reads: '09:00–10:30' or '45 min'. */
export function timeText(r: { startTime: string | null; endTime: string | null; minutes: number }): string {
  return r.startTime && r.endTime ? `${r.startTime}–${r.endTime}` : formatMinutes(r.minutes);
}
