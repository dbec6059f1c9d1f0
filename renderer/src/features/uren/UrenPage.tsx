/**
 * Uren: register time fast (keyboard, timer, repeat-last) and see the week —
 * per day with start–end or minutes, client, activity, who pays in plain words and
 * the state of each registration (peers.md #2); totals per day, week, client and law.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { ActivityType, Registration } from '../../../../shared/contract/index';
import { downloadFile, errorMessage } from '../../api';
import { announce } from '../../app/announcer';
import { attributionText, BASIS_LABEL, FUNDING_KIND_PLAIN } from '../../app/labels';
import { ErrorNotice } from '../../ui/form';
import { countOf, useToday } from '../../ui/format';
import { Page } from '../../ui/Page';
import { emptyEntry, EntryForm } from './EntryForm';
import { registrationsCsv } from './people-csv';
import { RegistrationDialog, StateBadges } from './RegistrationDialog';
import { RepeatButton, describeRegistration } from './RepeatLast';
import { dayLabel, formatMinutes, isoWeekOf, mondayOf, plusDays, timeText, weekDays, weekNumber, weekRangeLabel } from './time-format';
import { TimerCard, TimerClock } from './Timer';
import { UrenNav } from './UrenNav';
import { registrationCommands, registrationsBetween, useActivities, useClosedWeeks, useRegistrations, useTimer, useTotals } from './uren-data';
import { ENTRY_SHORTCUT, NEXT_WEEK_SHORTCUT, PREVIOUS_WEEK_SHORTCUT, REPEAT_SHORTCUT, useUrenView } from './uren-store';
import type { FundingKind } from '../../../../shared/domain/enums';

const LAWS: readonly string[] = ['WMO', 'ZVW', 'WLZ', 'EIGEN', 'INFORMEEL', 'OVERIG'];

/** A totals key of groupBy 'law' ('ZVW', or 'basis:algemeen') in plain words. */
function lawLabel(key: string, fallback: string): string {
  if (LAWS.includes(key)) return FUNDING_KIND_PLAIN[key as FundingKind];
  if (key.startsWith('basis:')) return BASIS_LABEL[key.slice(6) as keyof typeof BASIS_LABEL] ?? fallback;
  return fallback;
}

function byTime(a: Registration, b: Registration): number {
  return (a.startTime ?? '99:99').localeCompare(b.startTime ?? '99:99') || a.createdAt - b.createdAt;
}

