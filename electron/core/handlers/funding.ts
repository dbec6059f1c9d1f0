import { and, asc, eq, isNull, ne } from 'drizzle-orm';
import type { FundingInput } from '../../../shared/contract/index';
import { checkActionFinancing } from '../../../shared/domain/funding';
import { describePeriod } from '../../../shared/domain/periods';
import { funder, funding, gemeenteProduct, organisation, planAction, planVersion } from '../../../shared/schema/index';
import type { CoreContext } from '../context';
import type { HandlerMap } from '../dispatcher';
import { SchotvrijError, fieldError, notFound } from '../errors';
import { getHeader } from '../repo/dossier';
import { fundingLikes, listCatalog, listFunding, productOn } from '../repo/funding';
import type { z } from 'zod';

type FundingKeys = 'funding.list' | 'funding.add' | 'funding.update' | 'funding.remove' | 'catalog.list' | 'catalog.add' | 'funders.list' | 'organisations.list';
type Entry = z.output<typeof FundingInput>;

const LAW_OF_KIND = { WMO: 'WMO', ZVW: 'ZVW', WLZ: 'WLZ' } as const;
const FUNDER_WORD = { WMO: 'een gemeente', ZVW: 'een zorgverzekeraar', WLZ: 'een zorgkantoor' } as const;

/** Law-specific checks that need the database: the funder's law, the gemeente's product catalogue. */
function checkEntry(ctx: CoreContext, e: Entry): void {
  if (e.kind === 'WMO' || e.kind === 'ZVW' || e.kind === 'WLZ') {
    const f = ctx.orm.select().from(funder).where(eq(funder.id, e.funderId)).get();
    if (!f || f.law !== LAW_OF_KIND[e.kind]) throw fieldError('entry.funderId', `Kies ${FUNDER_WORD[e.kind]} als financier.`, 'funder does not match the law');
    if (e.kind === 'WMO') {
      // Product codes are local to each gemeente and change over time (standards.md §2.9).
      const product = productOn(ctx.orm, f.code, e.productCode, e.startDate);
      if (!product) {
        throw fieldError(
          'entry.productCode',
          `Product ${e.productCode} staat niet in de productcatalogus van ${f.name} op ${describePeriod({ start: e.startDate, end: null }).replace('vanaf ', '')}.`,
          'product not in the gemeente catalogue on the start date',
        );
      }
      if (product.productCategorie !== e.productCategorie) {
        throw fieldError('entry.productCategorie', `Product ${e.productCode} hoort bij categorie ${product.productCategorie}, niet bij ${e.productCategorie}.`, 'product category mismatch');
      }
    }
  }
}

function columns(e: Entry) {
  return {
    kind: e.kind,
    status: e.status,
    startDate: e.startDate,
    endDate: e.endDate,
    funderId: e.funderId,
    onderMandaat: e.onderMandaat,
    aangevraagdOp: e.aangevraagdOp,
    omschrijving: e.omschrijving,
    toewijzingNummer: e.kind === 'WMO' ? e.toewijzingNummer : null,
    productCategorie: e.kind === 'WMO' ? e.productCategorie : null,
    productCode: e.kind === 'WMO' ? e.productCode : null,
    volume: e.kind === 'WMO' ? e.volume : null,
    eenheid: e.kind === 'WMO' ? e.eenheid : null,
    frequentie: e.kind === 'WMO' ? e.frequentie : null,
    budgetCents: e.kind === 'WMO' ? e.budgetCents : null,
    zvwSoort: e.kind === 'ZVW' ? e.zvwSoort : null,
    zvwMinutenPerWeek: e.kind === 'ZVW' ? e.zvwMinutenPerWeek : null,
    wlzZorgprofiel: e.kind === 'WLZ' ? e.wlzZorgprofiel : null,
    wlzLeveringsvorm: e.kind === 'WLZ' ? e.wlzLeveringsvorm : null,
  };
}

function entryOf(ctx: CoreContext, id: string) {
  const row = ctx.orm.select().from(funding).where(and(eq(funding.id, id), isNull(funding.deletedAt))).get();
  if (!row) throw notFound('Financiering', id);
  return row;
}

/** Plan actions (in versions that still count) paid from this entry. */
function actionsPaidBy(ctx: CoreContext, fundingId: string) {
  return ctx.orm
    .select({ id: planAction.id, description: planAction.description, financing: planAction.financing, startDate: planAction.startDate, endDate: planAction.endDate })
    .from(planAction)
    .innerJoin(planVersion, eq(planVersion.id, planAction.planVersionId))
    .where(and(eq(planAction.fundingId, fundingId), isNull(planAction.deletedAt), ne(planVersion.status, 'vervangen')))
    .all();
}

