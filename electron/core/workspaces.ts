/**
 * The workspace host: decides WHICH database the core has open. It answers the
 * `workspace.*` contract methods itself and forwards everything else to the open core.
 *
 * A data folder holds at most two workspaces:
 *   eigen.sqlite — the real workspace of this installation;
 *   demo.sqlite  — the fictional demo network (regenerated freely, never mixed with real data).
 *
 * Used by the Electron utility process and by browser mode; the CLI opens a core directly.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  type CoreEvent,
  type HostMethodName,
  type Result,
  type WorkspaceKind,
  type WorkspaceStatus,
  WORKSPACE_KINDS,
  isHostMethod,
  isMethodName,
} from '../../shared/contract/index';
import { APP_VERSION } from './app-info';
import { type Clock, systemClock } from './clock';
import type { DbKey } from './db/open';
import { generateDemo } from './demo/generator';
import { ensureActivityTypes } from './services/activities';
import { createCallQueue, createDispatcher, type HandlerMap, unknownMethod } from './dispatcher';
import { SchotvrijError } from './errors';
import { type Core, createCore } from './host';
import { casemanager, installation, organisation } from '../../shared/schema/index';
import { type Logger, silentLogger } from './logger';

export type HostMode = WorkspaceStatus['mode'];

export interface WorkspaceHostOptions {
  dataDir: string;
  mode: HostMode;
  clock?: Clock;
  logger?: Logger;
  /** Key for the real workspace (issue 7 adds password/keychain custody). */
  key?: DbKey | undefined;
}

export interface WorkspaceHost {
  dispatch(method: string, input: unknown): Promise<Result<unknown>>;
  onEvent(listener: (e: CoreEvent) => void): () => void;
  /** The open core, for in-process callers (tests); null on the start screen. */
  activeCore(): Core | null;
  /** Test host only (browser mode `--mode test`): close and delete every workspace and backup. */
  wipeForTests(): void;
  close(): void;
}

export const WORKSPACE_FILES: Record<WorkspaceKind, string> = { eigen: 'eigen.sqlite', demo: 'demo.sqlite' };

interface HostState {
  core: Core | null;
  kind: WorkspaceKind | null;
}

