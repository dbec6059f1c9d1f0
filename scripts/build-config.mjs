// esbuild options for every Node/Electron bundle, shared by scripts/build.mjs and by the
// tests that check a bundle the way its runtime loads it (the sandboxed preload).
import { join } from 'node:path';

// The native SQLite module and Electron are never bundled.
export const NATIVE_EXTERNALS = ['electron', 'better-sqlite3-multiple-ciphers', 'better-sqlite3'];

export function nodeTargets() {
  return [
    { entry: 'electron/core/cli/main.ts', out: 'dist/node/cli.mjs' },
    { entry: 'electron/core/server/main.ts', out: 'dist/node/server.mjs' },
  ];
}

export function electronTargets() {
  return [
    { entry: 'electron/main/index.ts', out: 'dist/electron/main.cjs', shimImportMeta: true },
    // A sandboxed preload has no __filename and no require of Node modules: no shim here.
    { entry: 'electron/preload/index.ts', out: 'dist/electron/preload.cjs', shimImportMeta: false },
    { entry: 'electron/core/entry-utility.ts', out: 'dist/electron/core.cjs', shimImportMeta: true },
  ];
}

function common(root) {
  return { bundle: true, platform: 'node', target: 'node20', sourcemap: 'linked', logLevel: 'warning', absWorkingDir: root };
}

export function nodeBuildOptions(root, t) {
  // Plain-Node builds resolve dependencies from node_modules at run time.
  return { ...common(root), entryPoints: [t.entry], outfile: t.out, format: 'esm', packages: 'external', banner: { js: '#!/usr/bin/env node' } };
}

export function electronBuildOptions(root, t) {
  return {
    ...common(root),
    entryPoints: [t.entry],
    outfile: t.out,
    format: 'cjs',
    external: NATIVE_EXTERNALS,
    // import.meta.url has no meaning in a CJS bundle: give it the bundle's own file URL.
    ...(t.shimImportMeta ? { define: { 'import.meta.url': 'importMetaUrl' }, inject: [join(root, 'scripts/import-meta-url.mjs')] } : {}),
  };
}
