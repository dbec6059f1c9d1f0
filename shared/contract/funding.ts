import { z } from 'zod';
import { EENHEDEN, FREQUENTIES, PRODUCTCATEGORIEEN, WLZ_LEVERINGSVORMEN, WLZ_ZORGPROFIELEN } from '../codelists/index';
import { FUNDING_KINDS, FUNDING_STATUSES, LAWS, ORGANISATION_KINDS, ZVW_SOORTEN } from '../domain/enums';
import { command, query } from './define';
import { Id, IsoDate, optionalText, requiredText } from './common';

const OptionalDate = z
  .string()
  .nullish()
  .transform((v) => v || null)
  .pipe(IsoDate.nullable());

const common = {
  status: z.enum(FUNDING_STATUSES).default('toegekend'),
  startDate: z.string({ error: 'Vul de begindatum van de financiering in.' }).min(1, 'Vul de begindatum van de financiering in.').pipe(IsoDate),
  endDate: OptionalDate,
  onderMandaat: z.boolean().default(false),
  aangevraagdOp: OptionalDate,
  omschrijving: optionalText(500, 'De omschrijving'),
};

const funderId = (what: string) => z.string({ error: `Kies ${what}.` }).min(1, `Kies ${what}.`);

/** A Wmo toewijzing as the gemeente sends it (WMO301 ToegewezenProduct). */
export const WmoFunding = z
  .object({
    kind: z.literal('WMO'),
    ...common,
    funderId: funderId('de gemeente'),
    toewijzingNummer: z
      .number({ error: 'Vul het toewijzingnummer in (alleen cijfers).' })
      .int('Het toewijzingnummer bestaat alleen uit cijfers.')
      .min(0)
      .max(999_999_999, 'Een toewijzingnummer heeft hoogstens 9 cijfers.')
      .nullable()
      .default(null),
    productCategorie: z.enum(PRODUCTCATEGORIEEN, { error: 'Kies de productcategorie.' }),
    productCode: z.string({ error: 'Kies de productcode.' }).trim().min(1, 'Kies de productcode.').max(5, 'Een productcode heeft hoogstens 5 tekens.'),
    volume: z.number().int('Het volume is een heel getal.').min(1, 'Het volume is ten minste 1.').max(99_999_999).nullable().default(null),
    eenheid: z.enum(EENHEDEN).nullable().default(null),
    frequentie: z.enum(FREQUENTIES).nullable().default(null),
    budgetCents: z.number().int().min(1, 'Het budget is ten minste 1 cent.').max(99_999_999).nullable().default(null),
  })
  .superRefine((v, ctx) => {
    const hasVolume = v.volume !== null || v.eenheid !== null || v.frequentie !== null;
    if (hasVolume && v.budgetCents !== null) ctx.addIssue({ code: 'custom', path: ['budgetCents'], message: 'Een toewijzing heeft óf een omvang (volume, eenheid, frequentie) óf een budget, niet allebei.' });
    if (!hasVolume && v.budgetCents === null) ctx.addIssue({ code: 'custom', path: ['volume'], message: 'Vul de omvang in (volume, eenheid en frequentie) of een budget.' });
    if (hasVolume) {
      if (v.volume === null) ctx.addIssue({ code: 'custom', path: ['volume'], message: 'Vul het volume in.' });
      if (v.eenheid === null) ctx.addIssue({ code: 'custom', path: ['eenheid'], message: 'Kies de eenheid.' });
      if (v.frequentie === null) ctx.addIssue({ code: 'custom', path: ['frequentie'], message: 'Kies de frequentie.' });
    }
    // iWmo: Einddatum is mandatory when the frequency is per week (standards.md §2.3).
    if (v.frequentie === '2' && !v.endDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'Bij een omvang per week is een einddatum verplicht (iWmo).' });
    if (v.status === 'toegekend' && v.toewijzingNummer === null) ctx.addIssue({ code: 'custom', path: ['toewijzingNummer'], message: 'Een toegekende toewijzing heeft een toewijzingnummer van de gemeente.' });
  });

export const ZvwFunding = z.object({
  kind: z.literal('ZVW'),
  ...common,
  funderId: funderId('de zorgverzekeraar'),
  zvwSoort: z.enum(ZVW_SOORTEN, { error: 'Kies casemanagement dementie of wijkverpleging.' }),
  zvwMinutenPerWeek: z.number().int().min(1).max(10_080).nullable().default(null),
});

export const WlzFunding = z.object({
  kind: z.literal('WLZ'),
  ...common,
  funderId: funderId('het zorgkantoor'),
  wlzZorgprofiel: z.enum(WLZ_ZORGPROFIELEN, { error: 'Kies het zorgprofiel uit het indicatiebesluit.' }),
  wlzLeveringsvorm: z.enum(WLZ_LEVERINGSVORMEN, { error: 'Kies de leveringsvorm.' }),
});

