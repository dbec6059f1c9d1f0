import type { CoreContext } from '../context';
import { listBackups } from '../db/backup';
import type { HandlerMap } from '../dispatcher';
import { checkAgainstHeads, listAudit, verifyAuditChain } from '../services/audit';

/** The chain itself, then the heads recorded in backup sidecars (catches a consistent rewrite). */
export function verifyAudit(ctx: Pick<CoreContext, 'db' | 'backupDir'>) {
  const chain = verifyAuditChain(ctx.db);
  if (!chain.ok) return chain;
  const heads = listBackups(ctx.backupDir).flatMap((b) => (b.auditHead ? [{ ...b.auditHead, file: b.file.split(/[\\/]/).pop() ?? b.file }] : []));
  const rewritten = checkAgainstHeads(ctx.db, heads, chain.anchoredUpTo);
  return rewritten ? { ...rewritten, entries: chain.entries } : chain;
}

export const auditHandlers: HandlerMap<'audit.list' | 'audit.verify' | 'audit.print', CoreContext> = {
  'audit.list': (ctx, q) => listAudit(ctx, q),
  // The entry itself is written by the dispatcher's audit hook (rule 'audit.print'), in this transaction.
  'audit.print': (ctx) => ({ logged: ctx.installation() !== null }),
  'audit.verify': (ctx) => verifyAudit(ctx),
};
