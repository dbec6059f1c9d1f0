#!/usr/bin/env node
// Builds everything Schotvrij runs from:
//   dist/renderer/            the React UI (Vite)
//   dist/node/cli.mjs         `schotvrij` CLI (plain Node)
//   dist/node/server.mjs      browser mode (plain Node)
//   dist/electron/*.cjs       Electron main, preload (CommonJS: sandboxed preloads cannot be ESM)
//                             and the core's utilityProcess entry
// Runs in a few seconds; `npm start`, `npm test` and `npm run dist` call it first.
import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { build as viteBuild } from 'vite';
import { electronBuildOptions, electronTargets, nodeBuildOptions, nodeTargets } from './build-config.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const t0 = Date.now();
const only = process.argv.includes('--node-only') ? 'node' : null;

rmSync(join(root, 'dist/node'), { recursive: true, force: true });
rmSync(join(root, 'dist/electron'), { recursive: true, force: true });

await Promise.all([
  ...nodeTargets().map((t) => esbuild.build(nodeBuildOptions(root, t))),
  ...electronTargets()
    .filter((t) => existsSync(join(root, t.entry)))
    .map((t) => esbuild.build(electronBuildOptions(root, t))),
]);

if (only !== 'node') {
  await viteBuild({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
}
console.log(`build: done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
