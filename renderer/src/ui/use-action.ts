import { useState } from 'react';
import { errorMessage } from '../api';

/**
 * A form's one action: ignores a second press while busy, and keeps the last failure as a Dutch
 * message for <ErrorNotice>. The action throws to report failure (the api client throws AppErrors).
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (action: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}
