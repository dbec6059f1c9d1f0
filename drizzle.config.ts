import { defineConfig } from 'drizzle-kit';

// drizzle-kit only GENERATES SQL here; our own runner applies it (electron/core/db/migrate.ts).
export default defineConfig({
  dialect: 'sqlite',
  schema: './shared/schema/index.ts',
  out: './migrations',
});
