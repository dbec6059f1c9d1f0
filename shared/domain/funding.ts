/**
 * Funding rules (domain.md §3–4, standards.md §2.3, §2.9). Every formal action in a
 * plan is paid from exactly one law, and only from funding the client actually has
 * in that period: "care can in principle be financed from one law at a time".
 */
import type { FundingKind, FundingStatus } from './enums';
import { covers, describePeriod, overlaps, type Period } from './periods';

/** Laws that need a funding entry before the plan may spend from them. */
export const STATUTORY: readonly FundingKind[] = ['WMO', 'ZVW', 'WLZ'];

export const LAW_NAME: Record<FundingKind, string> = {
  WMO: 'de Wmo (gemeente)',
  ZVW: 'de Zvw (zorgverzekeraar)',
  WLZ: 'de Wlz (zorgkantoor)',
  EIGEN: 'eigen middelen',
  INFORMEEL: 'informele hulp',
  OVERIG: 'overige financiering',
};

export interface FundingLike {
  id: string;
  kind: FundingKind;
  status: FundingStatus;
  start: string;
  end: string | null;
}

export interface ActionFinancing {
  kind: FundingKind;
  fundingId: string | null;
  period: Period;
}

export type FinancingCheck = { ok: true; fundingId: string | null } | { ok: false; path: 'fundingId' | 'financing'; message: string };

/**
 * Which funding entry pays this action? Informal, own and other money need no entry.
 * A statutory law needs a GRANTED entry of that law covering the action's period; an
 * explicitly chosen entry must be of that law and cover it. When exactly one entry
 * fits and none was chosen, that one is linked.
 */
export function checkActionFinancing(action: ActionFinancing, fundings: readonly FundingLike[]): FinancingCheck {
  if (!STATUTORY.includes(action.kind)) {
    if (action.fundingId) {
      const f = fundings.find((x) => x.id === action.fundingId);
      if (!f || f.kind !== action.kind) return { ok: false, path: 'fundingId', message: 'Deze financiering hoort niet bij de gekozen soort financiering.' };
    }
    return { ok: true, fundingId: action.fundingId };
  }
  const period = describePeriod(action.period);
  if (action.fundingId) {
    const f = fundings.find((x) => x.id === action.fundingId);
    if (!f) return { ok: false, path: 'fundingId', message: 'Deze financiering bestaat niet (meer) bij deze cliënt.' };
    if (f.kind !== action.kind) return { ok: false, path: 'fundingId', message: `Deze financiering komt niet uit ${LAW_NAME[action.kind]}.` };
    if (f.status !== 'toegekend') return { ok: false, path: 'fundingId', message: 'Deze financiering is nog niet toegekend; een actie kan alleen uit toegekende financiering worden betaald.' };
    if (!covers({ start: f.start, end: f.end }, action.period)) {
      return { ok: false, path: 'fundingId', message: `Deze financiering loopt ${describePeriod({ start: f.start, end: f.end })} en dekt de actie (${period}) niet.` };
    }
    return { ok: true, fundingId: f.id };
  }
  const fitting = fundings.filter((f) => f.kind === action.kind && f.status === 'toegekend' && covers({ start: f.start, end: f.end }, action.period));
  if (fitting.length === 0) {
    return {
      ok: false,
      path: 'financing',
      message: `De cliënt heeft geen toegekende financiering uit ${LAW_NAME[action.kind]} voor deze periode (${period}). Voeg eerst de financiering toe, of kies informele hulp of een andere financiering.`,
    };
  }
  return { ok: true, fundingId: fitting.length === 1 ? fitting[0]!.id : null };
}

/** Two granted entries of one law for one product overlapping in time usually means a typing error. */
export function overlappingEntries<F extends FundingLike>(entries: readonly F[], candidate: F): F[] {
  return entries.filter((e) => e.id !== candidate.id && e.kind === candidate.kind && e.status === 'toegekend' && overlaps(e, candidate));
}
