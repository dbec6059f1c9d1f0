/**
 * Instants and the Dutch calendar. Registrations store an instant (epoch ms UTC) plus
 * the local UTC offset at that instant and integer minutes (architecture.md §6.2);
 * Europe/Amsterdam decides which calendar day an instant belongs to and where midnight
 * falls. Isomorphic: Intl only.
 */
import { DISPLAY_TIME_ZONE } from './dates';

const partsFormatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: DISPLAY_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

export interface LocalParts {
  date: string;
  hour: number;
  minute: number;
  second: number;
}

export function localParts(epochMs: number): LocalParts {
  const p = Object.fromEntries(partsFormatter.formatToParts(new Date(epochMs)).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, hour: Number(p.hour), minute: Number(p.minute), second: Number(p.second) };
}

// Dutch DST changes happen on whole UTC hours (01:00 UTC), so the offset is constant
// within a UTC hour: remember it per hour instead of formatting a date every time.
const offsetByHour = new Map<number, number>();

/** Minutes east of UTC at that instant in the Netherlands: 60 in winter (CET), 120 in summer (CEST). */
export function offsetMinutes(epochMs: number): number {
  const hour = Math.floor(epochMs / 3_600_000);
  const known = offsetByHour.get(hour);
  if (known !== undefined) return known;
  const at = hour * 3_600_000;
  const p = localParts(at);
  const [y, m, d] = p.date.split('-').map(Number) as [number, number, number];
  const offset = Math.round((Date.UTC(y, m - 1, d, p.hour, p.minute, p.second) - at) / 60_000);
  if (offsetByHour.size > 50_000) offsetByHour.clear();
  offsetByHour.set(hour, offset);
  return offset;
}

/** The instant of local wall-clock time `hh:mm` on `date` (DST-safe: the offset is looked up, not assumed). */
export function instantOf(date: string, hour = 0, minute = 0): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d, hour, minute);
  const first = guess - offsetMinutes(guess) * 60_000;
  // Near a DST change the offset at the guess can differ from the offset at the answer.
  return guess - offsetMinutes(first) * 60_000;
}

export function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

export interface Segment {
  /** Local calendar date of the segment. */
  date: string;
  startMs: number;
  /** Whole minutes, at least 1. */
  minutes: number;
  tzOffsetMin: number;
}

/**
 * A time span as registrations: one per local calendar day, split at Dutch midnight.
 * Minutes are rounded to the nearest whole minute per segment (never fractions);
 * a segment under 30 seconds is dropped. DST needs no special case: spans are
 * measured in UTC milliseconds, only the day boundaries come from the local calendar.
 */
export function splitAtMidnight(startMs: number, endMs: number): Segment[] {
  if (!(endMs > startMs)) return [];
  const out: Segment[] = [];
  let from = startMs;
  while (from < endMs) {
    const date = localParts(from).date;
    const midnight = instantOf(nextDay(date));
    const to = Math.min(endMs, midnight);
    const minutes = Math.round((to - from) / 60_000);
    if (minutes >= 1) out.push({ date, startMs: from, minutes, tzOffsetMin: offsetMinutes(from) });
    from = to;
  }
  return out;
}
