import type { z } from 'zod';
import type { TableName } from '../schema/index';

/** Change topics: a table name, or 'workspace' when the whole open database changes. */
export type ChangeTopic = TableName | 'workspace';

export interface MethodDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  kind: 'query' | 'command';
  input: I;
  output: O;
  /**
   * Tables a command writes. The dispatcher runs a synchronous command inside ONE
   * transaction and, after COMMIT, emits `{ type: 'changed', tables: writes }` so the
   * renderer reloads only queries on those tables.
   */
  writes: readonly ChangeTopic[];
  summary: string;
}

export function query<I extends z.ZodType, O extends z.ZodType>(def: { input: I; output: O; summary: string }): MethodDef<I, O> {
  return { kind: 'query', writes: [], ...def };
}

export function command<I extends z.ZodType, O extends z.ZodType>(def: {
  input: I;
  output: O;
  writes: readonly ChangeTopic[];
  summary: string;
}): MethodDef<I, O> {
  return { kind: 'command', ...def };
}

/** Contract keys are `domain.verb` (architecture.md §4); a test lints every key. */
export const METHOD_KEY = /^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/;
