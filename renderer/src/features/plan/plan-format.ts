/** Plan display helpers: domain names, the plan's outline (goals by domain, actions by goal). */
import type { Goal, PlanAction, PlanVersionDetail, ScoreSet } from '../../../../shared/contract/index';
import { describePeriod } from '../../../../shared/domain/periods';
import { frequencyText } from '../../app/labels';

export interface DomainSetLike {
  code: string;
  name: string;
  scorer: 'client' | 'professional';
  chart: 'spider' | 'bars';
  scale: { min: number; max: number; labels: Record<string, string> };
  domains: { key: string; name: string }[];
}

export function domainName(set: DomainSetLike | undefined, key: string): string {
  return set?.domains.find((d) => d.key === key)?.name ?? key;
}

/** Goals per domain, in the instrument's domain order (unknown domains last). */
function goalsByDomain(set: DomainSetLike | undefined, goals: readonly Goal[]): { domain: string; name: string; goals: Goal[] }[] {
  const order = set?.domains.map((d) => d.key) ?? [];
  const keys = [...new Set(goals.map((g) => g.domain))].sort((a, b) => {
    const ia = order.indexOf(a);
    const ib = order.indexOf(b);
    return (ia < 0 ? 999 : ia) - (ib < 0 ? 999 : ib);
  });
  return keys.map((k) => ({ domain: k, name: domainName(set, k), goals: goals.filter((g) => g.domain === k).sort((a, b) => a.position - b.position) }));
}

function actionsOf(v: Pick<PlanVersionDetail, 'actions'>, goalId: string | null): PlanAction[] {
  return v.actions.filter((a) => a.goalId === goalId).sort((a, b) => a.position - b.position);
}

export interface PlanOutline {
  /** Per domain (in the instrument's order) its goals, each with its actions. */
  domains: { domain: string; name: string; goals: { goal: Goal; actions: PlanAction[] }[] }[];
  /** Actions that belong to no goal. */
  loose: PlanAction[];
}

/** The plan as it reads, on screen and on paper: goals per domain with their actions, then the actions without a goal. */
export function planOutline(set: DomainSetLike | undefined, v: Pick<PlanVersionDetail, 'goals' | 'actions'>): PlanOutline {
  return {
    domains: goalsByDomain(set, v.goals).map((d) => ({ ...d, goals: d.goals.map((goal) => ({ goal, actions: actionsOf(v, goal.id) })) })),
    loose: actionsOf(v, null),
  };
}

export function actionPeriod(a: PlanAction): string {
  return describePeriod({ start: a.startDate, end: a.endDate });
}

export function actionFrequency(a: PlanAction): string | null {
  return frequencyText(a.frequencyCount, a.frequencyUnit);
}

/** The latest score set and the one before it. */
export function latestTwo(history: readonly ScoreSet[]): { latest: ScoreSet | undefined; previous: ScoreSet | undefined } {
  return { latest: history.at(-1), previous: history.at(-2) };
}

export const STATUTORY_KINDS = ['WMO', 'ZVW', 'WLZ'] as const;
export function isStatutory(kind: string): boolean {
  return (STATUTORY_KINDS as readonly string[]).includes(kind);
}
