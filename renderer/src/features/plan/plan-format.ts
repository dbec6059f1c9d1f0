/** Plan display helpers: domain names, goals grouped by domain, actions by goal. */
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
export function goalsByDomain(set: DomainSetLike | undefined, goals: readonly Goal[]): { domain: string; name: string; goals: Goal[] }[] {
  const order = set?.domains.map((d) => d.key) ?? [];
  const keys = [...new Set(goals.map((g) => g.domain))].sort((a, b) => {
    const ia = order.indexOf(a);
    const ib = order.indexOf(b);
    return (ia < 0 ? 999 : ia) - (ib < 0 ? 999 : ib);
  });
  return keys.map((k) => ({ domain: k, name: domainName(set, k), goals: goals.filter((g) => g.domain === k).sort((a, b) => a.position - b.position) }));
}

export function actionsOf(v: Pick<PlanVersionDetail, 'actions'>, goalId: string | null): PlanAction[] {
  return v.actions.filter((a) => a.goalId === goalId).sort((a, b) => a.position - b.position);
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
