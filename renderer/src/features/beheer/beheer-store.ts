/**
 * Beheer: pending flags and the last results of the two actions on this page.
 * The figures themselves are queries (see BeheerPage) that reload after the
 * awaited answer, never before it.
 */
import { create } from 'zustand';
import type { BackupInfo, Output } from '../../../../shared/contract/index';
import { api, errorMessage } from '../../api';

type VerifyResult = Output<'system.verify'>;

interface BeheerState {
  backupPending: boolean;
  backupError: string | null;
  lastBackup: BackupInfo | null;
  verifyPending: boolean;
  verifyError: string | null;
  verifyResult: VerifyResult | null;
  makeBackup(): Promise<BackupInfo | null>;
  verify(): Promise<void>;
  reset(): void;
}

const initial = { backupPending: false, backupError: null, lastBackup: null, verifyPending: false, verifyError: null, verifyResult: null };

export const useBeheerStore = create<BeheerState>()((set, get) => ({
  ...initial,
  async makeBackup() {
    if (get().backupPending) return null;
    set({ backupPending: true, backupError: null });
    try {
      const info = await api['system.backup']();
      set({ backupPending: false, lastBackup: info });
      return info;
    } catch (e) {
      set({ backupPending: false, backupError: errorMessage(e) });
      return null;
    }
  },
  async verify() {
    if (get().verifyPending) return;
    set({ verifyPending: true, verifyError: null, verifyResult: null });
    try {
      const verifyResult = await api['system.verify']({ full: true });
      set({ verifyPending: false, verifyResult });
    } catch (e) {
      set({ verifyPending: false, verifyError: errorMessage(e) });
    }
  },
  reset: () => set(initial),
}));
