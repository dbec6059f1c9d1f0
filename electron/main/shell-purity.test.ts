/**
 * Guards toolchain trap 4: `require('electron')` in plain Node tries to download the
 * binary and throws. Every module a shell test imports — directly or through other
 * local modules — must therefore import electron for types only, and the core's
 * utility entry not at all (the core never imports Electron).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, resolveRel } from '../../test/architecture/layers';

const root = join(import.meta.dirname, '..', '..');

/** Reads a repo-relative module, trying the spellings a bundler resolves ('x', 'x.ts', 'x/index.ts'). */
function load(spec: string): { file: string; src: string } | null {
  for (const file of [spec, `${spec}.ts`, `${spec}/index.ts`]) {
    try {
      return { file, src: readFileSync(join(root, file), 'utf8') };
    } catch {
      // try the next spelling
    }
  }
  return null;
}

/** Runtime (non-type) electron imports in `start` and every local module it reaches at runtime. */
function runtimeElectronImports(start: string): string[] {
  const seen = new Set<string>();
  const offenders: string[] = [];
  const visit = (spec: string) => {
    const mod = load(spec);
    if (!mod || seen.has(mod.file)) return;
    seen.add(mod.file);
    for (const imp of importsOf(mod.file, mod.src)) {
      if (imp.typeOnly) continue;
      if (imp.specifier === 'electron' || imp.specifier.startsWith('electron/')) offenders.push(`${mod.file}:${imp.line}`);
      const target = resolveRel(mod.file, imp.specifier);
      if (target) visit(target);
    }
  };
  visit(start);
  return offenders;
}

const shellTests = ['electron/main', 'electron/preload']
  .flatMap((dir) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.test.ts')).map((f) => `${dir}/${f}`))
  .concat(['electron/core/entry-utility.test.ts']);

describe('shell tests never load electron at runtime', () => {
  it('finds the shell tests', () => {
    expect(shellTests).toEqual(expect.arrayContaining(['electron/main/relay.test.ts', 'electron/preload/bridge.test.ts', 'electron/core/entry-utility.test.ts']));
  });

  it.each(shellTests)('%s', (test) => {
    expect(runtimeElectronImports(test)).toEqual([]);
  });

  it('the checker itself can fail: the real entry points do import electron', () => {
    expect(runtimeElectronImports('electron/main/index.ts').length).toBeGreaterThan(0);
    expect(runtimeElectronImports('electron/preload/index.ts').length).toBeGreaterThan(0);
  });
});

describe('pure shell modules', () => {
  it.each(['electron/main/security.ts', 'electron/main/menu.ts', 'electron/main/relay.ts', 'electron/main/platform.ts'])('%s has no electron import at all', (file) => {
    const imports = importsOf(file, load(file)?.src ?? '');
    expect(imports.filter((i) => i.specifier === 'electron' || i.specifier.startsWith('electron/'))).toEqual([]);
  });

  it('the core entry never imports electron, not even for types', () => {
    const file = 'electron/core/entry-utility.ts';
    expect(importsOf(file, load(file)?.src ?? '').map((i) => i.specifier)).not.toContain('electron');
    expect(load(file)?.src).not.toMatch(/from 'electron'|require\('electron'\)/);
  });

  it('keeps electron/main small (architecture.md §2: under ~600 lines of code)', () => {
    // Counted without blank and comment lines: the WHY comments at the hazards are
    // wanted, and must not be what pushes the shell over its budget.
    const dir = join(root, 'electron', 'main');
    const code = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'))
      .filter((l) => l.trim() !== '' && !/^\s*(\/\/|\/\*|\*)/.test(l));
    expect(code.length).toBeLessThanOrEqual(600);
  });
});
