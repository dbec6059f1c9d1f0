/**
 * Which funding pays a registration? Proposed by rules from the client's timeline and
 * funding on the registration's date; the casemanager may override with a reason.
 * The rules are data (AttributionRules, a network/contract setting) and pure here.
 *
 * Seeds: care is paid from one law at a time (002:3924-3926); after a Wlz admission one
 * network's insurer pays the casemanager six more weeks, another none (002:3929-3935);
 * after death the casemanager cannot bill the client any more, so nazorg with the
 * mantelzorger is non-client-bound work (002:3937-3942).
 */
import type { FundingKind } from './enums';
import type { TimelineEvent } from './client-status';
import { firstDate } from './client-status';
import { daysBetween } from './dates';
import { contains } from './periods';

export interface ActivityRule {
  code: string;
  /** 'client': needs a client; 'optional': may have one; 'none': never client-bound; 'naaste': nazorg with a naaste. */
  clientLink: 'client' | 'optional' | 'none' | 'naaste';
  /** Laws that may pay this activity, in order of preference. */
  laws: FundingKind[];
}

export interface AttributionRules {
  /** Days the insurer keeps paying the casemanager after a Wlz admission, per UZOVI code. */
  postAdmissionDaysByFunder: Record<string, number>;
  /** For insurers not listed. */
  postAdmissionDays: number;
  /** Days after death during which work with the naasten is nazorg. */
  nazorgDays: number;
}

export const DEFAULT_ATTRIBUTION_RULES: AttributionRules = { postAdmissionDaysByFunder: {}, postAdmissionDays: 0, nazorgDays: 42 };

export interface FundingOption {
  id: string;
  kind: FundingKind;
  status: string;
  start: string;
  end: string | null;
  funderCode: string | null;
}

/** client: paid by the client's funding; algemeen: general, non-client-bound; nazorg: after death; niet_toerekenbaar: no funding covers it. */
export type Basis = 'client' | 'algemeen' | 'nazorg' | 'niet_toerekenbaar';

export interface Attribution {
  fundingId: string | null;
  basis: Basis;
  /** Dutch, one sentence: why this proposal. */
  reason: string;
  /** Dutch: what the casemanager should know (e.g. warme overdracht). */
  warnings: string[];
}

export function proposeAttribution(input: {
  date: string;
  activity: ActivityRule;
  hasClient: boolean;
  events: readonly TimelineEvent[];
  funding: readonly FundingOption[];
  rules: AttributionRules;
}): Attribution {
  const { date, activity, rules } = input;
  if (activity.clientLink === 'none' || (!input.hasClient && activity.clientLink !== 'client')) {
    return { fundingId: null, basis: 'algemeen', reason: 'Niet-cliëntgebonden werk: telt mee in het algemene deel van het budget.', warnings: [] };
  }

  const death = firstDate(input.events, 'overlijden');
  if (death && date > death) {
    const days = daysBetween(death, date);
    if (days <= rules.nazorgDays) {
      return {
        fundingId: null,
        basis: 'nazorg',
        reason: `Nazorg na het overlijden (${days} ${days === 1 ? 'dag' : 'dagen'} geleden): niet-cliëntgebonden.`,
        warnings: activity.clientLink === 'naaste' ? [] : ['Na het overlijden is dit nazorg met de naasten; kies de activiteit "Nazorg" als dat het is.'],
      };
    }
    return { fundingId: null, basis: 'niet_toerekenbaar', reason: `Meer dan ${rules.nazorgDays} dagen na het overlijden: geen financiering.`, warnings: ['De nazorgperiode is voorbij.'] };
  }

  const admission = firstDate(input.events, 'opname_wlz');
  const granted = input.funding.filter((f) => f.status === 'toegekend' && contains({ start: f.start, end: f.end }, date));
  for (const law of activity.laws) {
    for (const f of granted.filter((x) => x.kind === law)) {
      if (admission && date > admission && law === 'ZVW') {
        // After admission the insurer pays only for its contractual window (0 or 42 days in the seeds).
        const window = rules.postAdmissionDaysByFunder[f.funderCode ?? ''] ?? rules.postAdmissionDays;
        const days = daysBetween(admission, date);
        if (days > window) continue;
        return {
          fundingId: f.id,
          basis: 'client',
          reason: `Na de opname betaalt de zorgverzekeraar nog ${window} dagen (dag ${days}).`,
          warnings: ['Denk aan de warme overdracht aan het verpleeghuis.'],
        };
      }
      return { fundingId: f.id, basis: 'client', reason: `Betaald uit ${LAW_SHORT[law]} (financiering op deze datum).`, warnings: [] };
    }
  }
  if (admission && date > admission) {
    return {
      fundingId: null,
      basis: 'niet_toerekenbaar',
      reason: 'Na de opname valt dit buiten de financiering van de zorgverzekeraar.',
      warnings: ['Na de opname loopt de financiering van de casemanager af; zorg voor een warme overdracht.'],
    };
  }
  return { fundingId: null, basis: 'niet_toerekenbaar', reason: 'De cliënt heeft op deze datum geen financiering die dit betaalt.', warnings: ['Controleer de financiering van de cliënt, of leg uit waarom dit toch wordt toegerekend.'] };
}

const LAW_SHORT: Record<FundingKind, string> = { WMO: 'de Wmo', ZVW: 'de Zvw', WLZ: 'de Wlz', EIGEN: 'eigen middelen', INFORMEEL: 'informele hulp', OVERIG: 'overige financiering' };
