import { mig, V1 } from './synthetic-migrations';

export const HEAVY_V1 = V1;

/**
 * A slow rebuild of the parent table (what drizzle-kit emits for a column change),
 * plus a new index: long enough that a random SIGKILL lands inside the transaction.
 */
export const HEAVY_V2 = mig(
  1,
  '0001_heavy_rebuild',
  `PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE \`__new_parent\` (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, kind TEXT DEFAULT 'x' NOT NULL);
--> statement-breakpoint
INSERT INTO \`__new_parent\`("id", "name") SELECT "id", "name" FROM \`parent\`;--> statement-breakpoint
DROP TABLE \`parent\`;--> statement-breakpoint
ALTER TABLE \`__new_parent\` RENAME TO \`parent\`;--> statement-breakpoint
CREATE INDEX parent_name_kind_idx ON parent (name, kind);--> statement-breakpoint
CREATE INDEX child_note_idx ON child (note, parent_id);--> statement-breakpoint
PRAGMA foreign_keys=ON;`,
);
