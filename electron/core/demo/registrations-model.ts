/**
 * Time registrations of the demo network, deterministic per seed. Every client and
 * every casemanager has its OWN small random and id stream (seeded from the network
 * seed and its id), so a role can generate just the registrations it holds and still
 * get exactly the ids every other role would compute for them. Attribution is proposed by the
 * same pure rules the core uses, with the demo network's contract settings: insurer
 * 9901 pays the casemanager six weeks after a Wlz admission, 9902 none (002:3929-3935).
 *
 * From 1 January 2026 (or the first care contact) up to the client's end or DEMO_TODAY.
 * Every casemanager also registers general work (administratie, scholing) weekly.
 */
import { createHash } from 'node:crypto';
import { proposeAttribution, type ActivityRule, type AttributionRules } from '../../../shared/domain/attribution';
import type { TimelineEvent } from '../../../shared/domain/client-status';
import { instantOf, offsetMinutes } from '../../../shared/domain/time';
import { seededIds } from '../ids';
import { DEFAULT_ACTIVITIES } from '../services/activities';
import { DEMO_TODAY, type DossierModel } from './dossier-model';
import type { NetworkModel } from './network-model';

export const DEMO_ATTRIBUTION_RULES: AttributionRules = { postAdmissionDays: 0, postAdmissionDaysByFunder: { '9901': 42, '9902': 0 }, nazorgDays: 42 };
const DEMO_START = '2026-01-01';

export interface DemoRegistration {
  id: string;
  casemanagerId: string;
  organisationId: string;
  clientId: string | null;
  naasteMemberId: string | null;
  activityCode: string;
  nzaKind: string;
  direct: boolean;
  date: string;
  startedAt: number | null;
  tzOffsetMin: number;
  minutes: number;
  note: string | null;
  fundingId: string | null;
  basis: 'client' | 'algemeen' | 'nazorg' | 'niet_toerekenbaar';
}

const ACT = new Map(DEFAULT_ACTIVITIES.map((a) => [a.code, a]));
const rule = (code: string): ActivityRule => {
  const a = ACT.get(code)!;
  return { code, clientLink: a.clientLink, laws: a.laws };
};

function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const weekday = (iso: string) => new Date(`${iso}T12:00:00Z`).getUTCDay();

/** A tiny deterministic stream per entity (mulberry32 seeded from a hash): cheap to create by the thousand. */
function stream(seed: number, key: string, baseMs: number) {
  let a = createHash('sha256').update(`${seed}:${key}`).digest().readUInt32LE(0);
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    int,
    pick: <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)]!,
    weighted: <T>(xs: readonly { value: T; weight: number }[]): T => {
      let r = next() * xs.reduce((s, x) => s + x.weight, 0);
      for (const x of xs) if ((r -= x.weight) <= 0) return x.value;
      return xs[xs.length - 1]!.value;
    },
    ids: seededIds(a || 1, baseMs),
  };
}

export interface RegistrationScope {
  /** Generate for these clients only (default: all). */
  clientIds?: ReadonlySet<string>;
  /** General work of these casemanagers only (default: all). */
  casemanagerIds?: ReadonlySet<string>;
  perClientMonth?: [number, number];
}

