#!/usr/bin/env node
// Development helper: remove the NEWEST migration so `npm run db:generate` can write it
// again after a schema edit. A migration that is committed (in git HEAD) counts as
// released and is immutable: this refuses it. An uncommitted one also loses its
// HASHES.json entry.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'migrations');
const journalPath = join(dir, 'meta', '_journal.json');
const journal = JSON.parse(readFileSync(journalPath, 'utf8'));
const last = journal.entries.at(-1);
if (!last) process.exit(0);
const hashesPath = join(dir, 'HASHES.json');
const hashes = existsSync(hashesPath) ? JSON.parse(readFileSync(hashesPath, 'utf8')) : {};
let committed = false;
try {
  execFileSync('git', ['cat-file', '-e', `HEAD:migrations/${last.tag}.sql`], { cwd: join(dir, '..'), stdio: 'ignore' });
  committed = true;
} catch {
  committed = false;
}
if (committed) {
  console.error(`migration ${last.tag} is committed (released); write a new migration instead`);
  process.exit(1);
}
delete hashes[last.tag];
writeFileSync(hashesPath, JSON.stringify(hashes, null, 2) + '\n');
rmSync(join(dir, `${last.tag}.sql`), { force: true });
rmSync(join(dir, 'meta', `${String(last.idx).padStart(4, '0')}_snapshot.json`), { force: true });
journal.entries.pop();
writeFileSync(journalPath, JSON.stringify(journal, null, 2));
console.log(`removed unreleased migration ${last.tag}`);
