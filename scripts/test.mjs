#!/usr/bin/env node
// `npm test`: everything, in order — typecheck, lint, build, unit/integration/migration
// tests (vitest, real SQLite files), end-to-end tests (Playwright in Debian's Chromium
// against browser mode). Ends with ONE line `N passed, N failed[, N skipped]` summing
// both runners, and exits non-zero on any failure or when no test ran.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });
const bin = (name) => join(root, 'node_modules', '.bin', name);
const only = process.argv.slice(2);
const want = (step) => only.length === 0 || only.includes(step);

const steps = [];
function step(name, cmd, args, env = {}) {
  const t0 = Date.now();
  console.log(`\n=== ${name} ===`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = r.status === 0;
  steps.push({ name, ok, seconds: (Date.now() - t0) / 1000 });
  return ok;
}

if (want('typecheck')) step('typecheck', bin('tsc'), ['-b', 'tsconfig.shared.json', 'tsconfig.web.json', 'tsconfig.node.json', 'tsconfig.test.json']);
if (want('lint')) step('lint', bin('eslint'), ['.', '--max-warnings=0']);
const built = want('build') || want('e2e') ? step('build', process.execPath, [join(root, 'scripts/build.mjs')]) : true;

let passed = 0;
let failed = 0;
let skipped = 0;

if (want('unit')) {
  const out = join(results, 'vitest.json');
  rmSync(out, { force: true });
  step('unit, integration and migration tests (vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  if (existsSync(out)) {
    const j = JSON.parse(readFileSync(out, 'utf8'));
    passed += j.numPassedTests;
    failed += j.numFailedTests + (j.numFailedTestSuites > 0 && j.numFailedTests === 0 ? j.numFailedTestSuites : 0);
    skipped += j.numPendingTests + j.numTodoTests;
  } else failed += 1;
}

if (want('e2e')) {
  const out = join(results, 'playwright.json');
  rmSync(out, { force: true });
  if (built) {
    step('end-to-end tests (Playwright, Chromium, browser mode)', bin('playwright'), ['test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: out });
  }
  if (existsSync(out)) {
    const s = JSON.parse(readFileSync(out, 'utf8')).stats;
    passed += s.expected;
    failed += s.unexpected + s.flaky;
    skipped += s.skipped;
  } else failed += 1;
}

const failedSteps = steps.filter((s) => !s.ok);
console.log('\n=== summary ===');
for (const s of steps) console.log(`${s.ok ? 'ok  ' : 'FAIL'}  ${s.name} (${s.seconds.toFixed(1)} s)`);
// A failing check step (typecheck, lint, build) is a failure even when every test passed.
failed += failedSteps.filter((s) => ['typecheck', 'lint', 'build'].includes(s.name)).length;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
// Zero tests is a failure when tests were asked for: a runner that silently finds nothing proves nothing.
const testsWanted = want('unit') || want('e2e');
process.exit(failed > 0 || (testsWanted && passed === 0) ? 1 : 0);
