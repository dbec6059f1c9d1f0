/**
 * The core reports field issues with the path of its input — `entry.startDate` for
 * funding.add, `patch.bsn` for clients.update, `action.financing` for an action —
 * for schema and domain-rule failures alike (shared/contract/errors.ts). Forms strip
 * the input's prefix and, where a form field is named differently, alias it here.
 */
import type { FieldIssue } from '../../../shared/contract/index';

export function mapIssues(issues: readonly FieldIssue[], opts: { strip?: readonly string[]; alias?: Readonly<Record<string, string>> }): FieldIssue[] {
  return issues.map((i) => {
    let path = i.path;
    for (const prefix of opts.strip ?? []) {
      if (path.startsWith(`${prefix}.`)) {
        path = path.slice(prefix.length + 1);
        break;
      }
    }
    return { path: opts.alias?.[path] ?? path, message: i.message };
  });
}