export function createWorkspaceHost(opts: WorkspaceHostOptions): WorkspaceHost {
  const clock = opts.clock ?? systemClock;
  const logger = opts.logger ?? silentLogger;
  mkdirSync(opts.dataDir, { recursive: true });
  const pathOf = (kind: WorkspaceKind) => join(opts.dataDir, WORKSPACE_FILES[kind]);
  const keyOf = (kind: WorkspaceKind) => (kind === 'eigen' ? opts.key : undefined);
  const listeners = new Set<(e: CoreEvent) => void>();
  const state: HostState = { core: null, kind: null };
  let unsubscribeCore: (() => void) | null = null;

  const emit = (e: CoreEvent) => {
    for (const l of listeners) l(e);
  };

  function closeActive(): void {
    unsubscribeCore?.();
    unsubscribeCore = null;
    state.core?.close();
    state.core = null;
    state.kind = null;
  }

  function activate(kind: WorkspaceKind): Core {
    closeActive();
    const core = createCore({ dbPath: pathOf(kind), key: keyOf(kind), clock, logger, backupDir: join(opts.dataDir, 'backups', kind) });
    state.core = core;
    state.kind = kind;
    unsubscribeCore = core.onEvent(emit);
    return core;
  }

  function status(): WorkspaceStatus {
    const inst = state.core?.installation() ?? null;
    return {
      mode: opts.mode,
      active: state.core && state.kind && inst ? { kind: state.kind, installation: strip(inst) } : null,
      available: { eigen: existsSync(pathOf('eigen')), demo: existsSync(pathOf('demo')) },
    };
  }

  const handlers: HandlerMap<HostMethodName, null> = {
    'workspace.status': { ownTransaction: true, run: () => status() },

    'workspace.openDemo': {
      ownTransaction: true,
      run: (_ctx, { role, size, seed }) => {
        const existing = existsSync(pathOf('demo')) ? activate('demo') : null;
        const inst = existing?.installation();
        if (!inst || inst.role !== role || inst.demo?.seed !== seed || inst.demo?.size !== size) {
          // Demo data is disposable: regenerate rather than mix roles or seeds in one file.
          closeActive();
          for (const suffix of ['', '-wal', '-shm']) rmSync(pathOf('demo') + suffix, { force: true });
          const core = activate('demo');
          generateDemo(core, { role, size, seed });
          logger.info('demo workspace generated', { role, size, seed });
        }
        return status();
      },
    },

    'workspace.create': {
      ownTransaction: true,
      run: (_ctx, input) => {
        if (existsSync(pathOf('eigen'))) {
          throw new SchotvrijError(
            'CONFLICT',
            'Er is al een eigen omgeving op deze computer. Open die in plaats van een nieuwe in te richten.',
            'a real workspace already exists in this data folder',
          );
        }
        const core = activate('eigen');
        try {
          const { orm, ids } = core.internals;
          const now = clock.now();
          orm.transaction(() => {
            const orgId = ids.newId();
            orm.insert(organisation).values({ id: orgId, name: input.organisatieNaam, agb: input.organisatieAgb, kind: input.organisatieSoort, isKassier: input.rol === 'kassier', createdAt: now }).run();
            // An arrangeur IS a casemanager: their own record carries their hours and clients.
            const casemanagerId = input.rol === 'arrangeur' ? ids.newId() : null;
            if (casemanagerId) orm.insert(casemanager).values({ id: casemanagerId, organisationId: orgId, name: input.gebruikersNaam, agb: input.zorgverlenerAgb, createdAt: now }).run();
            orm.insert(installation).values({ id: ids.newId(), role: input.rol, organisationId: orgId, userName: input.gebruikersNaam, casemanagerId, networkName: input.netwerkNaam, demoSeed: null, demoSize: null, createdAt: now, createdByAppVersion: APP_VERSION }).run();
            ensureActivityTypes({ orm });
          });
        } catch (e) {
          // Half a setup is worse than none: remove the new file so setup can start again.
          closeActive();
          for (const suffix of ['', '-wal', '-shm']) rmSync(pathOf('eigen') + suffix, { force: true });
          throw e;
        }
        return status();
      },
    },

    'workspace.open': {
      ownTransaction: true,
      run: (_ctx, { kind }) => {
        if (!existsSync(pathOf(kind))) {
          throw new SchotvrijError('NOT_FOUND', 'Deze omgeving bestaat nog niet.', `workspace ${kind} does not exist`);
        }
        activate(kind);
        return status();
      },
    },

    'workspace.close': {
      ownTransaction: true,
      run: () => {
        closeActive();
        return status();
      },
    },
  };

  const hostDispatch = createDispatcher<HostMethodName, null>({
    handlers,
    context: () => null,
    tx: { immediate: (fn) => fn() },
    emit,
    logger,
    validateOutput: true,
  });

  // Switching workspaces closes a database: it must wait for the call in progress.
  const queue = createCallQueue();

  return {
    dispatch: (method, input) => queue(() => route(method, input)),
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    activeCore: () => state.core,
    wipeForTests() {
      if (opts.mode !== 'test') throw new Error('wipeForTests is only available in test mode');
      closeActive();
      for (const kind of WORKSPACE_KINDS) for (const suffix of ['', '-wal', '-shm']) rmSync(pathOf(kind) + suffix, { force: true });
      rmSync(join(opts.dataDir, 'backups'), { recursive: true, force: true });
      emit({ type: 'changed', tables: ['workspace'] });
    },
    close() {
      closeActive();
      listeners.clear();
    },
  };

  async function route(method: string, input: unknown): Promise<Result<unknown>> {
    if (!isMethodName(method)) return { ok: false, error: unknownMethod(method) };
    if (isHostMethod(method)) return hostDispatch(method, input);
    if (!state.core) {
      return { ok: false, error: { code: 'NO_WORKSPACE', message: 'Er is geen omgeving geopend. Kies eerst een omgeving.' } };
    }
    return state.core.dispatch(method, input);
  }
}

function strip<T extends { organisationId: string; casemanagerId: string | null }>(inst: T): Omit<T, 'organisationId' | 'casemanagerId'> {
  const { organisationId: _o, casemanagerId: _c, ...rest } = inst;
  return rest;
}
