import { describe, expect, it } from 'vitest';
import type { Registration } from '../../../../shared/contract/index';
import { registrationsCsv } from './people-csv';
import { decimalHours, formatMinutes, isoWeekOf, mondayOf, parseTimeInput, stopwatch, weekRangeLabel } from './time-format';

describe('parseTimeInput: what people type in "Tijd"', () => {
  it.each([
    ['09:00-10:30', '09:00', '10:30'],
    ['9-10.15', '09:00', '10:15'],
    ['0900 – 1030', '09:00', '10:30'],
    ['930 tot 1100', '09:30', '11:00'],
  ])('%s is a span', (raw, start, end) => {
    expect(parseTimeInput(raw)).toEqual({ ok: true, startTime: start, endTime: end, minutes: null });
  });

  it.each([
    ['45', 45],
    ['45 min', 45],
    ['1,5u', 90],
    ['1.25 uur', 75],
    ['1u30', 90],
    ['2 u 5 min', 125],
  ])('%s is a duration of %i minutes', (raw, minutes) => {
    expect(parseTimeInput(raw)).toEqual({ ok: true, startTime: null, endTime: null, minutes });
  });

  it.each([
    ['', /Vul de tijd in/],
    ['tien voor twaalf', /niet te lezen/],
    ['25:00-26:00', /niet te lezen/],
    ['11:00-10:00', /eindtijd ligt vóór de begintijd/],
    ['0', /Ten minste 1 minuut/],
    ['1441', /Hoogstens 24 uur/],
    ['0,33u', /geen heel aantal minuten/],
  ])('%j is refused in Dutch', (raw, message) => {
    const r = parseTimeInput(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });
});

describe('weeks', () => {
  it('ISO weeks: the Thursday decides the year', () => {
    expect(isoWeekOf('2026-11-23')).toBe('2026-W48');
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53');
    expect(isoWeekOf('2026-01-01')).toBe('2026-W01');
    expect(isoWeekOf('2024-12-30')).toBe('2025-W01');
  });

  it('Monday of the week, and the range in words', () => {
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
    expect(weekRangeLabel('2026-11-23')).toBe('23 – 29 november 2026');
    expect(weekRangeLabel('2026-11-30')).toBe('30 november – 6 december 2026');
    expect(weekRangeLabel('2026-12-28')).toBe('28 december 2026 – 3 januari 2027');
  });
});

describe('durations', () => {
  it('in words, as decimal hours and as a running clock', () => {
    expect([formatMinutes(45), formatMinutes(90), formatMinutes(120), formatMinutes(3176)]).toEqual(['45 min', '1 u 30 min', '2 u', '52 u 56 min']);
    expect([decimalHours(45), decimalHours(90), decimalHours(20)]).toEqual(['0,75', '1,50', '0,33']);
    expect([stopwatch(0), stopwatch(61_000), stopwatch(3_723_000)]).toEqual(['0:00:00', '0:01:01', '1:02:03']);
  });
});

describe('the CSV for people', () => {
  const base: Registration = {
    id: 'r1',
    version: 1,
    supersedes: null,
    date: '2026-11-23',
    startedAt: null,
    tzOffsetMin: 60,
    startTime: '09:00',
    endTime: '10:30',
    minutes: 90,
    clientId: 'c1',
    clientName: 'Truus "Trees" Hermans',
    naasteMemberId: null,
    naasteName: null,
    activityCode: 'direct',
    activityName: 'Direct cliëntcontact',
    nzaKind: 'direct',
    direct: true,
    note: 'Huisbezoek; met dochter',
    fundingId: 'f1',
    fundingLabel: 'Zvw – casemanagement dementie',
    law: 'ZVW',
    basis: 'client',
    overridden: false,
    overrideReason: null,
    correctionReason: null,
    state: 'open',
    exportedBatchId: null,
    createdAt: 1,
  };

  it("';'-separated with Dutch headers, a BOM, decimal comma, quoting, oldest first and a total", () => {
    const later = { ...base, id: 'r2', date: '2026-11-24', startTime: null, endTime: null, minutes: 45, clientName: null, clientId: null, note: null, law: null, basis: 'algemeen' as const, fundingLabel: null };
    const csv = registrationsCsv([later, base]);
    expect(csv.startsWith('\uFEFFDatum;Dag;Begin;Eind;Minuten;Uren;Cliënt;')).toBe(true);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe(
      '23-11-2026;maandag;09:00;10:30;90;1,50;"Truus ""Trees"" Hermans";;Direct cliëntcontact;Direct (cliëntcontact);De zorgverzekeraar betaalt (Zvw);Zvw – casemanagement dementie;Cliëntgebonden;nee;;Open;1;;"Huisbezoek; met dochter"',
    );
    expect(lines[2]!.split(';').slice(0, 6)).toEqual(['24-11-2026', 'dinsdag', '', '', '45', '0,75']);
    expect(lines[2]).toContain(';Algemeen, niet-cliëntgebonden;');
    expect(lines[3]!.split(';').slice(0, 6)).toEqual(['Totaal', '', '', '', '135', '2,25']);
  });
});
