/**
 * The running timer. The core persists it (a reload, a restart or a sleeping
 * laptop do not stop it); the screen only counts on from `startedAt`. Stopping
 * writes the registrations — two when it ran past midnight.
 */
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { ActivityType, Output, Registration } from '../../../../shared/contract/index';
import { localDate } from '../../../../shared/domain/dates';
import { errorMessage } from '../../api';
import { announce } from '../../app/announcer';
import { IssueList, useContractForm, type Conversion } from '../../ui/contract-form';
import { ConfirmDialog } from '../../ui/Dialog';
import { ErrorNotice, ErrorSummary, Field, FormActions } from '../../ui/form';
import { ClientPicker } from '../clients/ClientPicker';
import { naasteMode } from './EntryForm';
import { clockOf, dayLabel, formatMinutes, stopwatch, stopwatchWords, timeText } from './time-format';
import { registrationCommands, useNaasten, useTimer } from './uren-data';
import { ActivityOptions } from './ActivityOptions';

type Timer = NonNullable<Output<'timer.get'>>;

/** Re-renders every second while `running`. */
export function useNow(running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, [running]);
  return now;
}

function what(t: Timer): string {
  const who = t.clientName ? ` · ${t.clientName}` : '';
  return `${t.activityName}${who}`;
}

/** The clock itself: role=timer is not read out every second; its name says the minutes. */
export function TimerClock({ timer, className = 'timer-clock' }: { timer: Timer; className?: string }) {
  const now = useNow(true);
  const elapsed = now - timer.startedAt;
  return (
    <span role="timer" className={`${className} tabular`} aria-label={`Timer loopt: ${stopwatchWords(elapsed)}`}>
      {stopwatch(elapsed)}
    </span>
  );
}

/** In the shell header on every page: a running timer is never forgotten. */
export function TimerIndicator() {
  const timer = useTimer();
  const t = timer.data;
  if (!t) return null;
  return (
    <Link to="/uren" className="timer-chip" aria-label={`Timer loopt sinds ${clockOf(t.startedAt)}: ${what(t)}. Naar Uren.`}>
      <span className="timer-dot" aria-hidden="true" />
      <span aria-hidden="true">Timer</span> <TimerClock timer={t} className="timer-chip-clock" />
    </Link>
  );
}

/** What "stopped" says: one registration, two over midnight, or none for a few seconds. */
export function stoppedMessage(regs: readonly Registration[]): string {
  if (regs.length === 0) return 'De timer liep korter dan een halve minuut; er is niets geregistreerd.';
  const one = (r: Registration) => `${timeText(r)} op ${dayLabel(r.date)} (${formatMinutes(r.minutes)})`;
  if (regs.length === 1) return `Timer gestopt. Geregistreerd: ${one(regs[0]!)}, ${regs[0]!.activityName}.`;
  return `Timer gestopt. Over middernacht: ${regs.length} registraties, ${regs.map(one).join(' en ')}.`;
}

interface StartValues {
  clientText: string;
  clientId: string;
  activityCode: string;
  naasteMemberId: string;
}
interface StartInput {
  clientId: string | null;
  naasteMemberId: string | null;
  activityCode: string;
}
const START_FIELDS = ['clientId', 'activityCode', 'naasteMemberId'] as const;
const startId = (f: string) => `timer-${f}`;

