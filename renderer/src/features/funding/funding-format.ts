/**
 * How a funding entry reads in Dutch: code lists are shown with their labels
 * (iWmo, Wlz), never as bare codes.
 */
import type { Funding } from '../../../../shared/contract/index';
import { IWMO } from '../../../../shared/codelists/index';
import { describePeriod } from '../../../../shared/domain/periods';
import { FUNDING_KIND_LABEL, WLZ_LEVERINGSVORM_LABEL, WLZ_ZORGPROFIEL_LABEL, ZVW_SOORT_LABEL } from '../../app/labels';

const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });

export function formatEuroCents(cents: number): string {
  return euro.format(cents / 100);
}

function lookup<T extends Record<string, string>>(list: T, code: string | null): string | null {
  if (!code) return null;
  return (list as Record<string, string>)[code] ?? code;
}

export const eenheidLabel = (code: string | null) => lookup(IWMO.WJ756_Eenheid, code);
export const frequentieLabel = (code: string | null) => lookup(IWMO.WMO757_Frequentie, code);
export const categorieLabel = (code: string | null) => lookup(IWMO.WMO020_Productcategorie, code);

/** "Wmo-toewijzing 123456", "Zvw: Casemanagement dementie", "Wlz-indicatie". */
export function fundingTitle(f: Funding): string {
  switch (f.kind) {
    case 'WMO':
      return f.status === 'toegekend' || f.toewijzingNummer !== null ? `Wmo-toewijzing${f.toewijzingNummer !== null ? ` ${f.toewijzingNummer}` : ''}` : 'Wmo-aanvraag';
    case 'ZVW':
      return `Zvw: ${f.zvwSoort ? (ZVW_SOORT_LABEL[f.zvwSoort as keyof typeof ZVW_SOORT_LABEL] ?? f.zvwSoort) : 'indicatie'}`;
    case 'WLZ':
      return 'Wlz-indicatie';
    default:
      return FUNDING_KIND_LABEL[f.kind];
  }
}

/** What the entry pays for, in words. */
export function fundingWhat(f: Funding): string | null {
  switch (f.kind) {
    case 'WMO': {
      const product = f.productOmschrijving ?? categorieLabel(f.productCategorie);
      return product ? `${product}${f.productCode ? ` (productcode ${f.productCode})` : ''}` : null;
    }
    case 'WLZ': {
      const profiel = f.wlzZorgprofiel ? `${f.wlzZorgprofiel} ${WLZ_ZORGPROFIEL_LABEL[f.wlzZorgprofiel as keyof typeof WLZ_ZORGPROFIEL_LABEL] ?? ''}`.trim() : null;
      const vorm = f.wlzLeveringsvorm ? (WLZ_LEVERINGSVORM_LABEL[f.wlzLeveringsvorm as keyof typeof WLZ_LEVERINGSVORM_LABEL] ?? f.wlzLeveringsvorm) : null;
      return [profiel, vorm].filter(Boolean).join(' — ') || null;
    }
    case 'ZVW':
      return f.omschrijving;
    default:
      return f.omschrijving;
  }
}

/** "4 uur per week", "Budget € 1.200,00", "180 minuten per week". */
export function fundingAmount(f: Funding): string | null {
  if (f.kind === 'WMO') {
    if (f.budgetCents !== null) return `Budget ${formatEuroCents(f.budgetCents)}`;
    if (f.volume !== null) return [String(f.volume), eenheidLabel(f.eenheid)?.toLowerCase(), frequentieLabel(f.frequentie)?.toLowerCase()].filter(Boolean).join(' ');
  }
  if (f.kind === 'ZVW' && f.zvwMinutenPerWeek !== null) return `${f.zvwMinutenPerWeek} minuten per week`;
  return null;
}

export function fundingPeriod(f: Funding): string {
  return describePeriod({ start: f.startDate, end: f.endDate });
}

/** One line for pickers: "Wmo-toewijzing 123456 · Begeleiding individueel · vanaf 1 maart 2026". */
export function fundingOption(f: Funding): string {
  return [fundingTitle(f), fundingWhat(f), fundingPeriod(f)].filter(Boolean).join(' · ');
}
