/**
 * Autosave of a concept plan version ("offline editing that never loses work").
 *
 * - Texts (verkenning, wensen, naasten) are saved ~700 ms after the last key,
 *   one field per `plans.updateVersion` call, never two calls at once; what is
 *   typed meanwhile is saved right after.
 * - Dates are saved when the field is left; the core refuses e.g. an
 *   evaluation date before the start — that message stays on the field and
 *   nothing else is lost.
 * - The status is "Opgeslagen", "Niet opgeslagen" or "Opslaan mislukt".
 *
 * A draft stays while its field has focus, so the core's trimming never eats a
 * space the user just typed; leaving the field shows what the core holds.
 */
import { create } from 'zustand';
import type { FieldIssue, PlanVersionDetail } from '../../../../shared/contract/index';
import { errorMessage, isApiError } from '../../api';
import { mapIssues } from '../../ui/issues';
import { planCommands } from './plan-data';

export const TEXT_FIELDS = ['verkenning', 'wensen', 'naasten'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
export const DATE_FIELDS = ['ingangsdatum', 'einddatum', 'evaluatiedatum'] as const;
export type DateField = (typeof DATE_FIELDS)[number];
/** Plan-level fields the core can refuse (vaststellen): dates, goals, actions. */
export type PlanField = TextField | DateField | 'doelen' | 'acties';

export const AUTOSAVE_DELAY_MS = 700;

interface Draft {
  value: string;
  /** What the core holds for this field, as far as this draft knows. */
  saved: string;
}

export type SaveStatus = 'saved' | 'dirty' | 'failed';

interface AutosaveState {
  versionId: string | null;
  drafts: Partial<Record<TextField, Draft>>;
  saving: boolean;
  /** The last failure in words (shown next to "Opslaan mislukt"). */
  error: string | null;
  /** The core's refusals of a save, per field ("Opslaan mislukt" while any is left). */
  fieldErrors: Partial<Record<TextField | DateField, string>>;
  /** What a refused "vaststellen" said about the plan (dates, goals, actions); not a failed save. */
  planIssues: Partial<Record<PlanField, string>>;
  savedAt: number | null;
  start(versionId: string, onSaved: (detail: PlanVersionDetail) => void): void;
  stop(): void;
  edit(field: TextField, value: string, serverValue: string | null): void;
  /** Leaving a text field: drop a draft the core already has. */
  settle(field: TextField): void;
  flush(): Promise<boolean>;
  saveDate(field: DateField, iso: string | null): Promise<boolean>;
  setPlanIssues(issues: readonly FieldIssue[]): void;
  clearPlanIssue(field: PlanField): void;
  /** After undo: the core's values are the truth again. */
  reset(): void;
}

let timer: ReturnType<typeof setTimeout> | undefined;
let inflight: Promise<boolean> | null = null;
let again = false;
let onSavedCb: ((detail: PlanVersionDetail) => void) | null = null;

const isPlanField = (p: string): p is PlanField => ['verkenning', 'wensen', 'naasten', 'ingangsdatum', 'einddatum', 'evaluatiedatum', 'doelen', 'acties'].includes(p);

const stillFailing = (fieldErrors: object) => Object.keys(fieldErrors).length > 0;

function issuesOf(e: unknown): FieldIssue[] {
  return isApiError(e) ? mapIssues(e.issues, { strip: ['patch'] }) : [];
}

export const useAutosave = create<AutosaveState>()((set, get) => {
  const run = async (): Promise<boolean> => {
    do {
      again = false;
      for (const field of TEXT_FIELDS) {
        const versionId = get().versionId;
        const d = get().drafts[field];
        if (!versionId || !d || d.value === d.saved) continue;
        const sent = d.value;
        set({ saving: true });
        try {
          const detail = await planCommands.updateVersion({ versionId, patch: { [field]: sent } });
          if (get().versionId !== versionId) return false;
          set((s) => {
            const cur = s.drafts[field];
            const fieldErrors = { ...s.fieldErrors };
            delete fieldErrors[field];
            return { drafts: cur ? { ...s.drafts, [field]: { ...cur, saved: sent } } : s.drafts, fieldErrors, error: stillFailing(fieldErrors) ? s.error : null, savedAt: Date.now() };
          });
          onSavedCb?.(detail);
        } catch (e) {
          const onField = issuesOf(e).find((i) => i.path === field);
          set((s) => ({ saving: false, error: errorMessage(e), fieldErrors: onField ? { ...s.fieldErrors, [field]: onField.message } : s.fieldErrors }));
          return false;
        }
      }
    } while (again);
    set({ saving: false });
    return true;
  };

  return {
    versionId: null,
    drafts: {},
    saving: false,
    error: null,
    fieldErrors: {},
    planIssues: {},
    savedAt: null,

    start(versionId, onSaved) {
      onSavedCb = onSaved;
      if (get().versionId === versionId) return;
      clearTimeout(timer);
      set({ versionId, drafts: {}, saving: false, error: null, fieldErrors: {}, planIssues: {}, savedAt: null });
    },

    stop() {
      // Whatever was typed is saved before the page goes.
      void get().flush();
      onSavedCb = null;
    },

    edit(field, value, serverValue) {
      set((s) => {
        const cur = s.drafts[field];
        return { drafts: { ...s.drafts, [field]: { value, saved: cur ? cur.saved : (serverValue ?? '') } } };
      });
      clearTimeout(timer);
      timer = setTimeout(() => void get().flush(), AUTOSAVE_DELAY_MS);
    },

    settle(field) {
      const d = get().drafts[field];
      if (!d || d.value !== d.saved || get().saving) return;
      set((s) => {
        const drafts = { ...s.drafts };
        delete drafts[field];
        return { drafts };
      });
    },

    flush() {
      clearTimeout(timer);
      if (inflight) {
        again = true;
        return inflight;
      }
      inflight = run().finally(() => {
        inflight = null;
      });
      return inflight;
    },

    async saveDate(field, iso) {
      const versionId = get().versionId;
      if (!versionId) return false;
      try {
        const detail = await planCommands.updateVersion({ versionId, patch: { [field]: iso } });
        set((s) => {
          const fieldErrors = { ...s.fieldErrors };
          delete fieldErrors[field];
          const planIssues = { ...s.planIssues };
          delete planIssues[field];
          return { fieldErrors, planIssues, error: stillFailing(fieldErrors) ? s.error : null, savedAt: Date.now() };
        });
        onSavedCb?.(detail);
        return true;
      } catch (e) {
        const issue = issuesOf(e).find((i) => i.path === field) ?? { path: field, message: errorMessage(e) };
        set((s) => ({ error: issue.message, fieldErrors: { ...s.fieldErrors, [field]: issue.message } }));
        return false;
      }
    },

    setPlanIssues(issues) {
      const planIssues: Partial<Record<PlanField, string>> = {};
      for (const i of issues) if (isPlanField(i.path) && !planIssues[i.path]) planIssues[i.path] = i.message;
      set({ planIssues });
    },

    clearPlanIssue(field) {
      set((s) => {
        if (!(field in s.planIssues)) return s;
        const planIssues = { ...s.planIssues };
        delete planIssues[field];
        return { planIssues };
      });
    },

    reset() {
      clearTimeout(timer);
      set({ drafts: {}, error: null, fieldErrors: {}, planIssues: {} });
    },
  };
});

export function saveStatus(s: Pick<AutosaveState, 'drafts' | 'saving' | 'error' | 'fieldErrors'>): SaveStatus {
  if (s.error || stillFailing(s.fieldErrors)) return 'failed';
  if (s.saving) return 'dirty';
  return Object.values(s.drafts).some((d) => d && d.value !== d.saved) ? 'dirty' : 'saved';
}
