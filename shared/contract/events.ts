import type { ChangeTopic } from './define';

/** Core → UI, after each committed write. */
export interface ChangedEvent {
  type: 'changed';
  tables: readonly ChangeTopic[];
}
export type CoreEvent = ChangedEvent;
