/**
 * A small query hook for screens that show one answer (a dossier header, the
 * Beheer figures). It reloads when — and only when — a committed write touches
 * one of `topics` (architecture.md §5), and keeps showing the previous answer
 * while reloading so the screen does not flicker.
 *
 * Lists with many rows do not use this: they go through a page cache
 * (features/clients/client-list-cache.ts).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, onChange } from '../api';
import type { ChangeTopic, Input, MethodName, Output } from '../../../shared/contract/index';

export interface QueryState<T> {
  data: T | undefined;
  error: unknown;
  /** True until the first answer (or error) for the current input arrived. */
  loading: boolean;
  reload(): void;
  /** Show a command's answer at once (it is newer than what is shown); the change event reloads anyway. */
  set(data: T): void;
}

interface Answer<T> {
  key: string;
  data: T | undefined;
  error: unknown;
}

function call<K extends MethodName>(method: K, input: Input<K>): Promise<Output<K>> {
  const fn = api[method] as (input: Input<K>) => Promise<Output<K>>;
  return fn(input);
}

/**
 * `enabled: false` asks nothing (e.g. a client's funding before a client is chosen):
 * no data, not loading.
 */
export function useQuery<K extends MethodName>(method: K, input: Input<K>, topics: readonly ChangeTopic[] | 'all', opts: { enabled?: boolean } = {}): QueryState<Output<K>> {
  const enabled = opts.enabled ?? true;
  const key = `${method} ${input === undefined ? '' : JSON.stringify(input)}`;
  const topicsKey = topics === 'all' ? 'all' : topics.join(',');
  const [answer, setAnswer] = useState<Answer<Output<K>> | null>(null);
  const [token, setToken] = useState(0);
  // Shared by loads and set(): an answer set by a command outdates loads already under way.
  const seq = useRef(0);

  useEffect(() => {
    if (!enabled) return;
    let alive = true;
    // The effect depends on the serialised input, so callers may pass a fresh object each render.
    const raw = key.slice(method.length + 1);
    const parsedInput = (raw === '' ? undefined : JSON.parse(raw)) as Input<K>;
    const load = () => {
      const mine = ++seq.current;
      call(method, parsedInput).then(
        (data) => {
          if (alive && mine === seq.current) setAnswer({ key, data, error: null });
        },
        (error: unknown) => {
          if (alive && mine === seq.current) setAnswer((prev) => ({ key, data: prev?.key === key ? prev.data : undefined, error }));
        },
      );
    };
    load();
    const off = onChange(topicsKey === 'all' ? 'all' : (topicsKey.split(',').filter(Boolean) as ChangeTopic[]), load);
    return () => {
      alive = false;
      off();
    };
  }, [key, method, topicsKey, token, enabled]);

  const reload = useCallback(() => setToken((t) => t + 1), []);
  const set = useCallback(
    (data: Output<K>) => {
      seq.current++;
      setAnswer({ key, data, error: null });
    },
    [key],
  );
  const current = enabled && answer?.key === key ? answer : null;
  return { data: current?.data, error: current?.error ?? null, loading: enabled && current === null, reload, set };
}
