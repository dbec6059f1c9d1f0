import type { FieldIssue } from '../../../shared/contract/index';

/**
 * The plumbing every contract-backed form shares: which issue paths are fields,
 * client-side issues as react-hook-form errors, the core's issues put on the same
 * fields, and focus on the first problem in SCREEN order (not registration order,
 * and not the order the core happened to list them).
 */
export function formFields<F extends string>(fields: readonly F[]) {
  const isField = (path: string): path is F => (fields as readonly string[]).includes(path);
  const firstOf = (candidates: Iterable<F>): F | null => {
    let first: F | null = null;
    for (const f of candidates) if (first === null || fields.indexOf(f) < fields.indexOf(first)) first = f;
    return first;
  };
  return {
    fields,
    isField,
    /** Schema issues → resolver errors; the first issue per field wins. */
    toFieldErrors(issues: readonly FieldIssue[]): Partial<Record<F, { type: 'validation'; message: string }>> {
      const errors: Partial<Record<F, { type: 'validation'; message: string }>> = {};
      for (const issue of issues) if (isField(issue.path) && !errors[issue.path]) errors[issue.path] = { type: 'validation', message: issue.message };
      return errors;
    },
    /** Puts the core's field issues on the form; returns the first marked field in screen order. */
    applyServerIssues(issues: readonly FieldIssue[], setError: (field: F, message: string) => void): F | null {
      const marked: F[] = [];
      for (const issue of issues) {
        if (!isField(issue.path)) continue;
        setError(issue.path, issue.message);
        marked.push(issue.path);
      }
      return firstOf(marked);
    },
    /** The first invalid field in screen order. */
    firstInvalid(invalid: Partial<Record<F, unknown>>): F | null {
      return firstOf(fields.filter((f) => invalid[f]));
    },
  };
}