export const OtherFunding = z.object({
  kind: z.enum(['EIGEN', 'INFORMEEL', 'OVERIG']),
  ...common,
  funderId: z.null().default(null),
  omschrijving: requiredText(500, 'een omschrijving'),
});

export const FundingInput = z.discriminatedUnion('kind', [WmoFunding, ZvwFunding, WlzFunding, OtherFunding]).superRefine((v, ctx) => {
  if (v.endDate && v.endDate < v.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'De einddatum ligt vóór de begindatum.' });
});
export type FundingInput = z.input<typeof FundingInput>;

export const Funding = z.object({
  id: Id,
  clientId: Id,
  kind: z.enum(FUNDING_KINDS),
  status: z.enum(FUNDING_STATUSES),
  startDate: z.string(),
  endDate: z.string().nullable(),
  funderId: z.string().nullable(),
  funderName: z.string().nullable(),
  funderCode: z.string().nullable(),
  onderMandaat: z.boolean(),
  aangevraagdOp: z.string().nullable(),
  toewijzingNummer: z.number().int().nullable(),
  productCategorie: z.string().nullable(),
  productCode: z.string().nullable(),
  productOmschrijving: z.string().nullable(),
  volume: z.number().int().nullable(),
  eenheid: z.string().nullable(),
  frequentie: z.string().nullable(),
  budgetCents: z.number().int().nullable(),
  zvwSoort: z.string().nullable(),
  zvwMinutenPerWeek: z.number().int().nullable(),
  wlzZorgprofiel: z.string().nullable(),
  wlzLeveringsvorm: z.string().nullable(),
  omschrijving: z.string().nullable(),
  /** Plan actions (in any version) paid from this entry. */
  usedByActions: z.number().int(),
});
export type Funding = z.infer<typeof Funding>;

export const CatalogProduct = z.object({
  id: Id,
  gemeenteCode: z.string(),
  productCategorie: z.string(),
  productCode: z.string(),
  omschrijving: z.string(),
  eenheid: z.string(),
  tariefCents: z.number().int().nullable(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
});
export type CatalogProduct = z.infer<typeof CatalogProduct>;

export const Funder = z.object({ id: Id, law: z.enum(LAWS), code: z.string(), name: z.string() });
export const Organisation = z.object({ id: Id, name: z.string(), agb: z.string().nullable(), kind: z.enum(ORGANISATION_KINDS), isKassier: z.boolean() });

export const fundingContract = {
  'funding.list': query({
    summary: "The client's funding entries, newest period first.",
    input: z.object({ clientId: Id }),
    output: z.array(Funding).max(500),
  }),
  'funding.add': command({
    summary: 'Add a funding entry (Wmo toewijzing, Zvw, Wlz, or own/informal/other) with its period.',
    input: z.object({ clientId: Id, entry: FundingInput }),
    output: Funding,
    writes: ['funding'],
  }),
  'funding.update': command({
    summary: 'Replace a funding entry; refused when plan actions it pays would fall outside it.',
    input: z.object({ id: Id, entry: FundingInput }),
    output: Funding,
    writes: ['funding'],
  }),
  'funding.remove': command({
    summary: 'Remove a funding entry that no plan action uses.',
    input: z.object({ id: Id }),
    output: z.object({ removed: z.literal(true) }),
    writes: ['funding'],
  }),
  'catalog.list': query({
    summary: 'Wmo products of one gemeente (or all), optionally only those valid on a date.',
    input: z.object({ gemeenteCode: z.string().regex(/^[0-9]{4}$/).optional(), onDate: IsoDate.optional() }).default({}),
    output: z.array(CatalogProduct).max(1000),
  }),
  'catalog.add': command({
    summary: "Add a product to a gemeente's catalogue, with validity dates.",
    input: z.object({
      gemeenteCode: z.string().regex(/^[0-9]{4}$/, 'Een gemeentecode heeft 4 cijfers.'),
      productCategorie: z.enum(PRODUCTCATEGORIEEN, { error: 'Kies de productcategorie.' }),
      productCode: z.string().trim().min(1, 'Vul de productcode in.').max(5, 'Een productcode heeft hoogstens 5 tekens.'),
      omschrijving: requiredText(200, 'de omschrijving'),
      eenheid: z.enum(EENHEDEN, { error: 'Kies de eenheid.' }),
      tariefCents: z.number().int().min(0).max(99_999_999).nullable().default(null),
      validFrom: IsoDate,
      validTo: OptionalDate,
    }),
    output: CatalogProduct,
    writes: ['gemeente_product'],
  }),
  'funders.list': query({
    summary: 'Gemeenten, zorgverzekeraars and zorgkantoren known to this installation.',
    input: z.object({}).default({}),
    output: z.array(Funder).max(1000),
  }),
  'organisations.list': query({
    summary: 'Organisations of the network (performers in the plan).',
    input: z.object({}).default({}),
    output: z.array(Organisation).max(1000),
  }),
} as const;
