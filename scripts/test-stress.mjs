#!/usr/bin/env node
// `npm run test:stress`: the proof suites (test/proof: fuzzing, SIGKILL, tampering) with many
// more iterations — 100,000 fuzz cases per parser instead of 10,000, 200 kills per crash
// scenario instead of 10. Same files as `npm test` runs; only SCHOTVRIJ_STRESS=1 differs.
// Extra arguments go to vitest (e.g. `npm run test:stress -- -t SIGKILL`).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const r = spawnSync(process.execPath, [vitest, 'run', 'test/proof', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, SCHOTVRIJ_STRESS: '1' },
});
process.exit(r.status ?? 1);
