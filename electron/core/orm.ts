import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from '../../shared/schema/index';
import type { Db } from './db/open';

export type Orm = BetterSQLite3Database<typeof schema>;

type Statement = ReturnType<Db['prepare']>;

/** Distinct SQL texts kept prepared per connection; queries with inlined lists make the set open-ended. */
const STATEMENT_CACHE = 500;

/**
 * drizzle prepares a fresh better-sqlite3 statement for every query it runs; on a
 * registration save (a dozen small queries) that was a third of the core's time
 * (docs/performance.md, save-registration profile). The connection handed to drizzle
 * therefore keeps statements prepared by SQL text (LRU). A cached statement is handed
 * back in its default (object-row) mode: drizzle switches `raw()` on per call where it
 * maps rows itself, and a statement left in raw mode by one call must not leak into the next.
 */
export function cachingClient(db: Db, size = STATEMENT_CACHE): Db {
  const cache = new Map<string, Statement>();
  const prepare = (source: string): Statement => {
    let stmt = cache.get(source);
    if (stmt) {
      cache.delete(source);
      if (stmt.reader) stmt.raw(false);
    } else {
      stmt = db.prepare(source);
      if (cache.size >= size) cache.delete(cache.keys().next().value!);
    }
    cache.set(source, stmt);
    return stmt;
  };
  return new Proxy(db, {
    get(target, prop) {
      if (prop === 'prepare') return prepare;
      const v = Reflect.get(target, prop, target) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

export function createOrm(db: Db): Orm {
  return drizzle({ client: cachingClient(db), schema });
}
