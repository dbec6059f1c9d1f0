/**
 * Password fields: the "show what I type" switch, the repeat check, and the
 * countdown after a wrong password (WRONG_SECRET with details.retryAfterMs).
 */
import { useEffect, useState } from 'react';
import type { FieldIssue } from '../../../shared/contract/index';

export const REPEAT_MISMATCH = 'De twee wachtwoorden zijn niet gelijk. Typ hetzelfde wachtwoord nog een keer.';

/** The repeat field's issue, if any (only once the first field has something in it). */
export function repeatIssue(path: string, password: string, repeat: string): FieldIssue | null {
  if (password === '') return null;
  if (repeat === '') return { path, message: 'Typ het wachtwoord nog een keer.' };
  return repeat === password ? null : { path, message: REPEAT_MISMATCH };
}

/** A checkbox that turns the password fields of its form into plain text fields. */
export function ShowPasswords({ id, checked, onChange }: { id: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div className="checkbox checkbox--quiet">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>Wachtwoorden tonen</label>
    </div>
  );
}

/** Seconds left before the core accepts another try; `start(ms)` begins a new wait. */
export function useRetryCountdown(): { secondsLeft: number; start(ms: number): void } {
  const [until, setUntil] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until <= now) return;
    const t = setTimeout(() => setNow(Date.now()), Math.min(1000, until - now));
    return () => clearTimeout(t);
  }, [until, now]);
  const secondsLeft = until > now ? Math.ceil((until - now) / 1000) : 0;
  return {
    secondsLeft,
    start(ms: number) {
      const t = Date.now();
      setNow(t);
      setUntil(t + ms);
    },
  };
}

/** "U kunt het over 30 seconden opnieuw proberen." */
export function retryText(ms: number): string {
  const s = Math.ceil(ms / 1000);
  if (s >= 120) return `U kunt het over ${Math.ceil(s / 60)} minuten opnieuw proberen.`;
  return `U kunt het over ${s === 1 ? '1 seconde' : `${s} seconden`} opnieuw proberen.`;
}
