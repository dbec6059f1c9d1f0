/** Dates for the specs, relative to today in the Netherlands (the core's clock is the real one). */
import { localDate } from '../../../shared/domain/dates';

export const TODAY = localDate(Date.now());

export function isoPlusDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function isoPlusMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, 28))).toISOString().slice(0, 10);
}

/** First day of this month. */
export function monthStart(iso = TODAY): string {
  return `${iso.slice(0, 8)}01`;
}

/** '2026-03-01' → '01-03-2026', as typed into the forms. */
export function nl(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}-${m}-${y}`;
}
