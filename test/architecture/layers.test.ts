import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { METHOD_KEY, METHOD_NAMES, contract } from '../../shared/contract/index';
import { checkFile } from './layers';

const root = join(import.meta.dirname, '..', '..');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(join(root, dir), { withFileTypes: true, recursive: true })) {
    if (e.isFile() && /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(relative(root, join(e.parentPath, e.name)).split(sep).join('/'));
  }
  return out;
}

describe('layer rules (architecture.md §3)', () => {
  const files = ['shared', 'renderer', 'electron'].flatMap(sources);

  it('scans the whole tree', () => {
    expect(files.some((f) => f.startsWith('shared/'))).toBe(true);
    expect(files.some((f) => f.startsWith('electron/core/'))).toBe(true);
  });

  it('no file crosses a layer boundary', () => {
    const violations = files.flatMap((f) => checkFile(f, readFileSync(join(root, f), 'utf8')));
    expect(violations).toEqual([]);
  });

  it('catches each kind of violation (the checker itself can fail)', () => {
    expect(checkFile('electron/core/x.ts', "import { app } from 'electron';")).toHaveLength(1);
    expect(checkFile('electron/core/x.ts', "import type { App } from 'electron';")).toHaveLength(1);
    expect(checkFile('electron/core/x.ts', "const e = require('electron');")).toHaveLength(1);
    expect(checkFile('shared/domain/x.ts', "import { readFileSync } from 'node:fs';")).toHaveLength(1);
    expect(checkFile('shared/domain/x.ts', "import fs from 'fs';")).toHaveLength(1);
    expect(checkFile('shared/domain/x.ts', "import { electronThing } from 'electron';")).toHaveLength(1);
    expect(checkFile('renderer/src/x.ts', "import Database from 'better-sqlite3-multiple-ciphers';")).toHaveLength(1);
    expect(checkFile('renderer/src/x.ts', "import { join } from 'node:path';")).toHaveLength(1);
    expect(checkFile('renderer/src/x.ts', "import { client } from '../../shared/schema/index';")).toHaveLength(1);
    expect(checkFile('renderer/src/x.ts', "import type { ClientStatus } from '../../shared/schema/index';")).toHaveLength(0);
    expect(checkFile('renderer/src/x.ts', "import { createCore } from '../../electron/core/host';")).toHaveLength(1);
    expect(checkFile('electron/preload/x.ts', "import { createCore } from '../core/host';")).toHaveLength(1);
    expect(checkFile('electron/main/x.ts', "import { createCore } from '../core/host';")).toHaveLength(1);
    expect(checkFile('electron/main/x.ts', "import Database from 'better-sqlite3';")).toHaveLength(1);
    expect(checkFile('electron/core/x.ts', "import { readFileSync } from 'node:fs';")).toHaveLength(0);
  });
});

describe('contract', () => {
  it('the zod-free name list (used by preload and main) is exactly the contract', () => {
    expect([...METHOD_NAMES].sort()).toEqual(Object.keys(contract).sort());
  });

  it('every method key is domain.verb', () => {
    for (const k of METHOD_NAMES) expect(k).toMatch(METHOD_KEY);
  });

  it('every list output is capped at one page (at most 1,000 rows per call)', () => {
    let lists = 0;
    for (const k of METHOD_NAMES) {
      const schema = z.toJSONSchema(contract[k].output, { io: 'output', unrepresentable: 'any' }) as {
        type?: string;
        items?: unknown;
        maxItems?: number;
        properties?: { rows?: { type?: string; maxItems?: number } };
      };
      const rows = schema.properties?.rows;
      // `rows` as a number is a count (bundle manifests, import reports); only row arrays are pages.
      if (rows?.type === 'array') {
        lists++;
        expect(rows.maxItems, `${k}.rows`).toBeLessThanOrEqual(1000);
      }
    }
    expect(lists).toBeGreaterThan(0);
  });

  it('commands declare what they write; queries write nothing', () => {
    for (const k of METHOD_NAMES) {
      const d = contract[k];
      if (d.kind === 'query') expect(d.writes, k).toEqual([]);
    }
  });
});
