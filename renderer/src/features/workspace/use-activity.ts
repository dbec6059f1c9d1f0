/**
 * Idle lock, the renderer's half: the host locks the real workspace after
 * `lockAfterMinutes` without activity, and only learns of activity from us. On
 * keydown, pointerdown and wheel we send `workspace.touch` — at most once per 30 s
 * (the contract's promise), and only while the real workspace is open and encrypted.
 *
 * Shortly before the host's deadline (`lockAt`), activity not yet reported is sent
 * after all; if there was none, the status is reloaded just after the deadline, so
 * the lock screen appears even if the host's 'workspace' event were missed.
 */
import { useEffect } from 'react';
import { api } from '../../api';
import { useWorkspaceStore } from './workspace-store';

export const TOUCH_EVERY_MS = 30_000;
/** How long before lockAt unreported activity is sent after all. */
const CATCH_UP_MS = 5_000;
/** After lockAt: give the host a moment, then ask. */
const CHECK_AFTER_MS = 1_500;

export function useActivityTouch(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    let alive = true;
    let lastSent = 0;
    let lastActivity = Date.now();
    let inFlight = false;
    let timer: ReturnType<typeof setTimeout> | null = null;

    const schedule = (lockAt: number | null) => {
      if (timer) clearTimeout(timer);
      timer = null;
      if (lockAt === null || !alive) return;
      const catchUpIn = lockAt - CATCH_UP_MS - Date.now();
      timer = setTimeout(
        () => {
          if (!alive) return;
          if (lastActivity > lastSent) {
            void touch();
            return;
          }
          timer = setTimeout(() => void useWorkspaceStore.getState().load(), Math.max(0, lockAt - Date.now()) + CHECK_AFTER_MS);
        },
        Math.max(0, catchUpIn),
      );
    };

    const touch = async () => {
      if (inFlight) return;
      inFlight = true;
      lastSent = Date.now();
      try {
        const { lockAt } = await api['workspace.touch']();
        schedule(lockAt);
      } catch {
        // LOCKED already told the gate (api.ts); anything else: activity after the next 30 s tries again.
      } finally {
        inFlight = false;
      }
    };

    const onActivity = () => {
      lastActivity = Date.now();
      if (lastActivity - lastSent >= TOUCH_EVERY_MS) void touch();
    };

    // Opening the workspace is activity too, and tells us the first deadline.
    void touch();
    const opts = { capture: true, passive: true } as const;
    window.addEventListener('keydown', onActivity, opts);
    window.addEventListener('pointerdown', onActivity, opts);
    window.addEventListener('wheel', onActivity, opts);
    return () => {
      alive = false;
      if (timer) clearTimeout(timer);
      window.removeEventListener('keydown', onActivity, opts);
      window.removeEventListener('pointerdown', onActivity, opts);
      window.removeEventListener('wheel', onActivity, opts);
    };
  }, [enabled]);
}
