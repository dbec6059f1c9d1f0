/**
 * The CSV for people who check their own hours (docs/formats.md §4): Dutch headers,
 * ';' as separator, hours with a decimal comma, a UTF-8 BOM so spreadsheet programs
 * read the accents, CRLF line ends. Not an exchange format: the bundle is that.
 */
import type { Registration } from '../../../../shared/contract/index';
import { formatDateShortNl } from '../../../../shared/domain/dates';
import { attributionText, BASIS_SHORT, NZA_KIND_LABEL, REGISTRATION_STATE_LABEL } from '../../app/labels';
import { decimalHours, weekdayName } from './time-format';

export const CSV_HEADERS = [
  'Datum',
  'Dag',
  'Begin',
  'Eind',
  'Minuten',
  'Uren',
  'Cliënt',
  'Naaste',
  'Activiteit',
  'Soort tijd',
  'Toerekening',
  'Financiering',
  'Grondslag',
  'Afgeweken',
  'Reden afwijken',
  'Status',
  'Versie',
  'Reden correctie',
  'Notitie',
] as const;

function cell(value: string | number | null): string {
  const s = value === null ? '' : String(value);
  return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Oldest first, as people read a timesheet. */
export function registrationsCsv(rows: readonly Registration[]): string {
  const sorted = [...rows].sort((a, b) => (a.date + (a.startTime ?? '') + a.createdAt).localeCompare(b.date + (b.startTime ?? '') + b.createdAt));
  const lines = [CSV_HEADERS.join(';')];
  for (const r of sorted) {
    lines.push(
      [
        formatDateShortNl(r.date),
        weekdayName(r.date),
        r.startTime,
        r.endTime,
        r.minutes,
        decimalHours(r.minutes),
        r.clientName,
        r.naasteName,
        r.activityName,
        NZA_KIND_LABEL[r.nzaKind],
        attributionText(r),
        r.fundingLabel,
        BASIS_SHORT[r.basis],
        r.overridden ? 'ja' : 'nee',
        r.overrideReason,
        REGISTRATION_STATE_LABEL[r.state],
        r.version,
        r.correctionReason,
        r.note,
      ]
        .map(cell)
        .join(';'),
    );
  }
  const total = rows.reduce((s, r) => s + r.minutes, 0);
  lines.push(['Totaal', '', '', '', total, decimalHours(total), '', '', '', '', '', '', '', '', '', '', '', '', ''].map(cell).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
