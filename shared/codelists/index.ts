/**
 * Code lists and instrument definitions are DATA (standards.md §2.7, domain.md §10):
 * versioned JSON files, typed here. Nothing else in the code hard-codes them.
 */
import { z } from 'zod';
import domainSetsJson from './domain-sets.json' with { type: 'json' };
import iwmo from './iwmo-3.2.json' with { type: 'json' };

export const IWMO = iwmo;

export type Eenheid = keyof typeof iwmo.WJ756_Eenheid;
export type Frequentie = keyof typeof iwmo.WMO757_Frequentie;
export type ProductCategorie = keyof typeof iwmo.WMO020_Productcategorie;

export const EENHEDEN = Object.keys(iwmo.WJ756_Eenheid) as [Eenheid, ...Eenheid[]];
export const FREQUENTIES = Object.keys(iwmo.WMO757_Frequentie) as [Frequentie, ...Frequentie[]];
export const PRODUCTCATEGORIEEN = Object.keys(iwmo.WMO020_Productcategorie) as [ProductCategorie, ...ProductCategorie[]];

const DomainSetSchema = z
  .object({
    code: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string(),
    version: z.string(),
    owner: z.string(),
    licenceNote: z.string(),
    scorer: z.enum(['client', 'professional']),
    chart: z.enum(['spider', 'bars']),
    scale: z.object({
      min: z.number().int(),
      max: z.number().int(),
      // JSON objects with different keys per set: drop the absent ones.
      labels: z.record(z.string(), z.string().optional()).transform((r) => Object.fromEntries(Object.entries(r).filter((e): e is [string, string] => e[1] !== undefined))),
    }),
    domains: z.array(z.object({ key: z.string().regex(/^[a-z0-9-]+$/), name: z.string() })).min(1),
  })
  .refine((s) => s.scale.min < s.scale.max, 'scale.min < scale.max')
  .refine((s) => new Set(s.domains.map((d) => d.key)).size === s.domains.length, 'domain keys are unique');

export type DomainSet = z.output<typeof DomainSetSchema>;

/** Parsed once at load: a broken data file fails loudly at startup, not in a plan. */
export const DOMAIN_SETS: readonly DomainSet[] = z.array(DomainSetSchema).parse(domainSetsJson.sets);

export function domainSet(code: string): DomainSet | undefined {
  return DOMAIN_SETS.find((s) => s.code === code);
}

/** Wlz zorgprofielen for older people (VV) plus the other sectors, as indicated by the CIZ. */
export const WLZ_ZORGPROFIELEN = ['VV04', 'VV05', 'VV06', 'VV07', 'VV08', 'VV09', 'VV10', 'GGZ-W', 'LG', 'LVG', 'VG', 'ZGaud', 'ZGvis'] as const;
export const WLZ_LEVERINGSVORMEN = ['intramuraal', 'vpt', 'mpt', 'pgb'] as const;
