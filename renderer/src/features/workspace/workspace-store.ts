/**
 * Which workspace is open. View state only: the status comes from the host
 * (`workspace.status`) and is replaced by each command's awaited answer — never
 * guessed ahead of it.
 */
import { create } from 'zustand';
import { ApiError, api, errorMessage, onChange } from '../../api';
import type { Input, NewWorkspaceInput, WorkspaceKind, WorkspaceStatus } from '../../../../shared/contract/index';

export type WorkspaceAction = 'openDemo' | 'create' | 'open' | 'close';
export type DemoChoice = Required<Pick<NonNullable<Input<'workspace.openDemo'>>, 'role' | 'size'>>;

interface WorkspaceState {
  status: WorkspaceStatus | null;
  /** Set when even the status could not be read: the app shows a retry screen. */
  loadError: string | null;
  pending: WorkspaceAction | null;
  /** The last failed command, shown next to the button that started it. */
  actionError: { action: WorkspaceAction; message: string } | null;
  load(): Promise<void>;
  openDemo(choice: DemoChoice): Promise<boolean>;
  /** Throws ApiError so the form can put field issues on its fields. */
  create(input: NewWorkspaceInput): Promise<WorkspaceStatus>;
  open(kind: WorkspaceKind): Promise<boolean>;
  close(): Promise<boolean>;
}

let loadSeq = 0;

export const useWorkspaceStore = create<WorkspaceState>()((set, get) => {
  async function run(action: WorkspaceAction, call: () => Promise<WorkspaceStatus>): Promise<boolean> {
    if (get().pending) return false;
    set({ pending: action, actionError: null });
    try {
      const status = await call();
      loadSeq++; // an older status read must not overwrite this answer
      set({ status, pending: null });
      return true;
    } catch (e) {
      set({ pending: null, actionError: { action, message: errorMessage(e) } });
      return false;
    }
  }

  return {
    status: null,
    loadError: null,
    pending: null,
    actionError: null,

    async load() {
      const seq = ++loadSeq;
      try {
        const status = await api['workspace.status']();
        if (seq === loadSeq) set({ status, loadError: null });
      } catch (e) {
        if (seq === loadSeq) set({ loadError: errorMessage(e) });
      }
    },

    openDemo: (choice) => run('openDemo', () => api['workspace.openDemo']({ ...choice, seed: 1 })),
    open: (kind) => run('open', () => api['workspace.open']({ kind })),
    close: () => run('close', () => api['workspace.close']()),

    async create(input) {
      if (get().pending) throw new ApiError({ code: 'CONFLICT', message: 'Even geduld: er loopt al een actie.' }, 'workspace.create');
      set({ pending: 'create', actionError: null });
      try {
        const status = await api['workspace.create'](input);
        loadSeq++;
        set({ status, pending: null });
        return status;
      } catch (e) {
        set({ pending: null });
        throw e;
      }
    },
  };
});

/** Keeps the status current: another window, the CLI or a test reset may switch workspaces. */
export function watchWorkspace(): () => void {
  const { load } = useWorkspaceStore.getState();
  void load();
  return onChange(['installation', 'organisation'], () => void useWorkspaceStore.getState().load());
}

export const selectActive = (s: WorkspaceState) => s.status?.active ?? null;
