import { useEffect } from 'react';
import { useAnnouncer } from './announcer';

const VISIBLE_MS = 8000;

/**
 * The polite live region. It is always in the DOM (a region that appears together
 * with its text is often not read); the text is also shown, for sighted users,
 * as a quiet notice that fades after a few seconds.
 */
export function Announcer() {
  const current = useAnnouncer((s) => s.current);
  const dismiss = useAnnouncer((s) => s.dismiss);

  useEffect(() => {
    if (!current) return;
    const t = setTimeout(() => dismiss(current.id), VISIBLE_MS);
    return () => clearTimeout(t);
  }, [current, dismiss]);

  return (
    <div className="announcer" role="status" aria-live="polite" aria-atomic="true">
      {current ? (
        <div className="toast" key={current.id}>
          <span className="toast-icon" aria-hidden="true">
            ✓
          </span>
          <span>{current.message}</span>
        </div>
      ) : null}
    </div>
  );
}
