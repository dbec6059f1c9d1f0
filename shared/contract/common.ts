import { z } from 'zod';
import { bsnProblem, normalizeBsnInput } from '../domain/bsn';
import { isRealDate } from '../domain/dates';

/** Lists cross the boundary a page at a time: cloning 100k rows costs ~0.4 s (architecture.md §10.4). */
export const MAX_PAGE = 1000;

export const PageInput = z.object({
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(MAX_PAGE).default(200),
});

export function page<R extends z.ZodType>(row: R) {
  return z.object({
    rows: z.array(row).max(MAX_PAGE),
    total: z.number().int().min(0),
    offset: z.number().int().min(0),
  });
}

export const Id = z.string().min(1).max(64);

/** Optional free text from a form: trimmed; '' becomes null. */
export function optionalText(max: number, label: string) {
  return z
    .string()
    .trim()
    .max(max, `${label} mag hoogstens ${max} tekens lang zijn.`)
    .nullish()
    .transform((v) => (v ? v : null));
}

export function requiredText(max: number, label: string) {
  return z
    .string({ error: `Vul ${label} in.` })
    .trim()
    .min(1, `Vul ${label} in.`)
    .max(max, `${label[0]!.toUpperCase()}${label.slice(1)} mag hoogstens ${max} tekens lang zijn.`);
}

export const IsoDate = z
  .string({ error: 'Vul een datum in (dd-mm-jjjj).' })
  .refine(isRealDate, 'Dit is geen geldige datum (dd-mm-jjjj).');

/** BSN as typed: separators stripped, elfproef checked; empty means "not known yet". */
export const OptionalBsn = z
  .string()
  .nullish()
  .transform((v) => (v == null ? '' : normalizeBsnInput(v)))
  .superRefine((v, ctx) => {
    if (v === '') return;
    const problem = bsnProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .transform((v) => (v === '' ? null : v));

export const Agb = z
  .string()
  .trim()
  .regex(/^[0-9]{8}$/, 'Een AGB-code heeft 8 cijfers.');
