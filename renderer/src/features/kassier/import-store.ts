/**
 * One import action at the kassier: several bundles (or one CSV) read in one after
 * the other, each accepted whole, a duplicate, or refused whole. View state only:
 * what runs, how far it is (files here, rows from the core's progress events), and
 * the verdict per file. It survives navigating away while a long import runs.
 */
import { create } from 'zustand';
import type { ImportReport } from '../../../../shared/contract/index';
import { errorMessage } from '../../api';
import { fileToBase64, kassierCommands } from './kassier-data';

export interface ImportProgress {
  /** Files of this action, and how many are done. */
  files: number;
  filesDone: number;
  current: string | null;
  /** Rows of the bundle being written, from the core's progress events. */
  rows: { done: number; total: number } | null;
}

interface ImportState {
  running: boolean;
  progress: ImportProgress | null;
  reports: ImportReport[];
  error: string | null;
  importBundles(files: readonly File[]): Promise<ImportReport[]>;
  importCsv(file: File, organisationAgb: string): Promise<ImportReport | null>;
  rowsProgress(done: number, total: number): void;
  clear(): void;
}

export const useImportStore = create<ImportState>()((set, get) => ({
  running: false,
  progress: null,
  reports: [],
  error: null,

  async importBundles(files) {
    if (get().running || files.length === 0) return [];
    set({ running: true, error: null, reports: [], progress: { files: files.length, filesDone: 0, current: files[0]!.name, rows: null } });
    const reports: ImportReport[] = [];
    // One verified backup per action: ask for it until the core has actually made one
    // (a refused or duplicate bundle is turned away before its backup).
    let backedUp = false;
    try {
      for (const [i, file] of files.entries()) {
        set((s) => ({ progress: { ...s.progress!, current: file.name, filesDone: i, rows: null } }));
        let report: ImportReport;
        try {
          const base64 = await fileToBase64(file);
          report = await kassierCommands.importBundle({ fileName: file.name, base64, backup: !backedUp });
        } catch (e) {
          report = {
            fileName: file.name,
            status: 'refused',
            batchId: null,
            organisation: null,
            period: null,
            rows: 0,
            accepted: 0,
            duplicate: 0,
            reasons: [{ line: 0, field: null, code: 'MALFORMED', message: errorMessage(e), detail: '' }],
            keptColumns: [],
            backupFile: null,
          };
        }
        if (report.backupFile) backedUp = true;
        reports.push(report);
        set((s) => ({ reports: [...reports], progress: { ...s.progress!, filesDone: i + 1 } }));
      }
    } finally {
      set((s) => ({ running: false, progress: s.progress ? { ...s.progress, current: null } : null }));
    }
    return reports;
  },

  async importCsv(file, organisationAgb) {
    if (get().running) return null;
    set({ running: true, error: null, reports: [], progress: { files: 1, filesDone: 0, current: file.name, rows: null } });
    try {
      const text = await file.text();
      const report = await kassierCommands.importCsv({ fileName: file.name, text, organisationAgb, note: null });
      set((s) => ({ reports: [report], progress: { ...s.progress!, filesDone: 1 } }));
      return report;
    } catch (e) {
      set({ error: errorMessage(e) });
      return null;
    } finally {
      set((s) => ({ running: false, progress: s.progress ? { ...s.progress, current: null } : null }));
    }
  },

  rowsProgress: (done, total) => set((s) => (s.progress ? { progress: { ...s.progress, rows: { done, total } } } : s)),
  clear: () => set({ reports: [], progress: null, error: null }),
}));
