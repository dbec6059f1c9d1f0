/** Dutch display formats. Europe/Amsterdam is for display only (architecture.md §6.2 #8). */
import { useState } from 'react';
import { DISPLAY_TIME_ZONE, localDate } from '../../../shared/domain/dates';

const integer = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const dateTime = new Intl.DateTimeFormat('nl-NL', {
  timeZone: DISPLAY_TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** 9000 → "9.000". */
export function formatCount(n: number): string {
  return integer.format(n);
}

/** (1, 'cliënt', 'cliënten') → "1 cliënt"; (9000, …) → "9.000 cliënten". */
export function countOf(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

const dateTimeShort = new Intl.DateTimeFormat('nl-NL', {
  timeZone: DISPLAY_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** Epoch ms → "23-11-2025 14:05", for table cells. */
export function formatDateTimeShort(epochMs: number): string {
  return dateTimeShort.format(new Date(epochMs)).replace(',', '');
}

/** Epoch ms → "23 november 2025 om 14:05". */
export function formatDateTime(epochMs: number): string {
  return dateTime.format(new Date(epochMs));
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${formatCount(bytes)} bytes`;
  if (bytes < 1024 * 1024) return `${oneDecimal.format(bytes / 1024)} kB`;
  if (bytes < 1024 * 1024 * 1024) return `${oneDecimal.format(bytes / (1024 * 1024))} MB`;
  return `${oneDecimal.format(bytes / (1024 * 1024 * 1024))} GB`;
}

/**
 * Today's date in the Netherlands (ISO), fixed for the life of the component:
 * ages and "today" must not change between two renders of the same screen.
 */
export function useToday(): string {
  const [today] = useState(() => localDate(Date.now()));
  return today;
}
