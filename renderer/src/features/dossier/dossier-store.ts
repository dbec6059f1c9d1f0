/**
 * View state of the dossier: which tab was open per client (coming back to a
 * client shows the same part), and whether the overview is being edited.
 */
import { create } from 'zustand';

export const DOSSIER_TABS = ['overzicht', 'tijdlijn', 'netwerk', 'financiering', 'plan', 'inzage'] as const;
export type DossierTab = (typeof DOSSIER_TABS)[number];

export function isDossierTab(x: unknown): x is DossierTab {
  return typeof x === 'string' && (DOSSIER_TABS as readonly string[]).includes(x);
}

interface DossierView {
  tabs: Record<string, DossierTab>;
  setTab(clientId: string, tab: DossierTab): void;
}

export const useDossierView = create<DossierView>()((set) => ({
  tabs: {},
  setTab: (clientId, tab) => set((s) => ({ tabs: { ...s.tabs, [clientId]: tab } })),
}));
