/**
 * The single entry point for every contract call into a core. It is the one place
 * for cross-cutting concerns: input validation, transactions, output validation,
 * error mapping, change events, and the NEN 7513 audit log.
 */
import {
  type AppError,
  type ChangeTopic,
  type Contract,
  type CoreEvent,
  type MethodName,
  type Output,
  type ParsedInput,
  type Result,
  contract,
  isMethodName,
  parseWith,
} from '../../shared/contract/index';
import { SchotvrijError } from './errors';
import type { Logger } from './logger';

export type HandlerFn<K extends MethodName, Ctx> = (ctx: Ctx, input: ParsedInput<K>) => Output<K> | Promise<Output<K>>;

/**
 * A handler is a plain function — a command handler then runs inside one IMMEDIATE
 * transaction — or `{ run, ownTransaction: true }` for the few that cannot (VACUUM,
 * async file work) and manage atomicity themselves.
 */
export type HandlerSpec<K extends MethodName, Ctx> = HandlerFn<K, Ctx> | { run: HandlerFn<K, Ctx>; ownTransaction: true };

export type HandlerMap<Keys extends MethodName, Ctx> = { [K in Keys]: HandlerSpec<K, Ctx> };

export interface TransactionRunner {
  /** Runs `fn` inside BEGIN IMMEDIATE … COMMIT; rolls back if it throws. */
  immediate<T>(fn: () => T): T;
}

export interface DispatcherOptions<Keys extends MethodName, Ctx> {
  handlers: HandlerMap<Keys, Ctx>;
  context: () => Ctx;
  tx: TransactionRunner;
  emit: (e: CoreEvent) => void;
  logger: Logger;
  validateOutput: boolean;
  /**
   * NEN 7513: called before the handler (inside the command's transaction) to prepare the
   * log entry; the returned function writes it after the handler succeeded — for a command
   * in the SAME transaction, so the entry and the write it describes commit together.
   */
  audit?: (method: Keys, input: unknown) => ((output: unknown) => void) | null;
}

export type Dispatch = (method: string, raw: unknown) => Promise<Result<unknown>>;

function isThenable(v: unknown): v is PromiseLike<unknown> {
  return typeof v === 'object' && v !== null && typeof (v as { then?: unknown }).then === 'function';
}

export function toAppError(e: unknown, logger: Logger, method: string): AppError {
  if (e instanceof SchotvrijError) return e.toAppError();
  // Never leak internals (SQL, paths, client data) to the UI; the log has the stack.
  logger.error(`unexpected error in ${method}`, { error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  return { code: 'INTERNAL', message: 'Er ging iets mis in Schotvrij. Er is niets opgeslagen van deze actie.' };
}

export function unknownMethod(method: string): AppError {
  return {
    code: 'UNKNOWN_METHOD',
    message: 'Onbekende opdracht.',
    details: { method: method.slice(0, 100) },
  };
}

/**
 * One call at a time, in arrival order. Handlers share ONE SQLite connection: a long
 * import that awaits between chunks (to report progress) keeps its transaction open,
 * and any other call running meanwhile would read its uncommitted rows or write into
 * it. The queue makes that impossible; for the usual sub-millisecond calls it costs
 * nothing measurable.
 */
export function createCallQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return function run<T>(fn: () => Promise<T>): Promise<T> {
    const result = tail.then(fn, fn);
    tail = result.catch(() => undefined);
    return result;
  };
}

export function createDispatcher<Keys extends MethodName, Ctx>(opts: DispatcherOptions<Keys, Ctx>): Dispatch {
  const { handlers, logger } = opts;
  const has = (k: string): k is Keys => Object.prototype.hasOwnProperty.call(handlers, k);
  const queue = createCallQueue();

  return (method: string, raw: unknown) => queue(() => dispatchNow(method, raw));

  async function dispatchNow(method: string, raw: unknown): Promise<Result<unknown>> {
    if (!isMethodName(method) || !has(method)) return { ok: false, error: unknownMethod(method) };
    const def = contract[method] as Contract[MethodName];
    const parsed = parseWith(def.input, raw);
    if (!parsed.ok) return parsed;

    const spec = handlers[method] as HandlerSpec<MethodName, Ctx>;
    const run = typeof spec === 'function' ? spec : spec.run;
    const ownTransaction = typeof spec !== 'function';
    const input = parsed.value as ParsedInput<MethodName>;

    const checkOutput = (v: unknown): unknown => {
      if (!opts.validateOutput) return v;
      const out = def.output.safeParse(v);
      if (out.success) return out.data;
      logger.error(`output of ${method} violates the contract`, { issues: out.error.issues.slice(0, 5) });
      throw new SchotvrijError(
        'INTERNAL',
        'Er ging iets mis in Schotvrij (onverwacht antwoord). Er is niets opgeslagen van deze actie.',
        `output of ${method} violates the contract`,
      );
    };

    let value: unknown;
    try {
      if (def.kind === 'command' && !ownTransaction) {
        // Every multi-row write is ONE transaction: all of it or nothing. The output is
        // checked inside it too, so a contract violation rolls the write back.
        // IMPORTANT: the handler must be synchronous — better-sqlite3 would COMMIT at
        // the first `await`, leaving the rest of the work outside the transaction.
        value = opts.tx.immediate(() => {
          const log = opts.audit?.(method as Keys, input) ?? null;
          const r = run(opts.context(), input);
          if (isThenable(r)) throw new Error(`handler ${method} returned a promise inside a transaction`);
          const checked = checkOutput(r);
          log?.(checked);
          return checked;
        });
      } else {
        const log = opts.audit?.(method as Keys, input) ?? null;
        value = checkOutput(await run(opts.context(), input));
        // A query (or a self-managed command) has committed nothing of ours: its entry is its own small transaction.
        if (log) opts.tx.immediate(() => log(value));
      }
    } catch (e) {
      return { ok: false, error: toAppError(e, logger, method) };
    }

    // Only after COMMIT: listeners reload queries on exactly these tables.
    if (def.kind === 'command' && def.writes.length > 0) {
      opts.emit({ type: 'changed', tables: def.writes as readonly ChangeTopic[] });
    }
    return { ok: true, value };
  }
}
