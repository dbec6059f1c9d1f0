/**
 * Which workspace is open, and whether the real one is locked. View state only:
 * the status comes from the host (`workspace.status`) and is replaced by each
 * command's awaited answer — never guessed ahead of it.
 */
import { create } from 'zustand';
import { ApiError, api, errorMessage, isApiError, onChange, onLocked } from '../../api';
import { clearAnnouncements } from '../../app/announcer';
import type { Input, NewWorkspaceInput, WorkspaceKind, WorkspaceStatus } from '../../../../shared/contract/index';

export type WorkspaceAction = 'openDemo' | 'create' | 'open' | 'close' | 'unlock' | 'recover' | 'lock';
export type DemoChoice = Required<Pick<NonNullable<Input<'workspace.openDemo'>>, 'role' | 'size'>>;

/** Why a recovery key is on screen: a new workspace, a renewed key, or a database just encrypted. */
export type RecoveryKeyOccasion = 'setup' | 'rekey' | 'encrypt';

export interface PendingRecoveryKey {
  key: string;
  occasion: RecoveryKeyOccasion;
}

interface WorkspaceState {
  status: WorkspaceStatus | null;
  /** Set when even the status could not be read: the app shows a retry screen. */
  loadError: string | null;
  pending: WorkspaceAction | null;
  /** The last failed command, shown next to the button that started it. */
  actionError: { action: WorkspaceAction; message: string } | null;
  /**
   * A recovery key the core just issued. It is shown ONCE, full screen, until the
   * user confirms they stored it; then it is dropped from memory.
   */
  recoveryKey: PendingRecoveryKey | null;
  /**
   * The user chose the start screen (demo, another workspace) although the real
   * workspace is locked. Otherwise a locked real workspace shows the lock screen.
   */
  startChosen: boolean;
  load(): Promise<void>;
  openDemo(choice: DemoChoice): Promise<boolean>;
  /** Throws ApiError so the form can put field issues on its fields. */
  create(input: NewWorkspaceInput): Promise<WorkspaceStatus>;
  open(kind: WorkspaceKind): Promise<boolean>;
  close(): Promise<boolean>;
  /** Throws ApiError (WRONG_SECRET with details.retryAfterMs) for the lock screen to show. */
  unlock(wachtwoord: string): Promise<void>;
  /** Throws ApiError for the recovery form. */
  recover(herstelsleutel: string, nieuwWachtwoord: string): Promise<void>;
  lock(): Promise<boolean>;
  /** A command outside this store answered with a new status (restore, lock-after, password). */
  setStatus(status: WorkspaceStatus): void;
  showRecoveryKey(key: PendingRecoveryKey): void;
  /** "Ik heb de herstelsleutel bewaard": forget the key. */
  dismissRecoveryKey(): void;
  chooseStart(chosen: boolean): void;
}

let loadSeq = 0;

export const useWorkspaceStore = create<WorkspaceState>()((set, get) => {
  /** A command's answer is newer than any status read still under way. */
  const accept = (status: WorkspaceStatus, extra: Partial<WorkspaceState> = {}) => {
    loadSeq++;
    show(status, { pending: null, ...extra });
  };

  /** A locked workspace shows nothing of what was on screen, not even the last announcement. */
  const show = (status: WorkspaceStatus, extra: Partial<WorkspaceState> = {}) => {
    if (isLocked(status)) clearAnnouncements();
    set({ status, ...extra });
  };

  async function run(action: WorkspaceAction, call: () => Promise<WorkspaceStatus>, extra: Partial<WorkspaceState> = {}): Promise<boolean> {
    if (get().pending) return false;
    set({ pending: action, actionError: null });
    try {
      accept(await call(), extra);
      return true;
    } catch (e) {
      set({ pending: null, actionError: { action, message: errorMessage(e) } });
      // Opening a locked real workspace: the lock screen asks for the password.
      if (isApiError(e) && e.code === 'LOCKED') set({ startChosen: false });
      return false;
    }
  }

  /** For forms that show the core's refusal themselves (field issues, retry countdown). */
  async function runOrThrow<T extends WorkspaceStatus>(action: WorkspaceAction, call: () => Promise<T>): Promise<T> {
    if (get().pending) throw new ApiError({ code: 'CONFLICT', message: 'Even geduld: er loopt al een actie.' }, `workspace.${action}`);
    set({ pending: action, actionError: null });
    try {
      return await call();
    } catch (e) {
      set({ pending: null });
      throw e;
    }
  }

  return {
    status: null,
    loadError: null,
    pending: null,
    actionError: null,
    recoveryKey: null,
    startChosen: false,

    async load() {
      const seq = ++loadSeq;
      try {
        const status = await api['workspace.status']();
        if (seq === loadSeq) show(status, { loadError: null });
      } catch (e) {
        if (seq === loadSeq) set({ loadError: errorMessage(e) });
      }
    },

    openDemo: (choice) => run('openDemo', () => api['workspace.openDemo']({ ...choice, seed: 1 }), { startChosen: false }),
    open: (kind) => run('open', () => api['workspace.open']({ kind }), { startChosen: false }),
    // "Andere omgeving": the start screen, also when closing locked the real workspace.
    close: () => run('close', () => api['workspace.close'](), { startChosen: true }),
    lock: () => run('lock', () => api['workspace.lock'](), { startChosen: false }),

    async create(input) {
      const { recoveryKey, ...status } = await runOrThrow('create', () => api['workspace.create'](input));
      // Status and key together: the gate shows the key before the shell, never the shell first.
      accept(status, { recoveryKey: { key: recoveryKey, occasion: 'setup' }, startChosen: false });
      return status;
    },

    async unlock(wachtwoord) {
      accept(await runOrThrow('unlock', () => api['workspace.unlock']({ wachtwoord })), { startChosen: false });
    },

    async recover(herstelsleutel, nieuwWachtwoord) {
      accept(await runOrThrow('recover', () => api['workspace.recover']({ herstelsleutel, nieuwWachtwoord })), { startChosen: false });
    },

    setStatus: (status) => accept(status),
    showRecoveryKey: (recoveryKey) => set({ recoveryKey }),
    dismissRecoveryKey: () => set({ recoveryKey: null }),
    chooseStart: (startChosen) => set({ startChosen, actionError: null }),
  };
});

/**
 * Keeps the status current: another window, the CLI or a test reset may switch
 * workspaces, and the host locks the real workspace by itself (idle, sleep). A
 * 'workspace' change event or any call refused with LOCKED reloads the status.
 */
export function watchWorkspace(): () => void {
  const reload = () => void useWorkspaceStore.getState().load();
  reload();
  const offChange = onChange(['installation', 'organisation'], reload);
  const offLocked = onLocked(reload);
  return () => {
    offChange();
    offLocked();
  };
}

export const selectActive = (s: WorkspaceState) => s.status?.active ?? null;

/** The real workspace is locked and nothing else is open: only the lock screen may show. */
export function isLocked(status: WorkspaceStatus | null): boolean {
  if (!status?.security?.locked) return false;
  return status.active === null || status.active.kind === 'eigen';
}

/** The real workspace is open and encrypted: it can be locked, and idle time counts. */
export function canLock(status: WorkspaceStatus | null): boolean {
  return status?.active?.kind === 'eigen' && status.security?.encrypted === true && !status.security.locked;
}
