import type { ChangeTopic } from './define';

/** Core → UI, after each committed write. */
export interface ChangedEvent {
  type: 'changed';
  tables: readonly ChangeTopic[];
}
/** Long work (a kassier import of a million rows) reports progress; the UI stays responsive. */
export interface ProgressEvent {
  type: 'progress';
  task: string;
  done: number;
  total: number;
}

export type CoreEvent = ChangedEvent | ProgressEvent;