export function buildRegistrations(model: NetworkModel, d: DossierModel, scope: RegistrationScope = {}): DemoRegistration[] {
  const [lo, hi] = scope.perClientMonth ?? [2, 5];
  const baseMs = model.baseMs + 20_000_000;
  const out: DemoRegistration[] = [];
  const eventsOf = new Map<string, TimelineEvent[]>();
  for (const e of d.events) (eventsOf.get(e.clientId) ?? eventsOf.set(e.clientId, []).get(e.clientId)!).push(e);
  const fundingOf = new Map<string, DossierModel['funding']>();
  for (const x of d.funding) (fundingOf.get(x.clientId) ?? fundingOf.set(x.clientId, []).get(x.clientId)!).push(x);
  const funderCode = new Map(model.funders.map((x) => [x.id, x.code]));
  const membersOf = new Map<string, DossierModel['members']>();
  for (const m of d.members) (membersOf.get(m.clientId) ?? membersOf.set(m.clientId, []).get(m.clientId)!).push(m);

  let f = stream(model.seed, '', baseMs);
  // A working day (Mon–Fri) in [from, to].
  const day = (from: string, to: string) => {
    for (let i = 0; i < 10; i++) {
      const span = Math.max(0, Math.round((Date.parse(`${to}T00:00Z`) - Date.parse(`${from}T00:00Z`)) / 86_400_000));
      const candidate = addDays(from, f.int(0, span));
      if (weekday(candidate) >= 1 && weekday(candidate) <= 5) return candidate;
    }
    return from;
  };

  const push = (r: Omit<DemoRegistration, 'id' | 'nzaKind' | 'direct' | 'tzOffsetMin' | 'fundingId' | 'basis' | 'startedAt'>, withTime: boolean) => {
    const a = ACT.get(r.activityCode)!;
    const startedAt = withTime ? instantOf(r.date, f.int(8, 15), f.pick([0, 15, 30, 45])) : null;
    const events = r.clientId ? (eventsOf.get(r.clientId) ?? []) : [];
    const funding = r.clientId ? (fundingOf.get(r.clientId) ?? []).map((x) => ({ id: x.id, kind: x.kind, status: 'toegekend', start: x.startDate, end: x.endDate, funderCode: funderCode.get(x.funderId) ?? null })) : [];
    const p = proposeAttribution({ date: r.date, activity: rule(r.activityCode), hasClient: r.clientId !== null, events, funding, rules: DEMO_ATTRIBUTION_RULES });
    out.push({
      ...r,
      id: f.ids.newId(),
      nzaKind: a.nzaKind,
      direct: a.nzaKind !== 'indirect',
      startedAt,
      tzOffsetMin: offsetMinutes(startedAt ?? instantOf(r.date, 12)),
      fundingId: p.fundingId,
      basis: p.basis,
    });
  };

  for (const c of model.clients) {
    if (scope.clientIds && !scope.clientIds.has(c.id)) continue;
    f = stream(model.seed, c.id, baseMs);
    const events = eventsOf.get(c.id) ?? [];
    const first = events.find((e) => e.kind === 'eerste_contact')?.date;
    if (!first) continue;
    const admission = events.find((e) => e.kind === 'opname_wlz')?.date;
    const death = events.find((e) => e.kind === 'overlijden')?.date;
    const ended = events.find((e) => e.kind === 'uitschrijving')?.date;
    const end = [admission, death, ended, DEMO_TODAY].filter((x): x is string => !!x).sort()[0]!;
    const start = first > DEMO_START ? first : DEMO_START;
    const mantelzorger = (membersOf.get(c.id) ?? []).find((m) => m.isMantelzorger);
    for (let month = start.slice(0, 7); `${month}-01` <= end; month = addDays(`${month}-28`, 7).slice(0, 7)) {
      const from = `${month}-01` < start ? start : `${month}-01`;
      const to = addDays(`${month}-01`, 27) > end ? end : addDays(`${month}-01`, 27);
      if (from > to) continue;
      const n = f.int(lo, hi);
      for (let i = 0; i < n; i++) {
        const kind = f.weighted([
          { value: 'direct', weight: 5 },
          { value: 'verplaatst', weight: 2 },
          { value: 'mantelzorgondersteuning', weight: 2 },
          { value: 'coordinatie', weight: 2 },
          { value: 'overleg', weight: 1 },
        ]);
        const minutes = kind === 'direct' ? f.pick([45, 60, 75, 90]) : kind === 'overleg' ? f.pick([30, 45, 60]) : f.pick([10, 15, 20, 30]);
        push({ casemanagerId: c.casemanagerId, organisationId: c.organisationId, clientId: c.id, naasteMemberId: kind === 'mantelzorgondersteuning' ? (mantelzorger?.id ?? null) : null, activityCode: kind, date: day(from, to), minutes, note: null }, kind === 'direct');
      }
    }
    // A warm handover around an admission; nazorg with the naasten after a death.
    if (admission && admission >= DEMO_START) push({ casemanagerId: c.casemanagerId, organisationId: c.organisationId, clientId: c.id, naasteMemberId: null, activityCode: 'warme_overdracht', date: addDays(admission, 3) > DEMO_TODAY ? admission : addDays(admission, 3), minutes: 60, note: null }, false);
    if (death && death >= DEMO_START && mantelzorger) {
      for (const offset of [10, 30]) {
        const date = addDays(death, offset);
        if (date <= DEMO_TODAY) push({ casemanagerId: c.casemanagerId, organisationId: c.organisationId, clientId: c.id, naasteMemberId: mantelzorger.id, activityCode: 'nazorg', date, minutes: 45, note: null }, false);
      }
    }
  }

  // General work per casemanager: administratie every week, scholing once a quarter.
  for (const cm of model.casemanagers) {
    if (scope.casemanagerIds && !scope.casemanagerIds.has(cm.id)) continue;
    f = stream(model.seed, cm.id, baseMs);
    for (let week = DEMO_START; week <= DEMO_TODAY; week = addDays(week, 7)) {
      push({ casemanagerId: cm.id, organisationId: cm.organisationId, clientId: null, naasteMemberId: null, activityCode: 'administratie', date: day(week, addDays(week, 4) > DEMO_TODAY ? DEMO_TODAY : addDays(week, 4)), minutes: f.pick([60, 90, 120]), note: null }, false);
    }
    for (const q of ['2026-02-10', '2026-05-12', '2026-09-15']) push({ casemanagerId: cm.id, organisationId: cm.organisationId, clientId: null, naasteMemberId: null, activityCode: 'scholing', date: q, minutes: 240, note: null }, false);
  }
  return out;
}
