import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After each in-app navigation, focus moves to the new page's <h1>, so keyboard
 * and screen-reader users start at the top of the new content (and hear where
 * they are). Not on the first load: then the skip link must be the first stop.
 */
export function useFocusOnNavigate(): void {
  const { key, pathname } = useLocation();
  const first = useRef<string | null>(null);
  useEffect(() => {
    if (first.current === null) {
      first.current = key;
      return;
    }
    if (first.current === key) return;
    first.current = '';
    const h1 = document.querySelector<HTMLElement>('main h1');
    h1?.focus({ preventScroll: false });
  }, [key, pathname]);
}

/**
 * For screens that replace each other WITHOUT a navigation (the lock screen, the
 * recovery key, the shell after unlocking): focus the new page's <h1> (or `selector`)
 * once it is rendered — a lazy page may still be loading for a few frames.
 */
export function focusSoon(selector = 'main h1', tries = 30): void {
  const el = document.querySelector<HTMLElement>(selector);
  if (el) {
    el.focus();
    return;
  }
  if (tries > 0) requestAnimationFrame(() => focusSoon(selector, tries - 1));
}
