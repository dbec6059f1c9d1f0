// Flat config. The layer zones mirror architecture.md §3 (and test/architecture/layers.ts,
// which also catches require() and type-only imports ESLint cannot see as easily).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'url', 'util', 'worker_threads', 'stream', 'zlib'];
const database = ['better-sqlite3', 'better-sqlite3-multiple-ciphers', 'drizzle-orm/better-sqlite3'];

function zone(patterns, message) {
  return { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] };
}

export default tseslint.config(
  {
    ignores: ['dist/**', 'release/**', '.bench/**', 'bench-results/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'coverage/**', 'electron/core/db/migrations.generated.ts', 'packages/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: zone(['electron', 'electron/*', ...nodeBuiltins, ...database, '**/renderer/**', '**/electron/**', 'vitest', 'fast-check'], 'shared/ is isomorphic: no Electron, Node, database, renderer or electron/ imports (architecture.md §3).'),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...zone(['electron', 'electron/*', ...nodeBuiltins, ...database, 'drizzle-orm', 'drizzle-orm/*', '**/electron/**'], 'renderer/ reaches the core only through renderer/src/api.ts and the contract (architecture.md §3).'),
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: zone(['electron', 'electron/*', '**/renderer/**', '**/electron/main/**', '**/electron/preload/**', '../main/*', '../preload/*', '../../main/*', '../../preload/*'], 'electron/core is plain Node: it never imports Electron, the renderer, main or preload (architecture.md §3).'),
  },
  {
    files: ['electron/main/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: zone([...database, 'drizzle-orm', 'drizzle-orm/*', '**/renderer/**'], 'electron/main only relays; it never runs SQL (architecture.md §3).'),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: zone([...nodeBuiltins, ...database, '**/renderer/**', '**/electron/core/**', '**/electron/main/**'], 'the preload exposes contract methods only (architecture.md §8).'),
  },
  {
    files: ['scripts/**/*.{js,mjs,cjs,ts}', 'bin/**/*.mjs', 'test/**/*.ts', '*.config.{js,ts}', '**/*.test.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
