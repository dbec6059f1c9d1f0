/**
 * Helpers for the Uren and Kassier specs: finding a demo client to register time
 * for (through the real handlers), seeding a client with a Wlz admission, and the
 * Dutch number and clock formats the screens use.
 */
import type { APIRequestContext } from '@playwright/test';
import type { FundingKind } from '../../../shared/domain/enums';
import { TODAY, isoPlusDays } from './dates';
import { rpc } from './rpc';

export interface Candidate {
  id: string;
  achternaam: string;
  /** As the type-ahead puts it in the field ("Truus Hermans"). */
  name: string;
  law: FundingKind;
}

/**
 * A demo client whose funding pays direct contact today, and whose achternaam
 * finds exactly this client in the type-ahead. The demo is laid out around a fixed
 * date; should no demo funding cover the real today, one such client is made.
 */
export async function findFundedClient(request: APIRequestContext): Promise<Candidate> {
  const { rows } = await rpc(request, 'clients.list', { offset: 0, limit: 100 });
  for (const c of rows) {
    if (!/^[A-Za-z]+$/.test(c.achternaam)) continue;
    const p = await rpc(request, 'registrations.propose', { date: TODAY, clientId: c.id, activityCode: 'direct' });
    if (p.basis !== 'client' || !p.fundingId || p.warnings.length) continue;
    if ((await rpc(request, 'clients.list', { offset: 0, limit: 2, search: c.achternaam })).total !== 1) continue;
    const f = (await rpc(request, 'funding.list', { clientId: c.id })).find((x) => x.id === p.fundingId)!;
    return { id: c.id, achternaam: c.achternaam, name: [c.voornaam, c.tussenvoegsel, c.achternaam].filter(Boolean).join(' '), law: f.kind };
  }
  const insurer = (await rpc(request, 'funders.list')).find((f) => f.law === 'ZVW')!;
  const c = await rpc(request, 'clients.create', { voornaam: 'Truus', achternaam: 'Tijdschrijver', geboortedatum: '1940-02-14' });
  const start = isoPlusDays(TODAY, -100);
  await rpc(request, 'clients.addEvent', { clientId: c.id, kind: 'eerste_contact', date: start, detail: '' });
  await rpc(request, 'funding.add', {
    clientId: c.id,
    entry: { kind: 'ZVW', status: 'toegekend', startDate: start, endDate: null, funderId: insurer.id, zvwSoort: 'casemanagement_dementie', zvwMinutenPerWeek: null, onderMandaat: false, aangevraagdOp: null, omschrijving: '' },
  });
  return { id: c.id, achternaam: 'Tijdschrijver', name: 'Truus Tijdschrijver', law: 'ZVW' };
}

/**
 * A new client in care with Zvw casemanagement from one insurer, admitted under the
 * Wlz `daysAgo` days ago: the attribution rules decide whether the insurer still pays.
 */
export async function seedAdmittedClient(request: APIRequestContext, opts: { achternaam: string; funderCode: string; daysAgo: number }): Promise<{ id: string; name: string }> {
  const funders = await rpc(request, 'funders.list');
  const insurer = funders.find((f) => f.law === 'ZVW' && f.code === opts.funderCode);
  if (!insurer) throw new Error(`no insurer ${opts.funderCode} in the demo`);
  const c = await rpc(request, 'clients.create', { voornaam: 'Gerrit', achternaam: opts.achternaam, geboortedatum: '1938-06-01' });
  const start = isoPlusDays(TODAY, -200);
  await rpc(request, 'clients.addEvent', { clientId: c.id, kind: 'aanmelding', date: start, detail: '' });
  await rpc(request, 'clients.addEvent', { clientId: c.id, kind: 'eerste_contact', date: isoPlusDays(start, 7), detail: '' });
  await rpc(request, 'funding.add', {
    clientId: c.id,
    entry: { kind: 'ZVW', status: 'toegekend', startDate: start, endDate: null, funderId: insurer.id, zvwSoort: 'casemanagement_dementie', zvwMinutenPerWeek: null, onderMandaat: false, aangevraagdOp: null, omschrijving: '' },
  });
  await rpc(request, 'clients.addEvent', { clientId: c.id, kind: 'opname_wlz', date: isoPlusDays(TODAY, -opts.daysAgo), detail: 'Verpleeghuis De Linde' });
  return { id: c.id, name: `Gerrit ${opts.achternaam}` };
}

const integer = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });

/** 3085 → '3.085', as the screens show counts and minutes. */
export function nlNumber(n: number): string {
  return integer.format(n);
}

const clock = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** Epoch ms → '14:05' in the Netherlands. */
export function clockNl(epochMs: number): string {
  return clock.format(new Date(epochMs));
}

/** '2026-11' → '2026-11-30'. */
export function monthEnd(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** Minutes in a totals answer. */
export function sumMinutes(rows: readonly { minutes: number }[]): number {
  return rows.reduce((s, r) => s + r.minutes, 0);
}