export const fundingHandlers: HandlerMap<FundingKeys, CoreContext> = {
  'funding.list': (ctx, { clientId }) => {
    if (!getHeader(ctx.orm, clientId)) throw notFound('Cliënt', clientId);
    return listFunding(ctx.orm, clientId);
  },

  'funding.add': (ctx, { clientId, entry }) => {
    if (!getHeader(ctx.orm, clientId)) throw notFound('Cliënt', clientId);
    checkEntry(ctx, entry);
    const now = ctx.clock.now();
    const id = ctx.ids.newId();
    ctx.orm.insert(funding).values({ id, clientId, ...columns(entry), createdAt: now, updatedAt: now, deletedAt: null }).run();
    return listFunding(ctx.orm, clientId, id)[0]!;
  },

  'funding.update': (ctx, { id, entry }) => {
    const before = entryOf(ctx, id);
    checkEntry(ctx, entry);
    ctx.orm.update(funding).set({ ...columns(entry), updatedAt: ctx.clock.now() }).where(eq(funding.id, id)).run();
    // The change must still pay for every action that relies on it; otherwise nothing changes.
    const likes = fundingLikes(ctx.orm, before.clientId);
    const broken = actionsPaidBy(ctx, id).filter(
      (a) => !checkActionFinancing({ kind: a.financing, fundingId: id, period: { start: a.startDate, end: a.endDate } }, likes).ok,
    );
    if (broken.length > 0) {
      throw new SchotvrijError(
        'CONFLICT',
        `Deze wijziging past niet bij ${broken.length === 1 ? 'een actie' : `${broken.length} acties`} in het plan die hieruit betaald ${broken.length === 1 ? 'wordt' : 'worden'} ("${broken[0]!.description}"). Pas eerst het plan aan.`,
        'funding change would leave plan actions unfunded',
        { actionIds: broken.map((b) => b.id) },
      );
    }
    return listFunding(ctx.orm, before.clientId, id)[0]!;
  },

  'funding.remove': (ctx, { id }) => {
    entryOf(ctx, id);
    const uses = actionsPaidBy(ctx, id);
    if (uses.length > 0) {
      throw new SchotvrijError(
        'CONFLICT',
        `Deze financiering betaalt nog ${uses.length === 1 ? 'een actie' : `${uses.length} acties`} in het plan ("${uses[0]!.description}").`,
        'funding is used by plan actions',
        { actionIds: uses.map((u) => u.id) },
      );
    }
    ctx.orm.update(funding).set({ deletedAt: ctx.clock.now() }).where(eq(funding.id, id)).run();
    return { removed: true as const };
  },

  'catalog.list': (ctx, q) => listCatalog(ctx.orm, q),

  'catalog.add': (ctx, input) => {
    const clash = listCatalog(ctx.orm, { gemeenteCode: input.gemeenteCode }).find(
      (p) => p.productCode === input.productCode && (p.validTo === null || p.validTo >= input.validFrom) && (input.validTo === null || input.validTo >= p.validFrom),
    );
    if (clash) {
      throw fieldError('validFrom', `Product ${input.productCode} bestaat al in deze periode (${describePeriod({ start: clash.validFrom, end: clash.validTo })}). Sluit dat eerst af.`, 'overlapping catalogue entry');
    }
    if (input.validTo && input.validTo < input.validFrom) throw fieldError('validTo', 'De einddatum ligt vóór de begindatum.', 'validTo before validFrom');
    const id = ctx.ids.newId();
    ctx.orm.insert(gemeenteProduct).values({ id, ...input, createdAt: ctx.clock.now() }).run();
    return ctx.orm.select().from(gemeenteProduct).where(eq(gemeenteProduct.id, id)).get()!;
  },

  'funders.list': (ctx) => ctx.orm.select({ id: funder.id, law: funder.law, code: funder.code, name: funder.name }).from(funder).orderBy(asc(funder.law), asc(funder.name)).all(),

  'organisations.list': (ctx) =>
    ctx.orm
      .select({ id: organisation.id, name: organisation.name, agb: organisation.agb, kind: organisation.kind, isKassier: organisation.isKassier })
      .from(organisation)
      .orderBy(asc(organisation.name))
      .all(),
};
