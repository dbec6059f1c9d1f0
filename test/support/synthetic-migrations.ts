import { createHash } from 'node:crypto';
import type { Migration } from '../../electron/core/db/migrate';

export function mig(idx: number, tag: string, sql: string): Migration {
  return { idx, tag, sql, hash: createHash('sha256').update(sql).digest('hex') };
}

/** v1: a parent with ON DELETE CASCADE children — the shape drizzle-orm #5782 wipes. */
export const V1 = mig(
  0,
  '0000_parent_child',
  `CREATE TABLE parent (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL);
--> statement-breakpoint
CREATE TABLE child (id TEXT PRIMARY KEY NOT NULL, parent_id TEXT NOT NULL REFERENCES parent(id) ON DELETE CASCADE, note TEXT);
--> statement-breakpoint
CREATE INDEX child_parent_idx ON child (parent_id);`,
);

/** v2: exactly what drizzle-kit generates to add a NOT NULL column with a default to `parent`. */
export const V2_REBUILD = mig(
  1,
  '0001_rebuild_parent',
  `PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE \`__new_parent\` (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, kind TEXT DEFAULT 'x' NOT NULL);
--> statement-breakpoint
INSERT INTO \`__new_parent\`("id", "name") SELECT "id", "name" FROM \`parent\`;--> statement-breakpoint
DROP TABLE \`parent\`;--> statement-breakpoint
ALTER TABLE \`__new_parent\` RENAME TO \`parent\`;--> statement-breakpoint
PRAGMA foreign_keys=ON;`,
);

export const V2_ADD_COLUMN = mig(1, '0001_add_column', `ALTER TABLE parent ADD COLUMN kind TEXT DEFAULT 'x' NOT NULL;`);

/** v2 that leaves a dangling reference: must be rolled back by foreign_key_check. */
export const V2_BREAKS_FK = mig(1, '0001_breaks_fk', `INSERT INTO child (id, parent_id, note) VALUES ('orphan', 'no-such-parent', 'x');`);

/** v2 that fails halfway: its first statement must not survive. */
export const V2_FAILS_HALFWAY = mig(1, '0001_fails', `CREATE TABLE half_done (x INTEGER);
--> statement-breakpoint
INSERT INTO no_such_table VALUES (1);`);
