import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from '../../shared/schema/index';
import type { Db } from './db/open';

export type Orm = BetterSQLite3Database<typeof schema>;

export function createOrm(db: Db): Orm {
  return drizzle({ client: db, schema });
}
