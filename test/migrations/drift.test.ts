import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
// Inside the repo (drizzle-kit needs a relative --out); git-ignored.
const tempDir = () => {
  const d = join(root, 'test-results', `drift-${process.pid}-${Math.random().toString(36).slice(2)}`);
  made.push(d);
  return d;
};
const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

describe('migrations stay in step with the schema', () => {
  it('the bundled migrations and the hash lock match migrations/ (no released migration was edited)', () => {
    const r = spawnSync(process.execPath, [join(root, 'scripts/migrations-bundle.mjs'), '--check'], { cwd: root, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('drizzle-kit generate finds no schema change without a migration', () => {
    // drizzle-kit prefixes --out with './', so it must be a path relative to the repo root.
    const rel = relative(root, join(tempDir(), 'migrations'));
    const copy = join(root, rel);
    cpSync(join(root, 'migrations'), copy, { recursive: true });
    const before = readdirSync(copy, { recursive: true }).map(String).sort();
    const r = spawnSync(
      process.execPath,
      [join(root, 'node_modules/drizzle-kit/bin.cjs'), 'generate', '--dialect', 'sqlite', '--schema', './shared/schema/index.ts', '--out', rel],
      { cwd: root, encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(`${r.stdout}${r.stderr}`).toMatch(/No schema changes/);
    expect(readdirSync(copy, { recursive: true }).map(String).sort()).toEqual(before);
  });
});
