import { describe, expect, it } from 'vitest';
import { deriveStatus, eventProblem, firstDate } from './client-status';

const TODAY = '2026-11-23';

describe('client status from the timeline', () => {
  it('follows the events in date order', () => {
    expect(deriveStatus([])).toBe('aangemeld');
    expect(deriveStatus([{ kind: 'verwijzing', date: '2026-01-02' }])).toBe('aangemeld');
    expect(deriveStatus([{ kind: 'aanmelding', date: '2026-01-05' }, { kind: 'wachtlijst', date: '2026-01-06' }])).toBe('wachtend');
    expect(
      deriveStatus([
        { kind: 'eerste_contact', date: '2026-02-20' },
        { kind: 'aanmelding', date: '2026-01-05' },
        { kind: 'wachtlijst', date: '2026-01-06' },
      ]),
    ).toBe('in_zorg');
    expect(deriveStatus([{ kind: 'in_zorg', date: '2026-02-01' }, { kind: 'opname_wlz', date: '2026-09-01' }])).toBe('opgenomen');
  });

  it('applies same-day events in process order and keeps death final', () => {
    expect(deriveStatus([{ kind: 'eerste_contact', date: '2026-01-05' }, { kind: 'aanmelding', date: '2026-01-05' }])).toBe('in_zorg');
    expect(deriveStatus([{ kind: 'overlijden', date: '2026-05-01' }, { kind: 'uitschrijving', date: '2026-06-01' }])).toBe('overleden');
    expect(deriveStatus([{ kind: 'in_zorg', date: '2026-01-01' }, { kind: 'uitschrijving', date: '2026-06-01' }])).toBe('uitgeschreven');
  });

  it('finds the first date of a kind', () => {
    expect(firstDate([{ kind: 'aanmelding', date: '2026-03-01' }, { kind: 'aanmelding', date: '2026-01-01' }], 'aanmelding')).toBe('2026-01-01');
    expect(firstDate([], 'aanmelding')).toBeNull();
  });

  it('refuses impossible timelines with Dutch messages', () => {
    expect(eventProblem([], { kind: 'aanmelding', date: '2027-01-01' }, TODAY)?.message).toMatch(/toekomst/);
    const dead = [{ kind: 'overlijden' as const, date: '2026-05-01' }];
    expect(eventProblem(dead, { kind: 'overlijden', date: '2026-05-02' }, TODAY)?.message).toMatch(/al vastgelegd/);
    expect(eventProblem(dead, { kind: 'in_zorg', date: '2026-06-01' }, TODAY)?.message).toMatch(/na het overlijden/);
    expect(eventProblem(dead, { kind: 'uitschrijving', date: '2026-06-01' }, TODAY)).toBeNull();
    expect(eventProblem([{ kind: 'verwijzing', date: '2026-03-01' }], { kind: 'aanmelding', date: '2026-02-01' }, TODAY)?.message).toMatch(/vóór de verwijzing/);
    expect(eventProblem([{ kind: 'aanmelding', date: '2026-03-01' }], { kind: 'eerste_contact', date: '2026-02-01' }, TODAY)?.message).toMatch(/vóór de aanmelding/);
    expect(eventProblem([{ kind: 'in_zorg', date: '2026-06-01' }], { kind: 'overlijden', date: '2026-05-01' }, TODAY)?.message).toMatch(/na deze datum/);
    expect(eventProblem([{ kind: 'aanmelding', date: '2026-03-01' }], { kind: 'eerste_contact', date: '2026-04-12' }, TODAY)).toBeNull();
  });
});
