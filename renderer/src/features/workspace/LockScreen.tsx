/**
 * "Schotvrij is vergrendeld": the only screen while the real workspace is locked
 * (at start-up, after idle minutes, when the computer slept, or by hand). The
 * database is closed and its key is out of memory, so there is nothing to show
 * but this form. The URL stays as it was: after unlocking, the same screen returns.
 */
import { useEffect, useId, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { errorMessage, isApiError, retryAfterMs } from '../../api';
import { announce } from '../../app/announcer';
import { focusSoon } from '../../app/focus-on-navigate';
import { lockReasonText } from '../../app/labels';
import { Field } from '../../ui/form';
import { Page } from '../../ui/Page';
import { retryText, useRetryCountdown } from '../../ui/password';
import { useWorkspaceStore } from './workspace-store';

const PASSWORD_ID = 'ontgrendel-wachtwoord';

export function LockScreen() {
  const security = useWorkspaceStore((s) => s.status?.security ?? null);
  const pending = useWorkspaceStore((s) => s.pending);
  const { unlock, chooseStart } = useWorkspaceStore.getState();
  const navigate = useNavigate();
  const [wachtwoord, setWachtwoord] = useState('');
  const [error, setError] = useState<string | null>(null);
  const countdown = useRetryCountdown();
  const reasonId = useId();
  const errorId = useId();
  const busy = pending === 'unlock';
  const waiting = countdown.secondsLeft > 0;

  // Whoever arrives here came to type the password. A frame later, so that the focus the
  // shell gives a new page's heading after a navigation (back from "Wachtwoord vergeten") does not win.
  useEffect(() => {
    const frame = requestAnimationFrame(() => focusSoon(`#${PASSWORD_ID}`));
    return () => cancelAnimationFrame(frame);
  }, []);

  const submit = async () => {
    if (busy || waiting) return;
    if (wachtwoord === '') {
      setError('Vul uw wachtwoord in.');
      focusSoon(`#${PASSWORD_ID}`);
      return;
    }
    setError(null);
    try {
      await unlock(wachtwoord);
      announce('Schotvrij is ontgrendeld.');
      focusSoon();
    } catch (e) {
      const ms = retryAfterMs(e);
      if (ms > 0) countdown.start(ms);
      const wrong = isApiError(e) && e.code === 'WRONG_SECRET';
      setError(`${wrong ? e.message || 'Dit wachtwoord klopt niet.' : errorMessage(e)}${ms > 0 ? ` ${retryText(ms)}` : ''}`);
      setWachtwoord('');
      focusSoon(`#${PASSWORD_ID}`);
    }
  };

  const reason = lockReasonText(security?.lockReason ?? null, security?.lockAfterMinutes ?? 0);
  const label = busy ? 'Bezig met ontgrendelen…' : waiting ? `Nog ${countdown.secondsLeft} s wachten` : 'Ontgrendelen';

  return (
    <Page title="Vergrendeld" heading="Schotvrij is vergrendeld" className="page--center page--lock">
      <form
        className="form card lock-card"
        noValidate
        aria-label="Ontgrendelen"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <p id={reasonId} className="lock-reason">
          <span className="lock-icon" aria-hidden="true" />
          {reason}
        </p>
        {/* An alert, not only a field error: the focus is already in the field, so a description alone is not read again. */}
        {error ? (
          <p id={errorId} className="notice notice--error" role="alert">
            {error}
          </p>
        ) : null}
        <Field id={PASSWORD_ID} label="Wachtwoord" className="field--l">
          {(a) => (
            <input
              {...a}
              aria-invalid={!!error}
              aria-describedby={[reasonId, error ? errorId : null].filter(Boolean).join(' ')}
              className="input"
              type="password"
              name="wachtwoord"
              autoComplete="current-password"
              value={wachtwoord}
              onChange={(e) => setWachtwoord(e.target.value)}
            />
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button--primary" aria-disabled={busy || waiting || undefined}>
            {label}
          </button>
          <Link to="/herstellen" className="button button--quiet">
            Wachtwoord vergeten?
          </Link>
        </div>
      </form>
      <p className="lock-other">
        Alleen de demo bekijken?{' '}
        <button
          type="button"
          className="link-button"
          onClick={() => {
            chooseStart(true);
            navigate('/');
          }}
        >
          Andere omgeving kiezen
        </button>
      </p>
    </Page>
  );
}