function Day({ date, today, rows, minutes, onOpen }: { date: string; today: string; rows: Registration[]; minutes: number; onOpen: (r: Registration) => void }) {
  const headingId = `dag-${date}`;
  return (
    <section className={`day${date === today ? ' day--today' : ''}`} aria-labelledby={headingId}>
      <h3 id={headingId} className="day-title">
        <span className="day-name">{dayLabel(date)}</span>
        {date === today ? <span className="badge badge--info">vandaag</span> : null}
        <span className="day-total tabular">{minutes ? formatMinutes(minutes) : ''}</span>
      </h3>
      {rows.length === 0 ? (
        <p className="muted day-empty">Geen registraties.</p>
      ) : (
        <table className="table table--compact day-table">
          <caption className="visually-hidden">Registraties op {dayLabel(date)}</caption>
          <thead>
            <tr>
              <th scope="col">Tijd</th>
              <th scope="col">Cliënt</th>
              <th scope="col">Activiteit</th>
              <th scope="col">Wie betaalt</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Acties</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-testid="registratie">
                <td className="tabular nowrap">
                  {timeText(r)}
                  {r.startTime ? <span className="muted"> ({r.minutes} min)</span> : null}
                </td>
                <td>
                  {r.clientName ?? <span className="muted">Zonder cliënt</span>}
                  {r.naasteName ? <span className="muted"> · met {r.naasteName}</span> : null}
                </td>
                <td>
                  {r.activityName}
                  {r.note ? <span className="cell-note">{r.note}</span> : null}
                </td>
                <td>
                  {attributionText(r)}
                  {r.overridden ? (
                    <>
                      {' '}
                      <span className="badge badge--warn" title={r.overrideReason ?? undefined}>
                        afgeweken
                      </span>
                    </>
                  ) : null}
                  {r.fundingLabel ? <span className="cell-note">{r.fundingLabel}</span> : null}
                </td>
                <td>
                  <StateBadges r={r} />
                </td>
                <td className="nowrap">
                  <button type="button" className="button button--small" onClick={() => onOpen(r)} aria-label={`${r.state === 'geexporteerd' ? 'Corrigeren' : r.state === 'week_gesloten' ? 'Bekijken' : 'Wijzigen'}: ${describeRegistration(r)}, ${dayLabel(r.date)}`}>
                    {r.state === 'geexporteerd' ? 'Corrigeren' : r.state === 'week_gesloten' ? 'Bekijken' : 'Wijzigen'}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function TotalsTable({ id, title, rows, label }: { id: string; title: string; rows: { key: string; label: string; minutes: number; count: number }[]; label: (key: string, fallback: string) => string }) {
  return (
    <section className="totals" aria-labelledby={id}>
      <h3 id={id} className="form-group-title">
        {title}
      </h3>
      {rows.length === 0 ? (
        <p className="muted">Nog niets geregistreerd.</p>
      ) : (
        <table className="table table--compact" aria-labelledby={id}>
          <thead>
            <tr>
              <th scope="col">{title.replace(/^Per /, '').replace(/^./, (c) => c.toUpperCase())}</th>
              <th scope="col" className="num">
                Registraties
              </th>
              <th scope="col" className="num">
                Tijd
              </th>
            </tr>
          </thead>
          <tbody>
            {[...rows]
              .sort((a, b) => b.minutes - a.minutes)
              .map((r) => (
                <tr key={r.key}>
                  <th scope="row">{label(r.key, r.label)}</th>
                  <td className="num tabular">{r.count}</td>
                  <td className="num tabular">{formatMinutes(r.minutes)}</td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function WeekView({ monday, today, onOpen }: { monday: string; today: string; onOpen: (r: Registration) => void }) {
  const sunday = plusDays(monday, 6);
  const week = isoWeekOf(monday);
  const list = useRegistrations(monday, sunday);
  const perDay = useTotals(monday, sunday, 'day');
  const perClient = useTotals(monday, sunday, 'client');
  const perLaw = useTotals(monday, sunday, 'law');
  const closedWeeks = useClosedWeeks();
  const closed = closedWeeks.data?.find((w) => w.week === week);
  const { shift, thisWeek } = useUrenView.getState();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const weekMinutes = (perDay.data ?? []).reduce((s, d) => s + d.minutes, 0);
  const weekCount = (perDay.data ?? []).reduce((s, d) => s + d.count, 0);
  const rows = list.data ?? [];

  const toggleClosed = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      if (closed) {
        await registrationCommands.reopenWeek(week);
        announce(`Week ${weekNumber(week)} is heropend: u kunt er weer registreren en wijzigen.`);
      } else {
        await registrationCommands.closeWeek(week);
        announce(`Week ${weekNumber(week)} is afgesloten: er kan niets meer bij of veranderen tot u hem heropent.`);
      }
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const csv = async () => {
    try {
      const all = await registrationsBetween(monday, sunday);
      downloadFile(`uren-${week}.csv`, registrationsCsv(all), 'text/csv;charset=utf-8');
      announce(`CSV van week ${weekNumber(week)} gedownload (${countOf(all.length, 'registratie', 'registraties')}).`);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const go = (weeks: number | 'nu') => {
    if (weeks === 'nu') thisWeek();
    else shift(weeks, today);
    const m = weeks === 'nu' ? mondayOf(today) : plusDays(monday, 7 * weeks);
    announce(`Week ${weekNumber(isoWeekOf(m))}: ${weekRangeLabel(m)}.`);
  };

  return (
    <section className="card week" aria-labelledby="kop-week">
      <div className="card-head">
        <h2 id="kop-week" className="card-title">
          Week {weekNumber(week)} <span className="card-title-note">{weekRangeLabel(monday)}</span>
        </h2>
        <div className="week-nav" role="group" aria-label="Week kiezen">
          <button type="button" className="button button--small" aria-keyshortcuts={PREVIOUS_WEEK_SHORTCUT} onClick={() => go(-1)}>
            <span aria-hidden="true">←</span> Vorige week
          </button>
          <button type="button" className="button button--small" onClick={() => go('nu')} aria-disabled={monday === mondayOf(today) || undefined}>
            Deze week
          </button>
          <button type="button" className="button button--small" aria-keyshortcuts={NEXT_WEEK_SHORTCUT} onClick={() => go(1)}>
            Volgende week <span aria-hidden="true">→</span>
          </button>
        </div>
      </div>
      <div className="week-summary">
        <p className="week-total">
          Totaal deze week: <strong className="tabular">{formatMinutes(weekMinutes)}</strong>{' '}
          <span className="muted">
            ({weekMinutes} minuten, {countOf(weekCount, 'registratie', 'registraties')})
          </span>
        </p>
        {closed ? <span className="badge badge--quiet">Week afgesloten</span> : null}
        <div className="week-actions">
          <button type="button" className="button button--small" aria-disabled={busy || undefined} onClick={() => void toggleClosed()}>
            {closed ? 'Week heropenen' : 'Week afsluiten'}
          </button>
          <button type="button" className="button button--small" onClick={() => void csv()}>
            CSV van deze week
          </button>
        </div>
      </div>
      {closed ? <p className="muted">Deze week is afgesloten. Nieuwe registraties en wijzigingen in deze week worden geweigerd; geëxporteerde registraties corrigeert u wel.</p> : null}
      <ErrorNotice>{error}</ErrorNotice>
      {list.error && !list.data ? (
        <p className="notice notice--error" role="alert">
          De registraties konden niet worden geladen: {errorMessage(list.error)}
        </p>
      ) : null}
      <div className="days" aria-busy={list.loading || undefined}>
        {weekDays(monday).map((date) => (
          <Day
            key={date}
            date={date}
            today={today}
            rows={rows.filter((r) => r.date === date).sort(byTime)}
            minutes={perDay.data?.find((d) => d.key === date)?.minutes ?? 0}
            onOpen={onOpen}
          />
        ))}
      </div>
      <div className="totals-grid">
        <TotalsTable id="kop-per-client" title="Per cliënt" rows={perClient.data ?? []} label={(_k, l) => l} />
        <TotalsTable id="kop-per-wet" title="Per financiering" rows={perLaw.data ?? []} label={lawLabel} />
      </div>
    </section>
  );
}

function EntryCard({ activities, timeRef }: { activities: readonly ActivityType[]; timeRef: RefObject<HTMLInputElement | null> }) {
  const today = useToday();
  return (
    <section className="card entry-card" aria-labelledby="kop-registreren">
      <h2 id="kop-registreren" className="card-title">
        Tijd registreren
      </h2>
      <EntryForm
        prefix="registratie"
        labelledBy="kop-registreren"
        initial={emptyEntry(today)}
        activities={activities}
        submitLabel="Registreren"
        timeRef={timeRef}
        resetTo={(v) => ({ ...emptyEntry(today), date: v.date })}
        onSubmit={async ({ fields }) => {
          const r = await registrationCommands.create(fields);
          useUrenView.getState().showWeekOf(r.date);
          announce(`Geregistreerd: ${describeRegistration(r)} op ${dayLabel(r.date)}. ${attributionText(r)}.`);
        }}
      />
      <p className="hint-line" id="sneltoetsen">
        Sneltoetsen: <kbd className="kbd kbd--dark">{ENTRY_SHORTCUT}</kbd> naar Tijd · <kbd className="kbd kbd--dark">{REPEAT_SHORTCUT}</kbd> dan <kbd className="kbd kbd--dark">Enter</kbd> herhaalt uw
        laatste registratie op vandaag · <kbd className="kbd kbd--dark">{PREVIOUS_WEEK_SHORTCUT}</kbd> / <kbd className="kbd kbd--dark">{NEXT_WEEK_SHORTCUT}</kbd> vorige / volgende week · Enter in een veld
        slaat op.
      </p>
    </section>
  );
}

export function UrenPage() {
  const today = useToday();
  const weekStart = useUrenView((s) => s.weekStart);
  const monday = weekStart ?? mondayOf(today);
  const activities = useActivities();
  const timer = useTimer();
  const [open, setOpen] = useState<Registration | null>(null);
  const timeRef = useRef<HTMLInputElement>(null);

  // Alt+R: to the time field; Alt+PageUp / Alt+PageDown: previous / next week.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      // A dialog (a registration being corrected) has the keyboard.
      if (document.querySelector('dialog[open]')) return;
      const view = useUrenView.getState();
      if (e.code === 'KeyR') {
        e.preventDefault();
        timeRef.current?.focus();
      } else if (e.key === 'PageUp' || e.key === 'PageDown') {
        e.preventDefault();
        view.shift(e.key === 'PageUp' ? -1 : 1, today);
        const m = useUrenView.getState().weekStart!;
        announce(`Week ${weekNumber(isoWeekOf(m))}: ${weekRangeLabel(m)}.`);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [today]);

  const current = open;

  return (
    <Page
      title="Uren"
      heading="Uren"
      className="page--uren"
      actions={
        <>
          {timer.data ? <TimerClock timer={timer.data} className="timer-clock timer-clock--head" /> : null}
          <RepeatButton />
        </>
      }
    >
      <UrenNav />
      {activities.error && !activities.data ? (
        <p className="notice notice--error" role="alert">
          De activiteiten konden niet worden geladen: {errorMessage(activities.error)}
        </p>
      ) : null}
      <div className="uren-top">
        {activities.data ? <EntryCard activities={activities.data} timeRef={timeRef} /> : <p role="status">Laden…</p>}
        {activities.data ? <TimerCard activities={activities.data} onStopped={(regs) => regs[0] && useUrenView.getState().showWeekOf(regs[0].date)} /> : null}
      </div>
      <WeekView monday={monday} today={today} onOpen={setOpen} />
      {current ? (
        <RegistrationDialog
          key={`${current.id}-${current.version}`}
          r={current}
          activities={activities.data ?? []}
          onClose={() => setOpen(null)}
          onReopenWeek={async (week) => {
            await registrationCommands.reopenWeek(week);
            announce(`Week ${weekNumber(week)} is heropend.`);
            setOpen({ ...current, state: 'open' });
          }}
        />
      ) : null}
    </Page>
  );
}

