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
import { basename, join } from 'node:path';
import {
  type CoreEvent,
  type HostMethodName,
  type Result,
  type WorkspaceKind,
  type WorkspaceStatus,
  type EigenSecurity,
  LOCK_MINUTES,
  WORKSPACE_KINDS,
  contract,
  isHostMethod,
  isMethodName,
} from '../../shared/contract/index';
import { APP_VERSION } from './app-info';
import { type Clock, systemClock } from './clock';
import { listBackups } from './db/backup';
import { type DbKey, isEncryptedFile } from './db/open';
import { generateDemo } from './demo/generator';
import { ensureActivityTypes } from './services/activities';
import { createCallQueue, createDispatcher, type HandlerMap, unknownMethod } from './dispatcher';
import { SchotvrijError } from './errors';
import { type Core, createCore } from './host';
import { casemanager, installation, organisation } from '../../shared/schema/index';
import { type Logger, silentLogger } from './logger';
import { folderWarning } from './security/folders';
import {
  type KeysFile,
  type ScryptCost,
  createKeys,
  keysPathFor,
  readKeysFile,
  retiredKeys,
  rewrapPassword,
  rotateDataKey,
  unlockWithPassword,
  unlockWithRecovery,
  unlockWithSecretSync,
  wipe,
  writeKeysFile,
} from './security/keystore';

export type HostMode = WorkspaceStatus['mode'];

export interface WorkspaceHostOptions {
  dataDir: string;
  mode: HostMode;
  clock?: Clock;
  logger?: Logger;
  /**
   * A passphrase-keyed real workspace without a keys file (tests, and databases keyed by
   * hand with SCHOTVRIJ_KEY before key custody existed). Such a workspace has no lock.
   */
  key?: DbKey | undefined;
  /** SCHOTVRIJ_KEY in browser mode: password or recovery key, tried when the locked real workspace is opened. */
  secret?: string | undefined;
  /** scrypt cost for NEW password slots (tests pass a cheap one; the file records it). */
  scryptCost?: ScryptCost;
  /** Lock checks (idle, sleep) run every this many ms on a real timer; 0 disables the timer (tests call checkLock). */
  lockCheckMs?: number;
}

export interface WorkspaceHost {
  dispatch(method: string, input: unknown): Promise<Result<unknown>>;
  onEvent(listener: (e: CoreEvent) => void): () => void;
  /** The open core, for in-process callers (tests); null on the start screen. */
  activeCore(): Core | null;
  /** The system is going to sleep or the screen locks (Electron powerMonitor): lock at once. */
  lockNow(reason: 'sleep' | 'manual'): Promise<void>;
  /** Idle and sleep detection; runs on a timer, callable from tests with an injected clock. */
  checkLock(): Promise<void>;
  /** Test host only (browser mode `--mode test`): close and delete every workspace and backup. */
  wipeForTests(): void;
  close(): void;
}

export const WORKSPACE_FILES: Record<WorkspaceKind, string> = { eigen: 'eigen.sqlite', demo: 'demo.sqlite' };

interface HostState {
  core: Core | null;
  kind: WorkspaceKind | null;
  /** The real workspace's data key while unlocked; wiped on lock. */
  dataKey: Buffer | null;
  lockReason: EigenSecurity['lockReason'];
  lastActivity: number;
  lastTick: number | null;
  failures: number;
  retryAt: number;
}

/** After 3 wrong secrets each next try waits twice as long: 1 s, 2 s, 4 s … up to 5 minutes. */
export function retryDelayMs(failures: number): number {
  return failures < 3 ? 0 : Math.min(300_000, 1000 * 2 ** (failures - 3));
}

/** A wall-clock jump this much larger than the check interval means the machine slept. */
const SLEEP_GAP_MS = 60_000;

