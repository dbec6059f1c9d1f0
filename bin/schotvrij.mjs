#!/usr/bin/env node
// The `schotvrij` command. Runs the bundled CLI (built by `npm install` / `npm run build`).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cli = fileURLToPath(new URL('../dist/node/cli.mjs', import.meta.url));
if (!existsSync(cli)) {
  process.stderr.write('schotvrij: the CLI is not built yet; run `npm run build` in the Schotvrij folder first\n');
  process.exit(2);
}
await import(pathToFileURL(cli).href);
