/**
 * "Herhaal laatste" in two keystrokes: Alt+H anywhere in the shell opens this
 * dialog with "Herhalen" focused; Enter registers the last registration again,
 * today (the funding is proposed anew for today). Escape cancels.
 */
import { useEffect, useState } from 'react';
import type { Registration } from '../../../../shared/contract/index';
import { errorMessage } from '../../api';
import { announce } from '../../app/announcer';
import { Dialog } from '../../ui/Dialog';
import { ErrorNotice } from '../../ui/form';
import { useToday } from '../../ui/format';
import { dayLabel, formatMinutes, timeText } from './time-format';
import { registrationCommands } from './uren-data';
import { REPEAT_SHORTCUT, useUrenView } from './uren-store';

/** What the last registration was — the one the core repeats (null: none, or ambiguous). */
function useLastRegistration(today: string): Registration | null | undefined {
  const [last, setLast] = useState<Registration | null | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    registrationCommands.last().then(
      (r) => alive && setLast(r),
      () => alive && setLast(null),
    );
    return () => {
      alive = false;
    };
  }, [today]);
  return last;
}

export function describeRegistration(r: Registration): string {
  const who = r.clientName ? ` met ${r.clientName}` : '';
  return `${timeText(r)}${r.startTime ? ` (${formatMinutes(r.minutes)})` : ''} ${r.activityName}${who}`;
}

function RepeatLastDialog({ onClose }: { onClose: () => void }) {
  const today = useToday();
  const last = useLastRegistration(today);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const repeat = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const r = await registrationCommands.repeatLast(today);
      useUrenView.getState().showWeekOf(r.date);
      announce(`Herhaald: ${describeRegistration(r)}, vandaag.`);
      onClose();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <Dialog title="Herhaal laatste registratie" onClose={onClose} description={<p>Enter herhaalt, Escape annuleert.</p>}>
      <p>
        {last
          ? `Uw laatste registratie, ${describeRegistration(last)} van ${dayLabel(last.date)}, wordt opnieuw geregistreerd op vandaag (${dayLabel(today)}).`
          : `Uw laatst ingevoerde registratie wordt opnieuw geregistreerd op vandaag (${dayLabel(today)}).`}{' '}
        De financiering wordt opnieuw voorgesteld voor vandaag.
      </p>
      <ErrorNotice>{error}</ErrorNotice>
      <div className="form-actions">
        <button type="button" className="button button--primary" data-autofocus aria-disabled={busy || undefined} onClick={() => void repeat()}>
          {busy ? 'Bezig…' : 'Herhalen'}
        </button>
        <button type="button" className="button button--quiet" onClick={onClose}>
          Annuleren
        </button>
      </div>
    </Dialog>
  );
}

/** Mounted by the shell for roles that register time. */
export function RepeatLast() {
  const open = useUrenView((s) => s.repeatOpen);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey && e.code === 'KeyH') {
        e.preventDefault();
        // Not on top of another dialog (a correction being typed).
        if (document.querySelector('dialog[open]')) return;
        useUrenView.getState().openRepeat();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return open ? <RepeatLastDialog onClose={() => useUrenView.getState().closeRepeat()} /> : null;
}

export function RepeatButton() {
  return (
    <button type="button" className="button" aria-keyshortcuts={REPEAT_SHORTCUT} onClick={() => useUrenView.getState().openRepeat()}>
      Herhaal laatste <kbd className="kbd kbd--dark" aria-hidden="true">{REPEAT_SHORTCUT}</kbd>
    </button>
  );
}