function StartForm({ activities }: { activities: readonly ActivityType[] }) {
  const toInput = (v: StartValues): Conversion<StartInput> => {
    const issues = new IssueList();
    const activity = activities.find((a) => a.code === v.activityCode);
    if (!activity) issues.add('activityCode', 'Kies de activiteit.');
    if (v.clientText.trim() && !v.clientId) issues.add('clientId', 'Kies de cliënt uit de lijst: typ een deel van de naam en kies met Enter.');
    else if (activity?.clientLink === 'client' && !v.clientId) issues.add('clientId', `Kies de cliënt: "${activity.name}" is cliëntgebonden.`);
    else if (activity?.clientLink === 'none' && v.clientId) issues.add('clientId', `"${activity.name}" is niet cliëntgebonden; laat de cliënt leeg.`);
    if (naasteMode(activity) === 'required' && !v.naasteMemberId) issues.add('naasteMemberId', `Kies de naaste met wie u "${activity!.name}" doet.`);
    const input = { clientId: v.clientId || null, naasteMemberId: naasteMode(activity) && v.naasteMemberId ? v.naasteMemberId : null, activityCode: v.activityCode };
    return issues.empty ? { input, issues: [] } : { input: null, issues: issues.issues };
  };
  const { form, errorOf, submitWith, summary, busy } = useContractForm<StartValues, StartInput>({
    fields: START_FIELDS,
    defaultValues: { clientText: '', clientId: '', activityCode: '', naasteMemberId: '' },
    toInput,
    idOf: startId,
  });
  const { register, watch, setValue } = form;
  const [clientText, clientId, activityCode] = watch(['clientText', 'clientId', 'activityCode']);
  const activity = activities.find((a) => a.code === activityCode);
  const naaste = naasteMode(activity);
  const naasten = useNaasten(naaste && clientId ? clientId : null);

  return (
    <form
      className="form"
      noValidate
      aria-labelledby="kop-timer"
      onSubmit={submitWith(async (input) => {
        const t = await registrationCommands.startTimer({ ...input, note: null });
        announce(`Timer gestart om ${clockOf(t.startedAt)}: ${what(t)}.`);
      })}
    >
      <ErrorSummary items={summary} />
      <div className="form-row">
        <Field id={startId('clientId')} label="Cliënt" labelSuffix={activity?.clientLink === 'client' ? undefined : '(optioneel)'} error={errorOf('clientId')} className="field--m">
          {(a) => (
            <ClientPicker
              a11y={a}
              text={clientText}
              onTextChange={(text) => {
                setValue('clientText', text);
                setValue('clientId', '');
              }}
              onPick={(c) => {
                setValue('clientText', c.name);
                setValue('clientId', c.id);
              }}
            />
          )}
        </Field>
        <Field id={startId('activityCode')} label="Activiteit" required error={errorOf('activityCode')} className="field--m">
          {(a) => (
            <select {...register('activityCode')} className="input" {...a}>
              <ActivityOptions activities={activities} />
            </select>
          )}
        </Field>
        {naaste ? (
          <Field id={startId('naasteMemberId')} label="Naaste" required={naaste === 'required'} labelSuffix={naaste === 'optional' ? '(optioneel)' : undefined} error={errorOf('naasteMemberId')} className="field--m">
            {(a) => (
              <select {...register('naasteMemberId')} className="input" {...a}>
                <option value="">{clientId ? 'Kies…' : 'Kies eerst de cliënt'}</option>
                {(naasten.data ?? [])
                  .filter((m) => m.kind === 'naaste')
                  .map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.name} ({m.relation})
                    </option>
                  ))}
              </select>
            )}
          </Field>
        ) : null}
      </div>
      <FormActions submitLabel="Timer starten" busy={busy} busyLabel="Bezig met starten…" />
    </form>
  );
}

function Running({ timer, onStopped }: { timer: Timer; onStopped: (regs: Registration[]) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const [discardBusy, setDiscardBusy] = useState(false);
  const [discardError, setDiscardError] = useState<string | null>(null);

  const stop = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const regs = await registrationCommands.stopTimer();
      announce(stoppedMessage(regs));
      onStopped(regs);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const discard = async () => {
    setDiscardBusy(true);
    setDiscardError(null);
    try {
      await registrationCommands.discardTimer();
      announce('De timer is weggegooid; er is niets geregistreerd.');
      setAsking(false);
    } catch (e) {
      setDiscardError(errorMessage(e));
    } finally {
      setDiscardBusy(false);
    }
  };

  return (
    <div className="timer-running">
      <p className="timer-what" data-testid="timer-details">
        <span className="timer-dot" aria-hidden="true" /> 
        Gestart om <strong className="tabular">{clockOf(timer.startedAt)}</strong> op {dayLabel(localDate(timer.startedAt))} · {timer.activityName}
        {timer.clientName ? ` · ${timer.clientName}` : ''}
      </p>
      <ErrorNotice>{error}</ErrorNotice>
      <div className="form-actions">
        <button type="button" className="button button--primary" aria-disabled={busy || undefined} onClick={() => void stop()}>
          {busy ? 'Bezig met stoppen…' : 'Stoppen en registreren'}
        </button>
        <button type="button" className="button button--quiet-danger" onClick={() => setAsking(true)}>
          Weggooien
        </button>
      </div>
      <p className="hint-line">De timer loopt door als u Schotvrij sluit of de computer slaapt. Loopt hij over middernacht, dan worden het twee registraties.</p>
      {asking ? (
        <ConfirmDialog title="Timer weggooien?" confirmLabel="Weggooien" busy={discardBusy} error={discardError} onConfirm={() => void discard()} onClose={() => setAsking(false)}>
          <p>
            De timer van {timer.activityName}
            {timer.clientName ? ` met ${timer.clientName}` : ''}, gestart om {clockOf(timer.startedAt)}, wordt weggegooid. Er wordt niets geregistreerd.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

export function TimerCard({ activities, onStopped }: { activities: readonly ActivityType[]; onStopped: (regs: Registration[]) => void }) {
  const timer = useTimer();
  return (
    <section className="card timer-card" aria-labelledby="kop-timer">
      <h2 id="kop-timer" className="card-title">
        Timer
      </h2>
      {timer.data ? <Running timer={timer.data} onStopped={onStopped} /> : timer.loading ? <p role="status">Laden…</p> : <StartForm activities={activities} />}
    </section>
  );
}