export function createWorkspaceHost(opts: WorkspaceHostOptions): WorkspaceHost {
  const clock = opts.clock ?? systemClock;
  const logger = opts.logger ?? silentLogger;
  mkdirSync(opts.dataDir, { recursive: true });
  const pathOf = (kind: WorkspaceKind) => join(opts.dataDir, WORKSPACE_FILES[kind]);
  const keysPath = keysPathFor(pathOf('eigen'));
  const listeners = new Set<(e: CoreEvent) => void>();
  const state: HostState = { core: null, kind: null, dataKey: null, lockReason: 'startup', lastActivity: clock.now(), lastTick: null, failures: 0, retryAt: 0 };
  let unsubscribeCore: (() => void) | null = null;

  const emit = (e: CoreEvent) => {
    for (const l of listeners) l(e);
  };

  const keysFile = (): KeysFile | null => readKeysFile(keysPath);

  /** The key to open the real workspace with, or 'locked'. */
  function eigenKey(): DbKey | undefined | 'locked' {
    if (existsSync(keysPath)) return state.dataKey ? { raw: state.dataKey } : 'locked';
    if (isEncryptedFile(pathOf('eigen')) === true) return opts.key ?? 'locked';
    return undefined;
  }

  function closeActive(): void {
    unsubscribeCore?.();
    unsubscribeCore = null;
    state.core?.close();
    state.core = null;
    state.kind = null;
  }

  function activate(kind: WorkspaceKind, key?: DbKey): Core {
    closeActive();
    const core = createCore({ dbPath: pathOf(kind), key, clock, logger, backupDir: join(opts.dataDir, 'backups', kind) });
    state.core = core;
    state.kind = kind;
    unsubscribeCore = core.onEvent(emit);
    return core;
  }

  function activateEigen(): Core {
    const key = eigenKey();
    if (key === 'locked') throw lockedError();
    const file = keysFile();
    if (file && state.dataKey && isEncryptedFile(pathOf('eigen')) === false) {
      // "Versleutelen" was interrupted after the keys file was written: finish it now.
      const core = activate('eigen');
      core.rekey({ raw: state.dataKey });
      logger.info('finished an interrupted encryption of the real workspace');
      return core;
    }
    try {
      return activate('eigen', key);
    } catch (e) {
      if (!(e instanceof SchotvrijError) || e.code !== 'DB_KEY' || !file || !state.dataKey) throw e;
      // A rekey was interrupted before the database took the new key: open with the retired one, finish.
      for (const old of retiredKeys(file, state.dataKey).values()) {
        try {
          const core = activate('eigen', { raw: old });
          core.rekey({ raw: state.dataKey });
          logger.info('finished an interrupted rekey of the real workspace');
          return core;
        } catch {
          continue;
        }
      }
      throw e;
    }
  }

  function security(): EigenSecurity | null {
    if (!existsSync(pathOf('eigen'))) return null;
    const file = keysFile();
    const key = eigenKey();
    return {
      encrypted: file !== null || isEncryptedFile(pathOf('eigen')) === true,
      locked: key === 'locked',
      lockReason: key === 'locked' ? state.lockReason : null,
      lockAfterMinutes: file?.lockAfterMinutes ?? LOCK_MINUTES.default,
      folderWarning: folderWarning(opts.dataDir),
    };
  }

  function status(): WorkspaceStatus {
    const inst = state.core?.installation() ?? null;
    return {
      mode: opts.mode,
      active: state.core && state.kind && inst ? { kind: state.kind, installation: strip(inst) } : null,
      available: { eigen: existsSync(pathOf('eigen')), demo: existsSync(pathOf('demo')) },
      security: security(),
    };
  }

  /** NEN 7513 lines for what happens around the database (unlock, lock, key changes, restore). */
  function logHost(event: 'unlock' | 'lock' | 'key' | 'restore', action: HostMethodName, objectId: string | null = null): void {
    try {
      state.core?.audit({ event, action, clientId: null, objectType: 'workspace', objectId });
    } catch (e) {
      logger.error('could not write an access-log line', { action, error: String(e) });
    }
  }

  function lock(reason: NonNullable<EigenSecurity['lockReason']>): boolean {
    if (!state.dataKey) return false;
    if (state.kind === 'eigen') {
      logHost('lock', 'workspace.lock', reason);
      closeActive();
    }
    wipe(state.dataKey);
    state.dataKey = null;
    state.lockReason = reason;
    logger.info('real workspace locked', { reason });
    return true;
  }

  function unlocked(key: Buffer): void {
    wipe(state.dataKey);
    state.dataKey = key;
    state.failures = 0;
    state.retryAt = 0;
    state.lockReason = null;
    state.lastActivity = clock.now();
  }

  /** Throttle guessing: the delay grows with each wrong secret, and the answer says how long. */
  function guardAttempt(): void {
    const wait = state.retryAt - clock.now();
    if (wait > 0) throw wrongSecret('Te veel pogingen. Wacht even en probeer het dan opnieuw.', wait);
  }
  function failedAttempt(message: string): never {
    state.failures += 1;
    const delay = retryDelayMs(state.failures);
    state.retryAt = clock.now() + delay;
    throw wrongSecret(message, delay);
  }

  function requireUnlockedKeys(): { file: KeysFile; dataKey: Buffer } {
    const file = keysFile();
    if (!file) throw new SchotvrijError('CONFLICT', 'Deze omgeving is niet versleuteld met een wachtwoord.', 'the real workspace has no keys file');
    if (!state.dataKey) throw lockedError();
    return { file, dataKey: state.dataKey };
  }

  async function checkCurrentPassword(file: KeysFile, password: string): Promise<void> {
    guardAttempt();
    const key = await unlockWithPassword(file, password);
    if (!key || !state.dataKey || !key.equals(state.dataKey)) failedAttempt('Het huidige wachtwoord klopt niet.');
    wipe(key);
    state.failures = 0;
  }

  function eigenCoreOpen(): Core {
    return state.kind === 'eigen' && state.core ? state.core : activateEigen();
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
      run: async (_ctx, input) => {
        if (existsSync(pathOf('eigen'))) {
          throw new SchotvrijError(
            'CONFLICT',
            'Er is al een eigen omgeving op deze computer. Open die in plaats van een nieuwe in te richten.',
            'a real workspace already exists in this data folder',
          );
        }
        // Encrypted from the first byte: the keys file is written before the database exists.
        const keys = await createKeys({ password: input.wachtwoord, now: clock.now(), lockAfterMinutes: LOCK_MINUTES.default, cost: opts.scryptCost });
        writeKeysFile(keysPath, keys.file);
        unlocked(keys.dataKey);
        try {
          const core = activate('eigen', { raw: keys.dataKey });
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
          // Half a setup is worse than none: remove the new files so setup can start again.
          closeActive();
          for (const suffix of ['', '-wal', '-shm']) rmSync(pathOf('eigen') + suffix, { force: true });
          rmSync(keysPath, { force: true });
          lock('startup');
          throw e;
        }
        return { ...status(), recoveryKey: keys.recoveryKey };
      },
    },

    'workspace.open': {
      ownTransaction: true,
      run: (_ctx, { kind }) => {
        if (!existsSync(pathOf(kind))) {
          throw new SchotvrijError('NOT_FOUND', 'Deze omgeving bestaat nog niet.', `workspace ${kind} does not exist`);
        }
        if (kind === 'demo') activate('demo');
        else {
          if (eigenKey() === 'locked' && opts.secret) {
            const file = keysFile();
            const key = file ? unlockWithSecretSync(file, opts.secret) : null;
            if (key) unlocked(key);
          }
          activateEigen();
          logHost('unlock', 'workspace.open');
        }
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

    'workspace.unlock': {
      ownTransaction: true,
      run: async (_ctx, { wachtwoord }) => {
        const file = keysFile();
        if (!file) throw new SchotvrijError('CONFLICT', 'Deze omgeving heeft geen wachtwoord.', 'the real workspace has no keys file');
        guardAttempt();
        const key = await unlockWithPassword(file, wachtwoord);
        if (!key) failedAttempt('Dit wachtwoord klopt niet.');
        unlocked(key);
        activateEigen();
        logHost('unlock', 'workspace.unlock');
        return status();
      },
    },

    'workspace.recover': {
      ownTransaction: true,
      run: async (_ctx, { herstelsleutel, nieuwWachtwoord }) => {
        const file = keysFile();
        if (!file) throw new SchotvrijError('CONFLICT', 'Deze omgeving heeft geen herstelsleutel.', 'the real workspace has no keys file');
        guardAttempt();
        const key = unlockWithRecovery(file, herstelsleutel);
        if (!key) failedAttempt('Deze herstelsleutel klopt niet. Controleer de groepen van vier tekens.');
        // Open first: only a key that really opens the database earns a new password slot.
        unlocked(key);
        activateEigen();
        writeKeysFile(keysPath, await rewrapPassword(file, key, nieuwWachtwoord, clock.now(), opts.scryptCost));
        logHost('key', 'workspace.recover', 'password reset with the recovery key');
        logger.info('password reset with the recovery key');
        return status();
      },
    },

    'workspace.lock': {
      ownTransaction: true,
      run: () => {
        lock('manual');
        return status();
      },
    },

    'workspace.touch': {
      ownTransaction: true,
      run: () => {
        state.lastActivity = clock.now();
        const file = state.dataKey ? keysFile() : null;
        return { lockAt: file ? state.lastActivity + file.lockAfterMinutes * 60_000 : null };
      },
    },

    'workspace.changePassword': {
      ownTransaction: true,
      run: async (_ctx, { huidigWachtwoord, nieuwWachtwoord }) => {
        const { file, dataKey } = requireUnlockedKeys();
        await checkCurrentPassword(file, huidigWachtwoord);
        writeKeysFile(keysPath, await rewrapPassword(file, dataKey, nieuwWachtwoord, clock.now(), opts.scryptCost));
        logHost('key', 'workspace.changePassword');
        return status();
      },
    },

    'workspace.rekey': {
      ownTransaction: true,
      run: async (_ctx, { wachtwoord }) => {
        const { file, dataKey } = requireUnlockedKeys();
        await checkCurrentPassword(file, wachtwoord);
        const core = eigenCoreOpen();
        const pre = core.backup('pre-rekey');
        logger.info('pre-rekey backup taken', { file: pre.file });
        const next = await rotateDataKey(file, dataKey, wachtwoord, clock.now(), opts.scryptCost);
        // Keys file first (it still unwraps the old key as "retired"), then the database:
        // a crash in between is finished on the next unlock (activateEigen).
        writeKeysFile(keysPath, next.file);
        core.rekey({ raw: next.dataKey });
        unlocked(next.dataKey);
        activate('eigen', { raw: next.dataKey });
        logHost('key', 'workspace.rekey', next.file.keyId);
        return { recoveryKey: next.recoveryKey };
      },
    },

    'workspace.encrypt': {
      ownTransaction: true,
      run: async (_ctx, { wachtwoord }) => {
        if (!existsSync(pathOf('eigen'))) throw new SchotvrijError('NOT_FOUND', 'Er is nog geen eigen omgeving.', 'no real workspace');
        if (existsSync(keysPath) || isEncryptedFile(pathOf('eigen')) === true) {
          throw new SchotvrijError('CONFLICT', 'Deze omgeving is al versleuteld.', 'the real workspace is already encrypted');
        }
        const core = eigenCoreOpen();
        core.backup('pre-rekey');
        const keys = await createKeys({ password: wachtwoord, now: clock.now(), lockAfterMinutes: LOCK_MINUTES.default, cost: opts.scryptCost });
        writeKeysFile(keysPath, keys.file);
        core.rekey({ raw: keys.dataKey });
        unlocked(keys.dataKey);
        const reopened = activate('eigen', { raw: keys.dataKey });
        // The plaintext backups are exactly what encryption is meant to remove from this laptop.
        reopened.backup('manual');
        for (const b of listBackups(reopened.backupDir)) {
          if (!b.encrypted) for (const f of [b.file, `${b.file}.json`]) rmSync(f, { force: true });
        }
        logHost('key', 'workspace.encrypt', keys.file.keyId);
        logger.info('real workspace encrypted; plaintext backups removed');
        return { recoveryKey: keys.recoveryKey };
      },
    },

    'workspace.setLockAfter': {
      ownTransaction: true,
      run: (_ctx, { minutes }) => {
        const { file } = requireUnlockedKeys();
        writeKeysFile(keysPath, { ...file, lockAfterMinutes: minutes, updatedAt: clock.now() });
        return status();
      },
    },

    'workspace.restore': {
      ownTransaction: true,
      run: (_ctx, { backup }) => {
        const core = state.core;
        if (!core || !state.kind) throw new SchotvrijError('NO_WORKSPACE', 'Er is geen omgeving geopend.', 'no workspace is open');
        const info = listBackups(core.backupDir).find((b) => basename(b.file) === backup);
        if (!info) throw new SchotvrijError('NOT_FOUND', 'Deze reservekopie bestaat niet (meer).', `backup ${backup} is not in ${core.backupDir}`);
        let backupKey: DbKey | undefined = state.kind === 'eigen' ? (eigenKey() as DbKey | undefined) : undefined;
        const file = state.kind === 'eigen' ? keysFile() : null;
        if (file && state.dataKey && info.keyId && info.keyId !== file.keyId) {
          const old = retiredKeys(file, state.dataKey).get(info.keyId);
          if (!old) throw new SchotvrijError('DB_KEY', 'Deze reservekopie is versleuteld met een sleutel die niet meer bekend is.', `no retired key ${info.keyId}`);
          backupKey = { raw: old };
        } else if (file && !info.encrypted) {
          backupKey = undefined;
        }
        core.restore(info.file, backupKey);
        logHost('restore', 'workspace.restore', backup);
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

  const lockAndTell = (reason: 'idle' | 'sleep' | 'manual') =>
    queue(async () => {
      if (lock(reason)) emit({ type: 'changed', tables: ['workspace'] });
    });

  async function checkLock(): Promise<void> {
    const now = clock.now();
    // Without a timer (tests) the caller plays the timer at the default pace.
    const interval = opts.lockCheckMs || 15_000;
    const slept = state.lastTick !== null && now - state.lastTick > interval + SLEEP_GAP_MS;
    state.lastTick = now;
    if (!state.dataKey) return;
    if (slept) return lockAndTell('sleep');
    const file = keysFile();
    if (file && now - state.lastActivity >= file.lockAfterMinutes * 60_000) return lockAndTell('idle');
  }

  const timer = (opts.lockCheckMs ?? 15_000) > 0 ? setInterval(() => void checkLock().catch((e) => logger.error('lock check failed', { error: String(e) })), opts.lockCheckMs ?? 15_000) : null;
  timer?.unref();

  return {
    dispatch: (method, input) => queue(() => route(method, input)),
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    activeCore: () => state.core,
    lockNow: (reason) => lockAndTell(reason),
    checkLock,
    wipeForTests() {
      if (opts.mode !== 'test') throw new Error('wipeForTests is only available in test mode');
      closeActive();
      wipe(state.dataKey);
      state.dataKey = null;
      state.failures = 0;
      state.retryAt = 0;
      for (const kind of WORKSPACE_KINDS) for (const suffix of ['', '-wal', '-shm']) rmSync(pathOf(kind) + suffix, { force: true });
      rmSync(keysPath, { force: true });
      rmSync(join(opts.dataDir, 'backups'), { recursive: true, force: true });
      emit({ type: 'changed', tables: ['workspace'] });
    },
    close() {
      if (timer) clearInterval(timer);
      closeActive();
      wipe(state.dataKey);
      state.dataKey = null;
      listeners.clear();
    },
  };

  async function route(method: string, input: unknown): Promise<Result<unknown>> {
    if (!isMethodName(method)) return { ok: false, error: unknownMethod(method) };
    if (isHostMethod(method)) return hostDispatch(method, input);
    if (!state.core) {
      if (eigenKey() === 'locked' && existsSync(pathOf('eigen')) && state.lockReason !== 'startup') return { ok: false, error: lockedError().toAppError() };
      return { ok: false, error: { code: 'NO_WORKSPACE', message: 'Er is geen omgeving geopend. Kies eerst een omgeving.' } };
    }
    // A command is activity too (a scanner or a script at the keyboard); queries are not (screens refresh).
    if (contract[method].kind === 'command') state.lastActivity = clock.now();
    return state.core.dispatch(method, input);
  }
}

function lockedError(): SchotvrijError {
  return new SchotvrijError('LOCKED', 'Schotvrij is vergrendeld. Ontgrendel met uw wachtwoord.', 'the real workspace is locked; unlock it first');
}

function wrongSecret(message: string, retryAfterMs: number): SchotvrijError {
  return new SchotvrijError('WRONG_SECRET', message, 'wrong password or recovery key', retryAfterMs > 0 ? { retryAfterMs } : undefined);
}

function strip<T extends { organisationId: string; casemanagerId: string | null }>(inst: T): Omit<T, 'organisationId' | 'casemanagerId'> {
  const { organisationId: _o, casemanagerId: _c, ...rest } = inst;
  return rest;
}
