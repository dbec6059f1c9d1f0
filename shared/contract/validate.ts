import { z } from 'zod';
import type { AppError, FieldIssue, Result } from './errors';

// Dutch messages for structural problems the schemas do not word themselves.
// Passed per parse, not via z.config(), so no global state is touched.
const dutch = z.locales.nl().localeError;

export function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

export function validationError(issues: FieldIssue[], message?: string): AppError {
  const first = issues[0];
  return {
    code: 'VALIDATION',
    message: message ?? (issues.length === 1 && first ? first.message : 'Niet alle gegevens zijn goed ingevuld.'),
    details: { issues },
  };
}

/** Parse with Dutch messages; never throws. Used by the core dispatcher and by forms. */
export function parseWith<S extends z.ZodType>(schema: S, raw: unknown): Result<z.output<S>> {
  const r = schema.safeParse(raw, { error: dutch });
  if (r.success) return { ok: true, value: r.data };
  return { ok: false, error: validationError(issuesOf(r.error)) };
}
