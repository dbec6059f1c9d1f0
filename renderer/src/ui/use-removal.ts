import { useState } from 'react';
import { errorMessage } from '../api';

/**
 * The state behind a ConfirmDialog for removing one item of a list: which item is
 * asked about, busy while `remove` runs, and the refusal if it fails (the dialog
 * then stays open). `remove` does the work and says what happened.
 */
export function useRemoval<T>(remove: (item: T) => Promise<void>) {
  const [target, setTarget] = useState<T | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    if (target === null) return;
    setBusy(true);
    setError(null);
    try {
      await remove(target);
      setTarget(null);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return {
    /** The item the dialog asks about, or null when it is closed. */
    target,
    /** Opens the dialog for this item. */
    ask: (item: T) => {
      setError(null);
      setTarget(item);
    },
    /** busy, error, onConfirm and onClose for ConfirmDialog. */
    dialog: { busy, error, onConfirm: () => void confirm(), onClose: () => setTarget(null) },
  };
}
