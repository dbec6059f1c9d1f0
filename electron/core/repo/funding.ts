import { and, asc, desc, eq, isNull, lte, or, gte, sql } from 'drizzle-orm';
import type { CatalogProduct, Funding } from '../../../shared/contract/index';
import type { FundingLike } from '../../../shared/domain/funding';
import { funder, funding, gemeenteProduct, planAction } from '../../../shared/schema/index';
import type { Orm } from '../orm';

/** The catalogue product valid on `day` for a gemeente, if any. */
export function productOn(orm: Orm, gemeenteCode: string, productCode: string, day: string): CatalogProduct | undefined {
  return orm
    .select()
    .from(gemeenteProduct)
    .where(
      and(
        eq(gemeenteProduct.gemeenteCode, gemeenteCode),
        eq(gemeenteProduct.productCode, productCode),
        lte(gemeenteProduct.validFrom, day),
        or(isNull(gemeenteProduct.validTo), gte(gemeenteProduct.validTo, day)),
      ),
    )
    .orderBy(desc(gemeenteProduct.validFrom))
    .get();
}

export function listCatalog(orm: Orm, q: { gemeenteCode?: string | undefined; onDate?: string | undefined }): CatalogProduct[] {
  return orm
    .select()
    .from(gemeenteProduct)
    .where(
      and(
        q.gemeenteCode ? eq(gemeenteProduct.gemeenteCode, q.gemeenteCode) : undefined,
        q.onDate ? and(lte(gemeenteProduct.validFrom, q.onDate), or(isNull(gemeenteProduct.validTo), gte(gemeenteProduct.validTo, q.onDate))) : undefined,
      ),
    )
    .orderBy(asc(gemeenteProduct.gemeenteCode), asc(gemeenteProduct.productCode), asc(gemeenteProduct.validFrom))
    .limit(1000)
    .all();
}

const usedBy = sql<number>`(SELECT count(*) FROM ${planAction} WHERE ${planAction.fundingId} = ${funding.id} AND ${planAction.deletedAt} IS NULL)`;

export function listFunding(orm: Orm, clientId: string, id?: string): Funding[] {
  const rows = orm
    .select({ f: funding, funderName: funder.name, funderCode: funder.code, usedByActions: usedBy })
    .from(funding)
    .leftJoin(funder, eq(funder.id, funding.funderId))
    .where(and(eq(funding.clientId, clientId), isNull(funding.deletedAt), id ? eq(funding.id, id) : undefined))
    .orderBy(desc(funding.startDate), asc(funding.kind))
    .all();
  return rows.map(({ f, funderName, funderCode, usedByActions }) => ({
    id: f.id,
    clientId: f.clientId,
    kind: f.kind,
    status: f.status,
    startDate: f.startDate,
    endDate: f.endDate,
    funderId: f.funderId,
    funderName,
    funderCode,
    onderMandaat: f.onderMandaat,
    aangevraagdOp: f.aangevraagdOp,
    toewijzingNummer: f.toewijzingNummer,
    productCategorie: f.productCategorie,
    productCode: f.productCode,
    productOmschrijving: f.kind === 'WMO' && funderCode && f.productCode ? (productOn(orm, funderCode, f.productCode, f.startDate)?.omschrijving ?? null) : null,
    volume: f.volume,
    eenheid: f.eenheid,
    frequentie: f.frequentie,
    budgetCents: f.budgetCents,
    zvwSoort: f.zvwSoort,
    zvwMinutenPerWeek: f.zvwMinutenPerWeek,
    wlzZorgprofiel: f.wlzZorgprofiel,
    wlzLeveringsvorm: f.wlzLeveringsvorm,
    omschrijving: f.omschrijving,
    usedByActions: usedByActions,
  }));
}

/** The shape the financing rules work on (shared/domain/funding.ts). */
export function fundingLikes(orm: Orm, clientId: string): FundingLike[] {
  return orm
    .select({ id: funding.id, kind: funding.kind, status: funding.status, start: funding.startDate, end: funding.endDate })
    .from(funding)
    .where(and(eq(funding.clientId, clientId), isNull(funding.deletedAt)))
    .all();
}

const KIND_NAME: Record<string, string> = { EIGEN: 'Eigen middelen', INFORMEEL: 'Informeel', OVERIG: 'Overig' };
const ZVW_NAME: Record<string, string> = { casemanagement_dementie: 'casemanagement dementie', wijkverpleging: 'wijkverpleging' };

/** "Wmo-toewijzing 123456 – Begeleiding individueel (02A01)" and the like: one line for the plan. */
export function fundingLabel(f: Funding): string {
  switch (f.kind) {
    case 'WMO':
      return `Wmo${f.toewijzingNummer !== null ? `-toewijzing ${f.toewijzingNummer}` : ' (aangevraagd)'} – ${f.productOmschrijving ?? 'product'} (${f.productCode})`;
    case 'ZVW':
      return `Zvw – ${ZVW_NAME[f.zvwSoort ?? ''] ?? 'zorgverzekering'}${f.funderName ? ` (${f.funderName})` : ''}`;
    case 'WLZ':
      return `Wlz – zorgprofiel ${f.wlzZorgprofiel ?? '?'}, ${f.wlzLeveringsvorm ?? ''}`.trim();
    default:
      return `${KIND_NAME[f.kind]}: ${f.omschrijving ?? ''}`.trim();
  }
}
