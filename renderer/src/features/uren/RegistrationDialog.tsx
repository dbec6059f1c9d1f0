/**
 * One registration: change it while it is open; once exported it is fixed, and a
 * change is a correction — a new version with a reason that replaces the old one
 * downstream (peers.md #5). In a closed week it can only be read until the week is
 * reopened. The history shows every version.
 */
import { useState } from 'react';
import type { ActivityType, Registration } from '../../../../shared/contract/index';
import { errorMessage } from '../../api';
import { announce } from '../../app/announcer';
import { attributionText, REGISTRATION_STATE_LABEL } from '../../app/labels';
import { Dialog } from '../../ui/Dialog';
import { ErrorNotice, Field } from '../../ui/form';
import { EntryForm, entryOf } from './EntryForm';
import { dayLabel, formatMinutes, isoWeekOf, monthLabel, timeText, weekNumber } from './time-format';
import { describeRegistration } from './RepeatLast';
import { registrationCommands, useHistory } from './uren-data';

export function StateBadges({ r }: { r: Pick<Registration, 'state' | 'version'> }) {
  const tone = r.state === 'geexporteerd' ? 'info' : r.state === 'week_gesloten' ? 'quiet' : 'ok';
  return (
    <span className="badges">
      <span className={`badge badge--${tone}`}>{REGISTRATION_STATE_LABEL[r.state]}</span>
      {r.version > 1 ? <span className="badge badge--warn">Gecorrigeerd</span> : null}
    </span>
  );
}

function History({ id }: { id: string }) {
  const history = useHistory(id);
  if (!history.data) return history.loading ? <p role="status">Geschiedenis laden…</p> : null;
  return (
    <section className="history" aria-labelledby="kop-geschiedenis">
      <h3 id="kop-geschiedenis" className="form-group-title">
        Geschiedenis
      </h3>
      <ol className="history-list" aria-label="Versies, oudste eerst">
        {history.data.map((v) => (
          <li key={v.version} className="history-item">
            <strong>Versie {v.version}</strong>
            {v.supersedes ? <span className="muted"> (vervangt versie {v.supersedes})</span> : null}: {dayLabel(v.date)}, {timeText(v)}
            {v.startTime ? ` (${formatMinutes(v.minutes)})` : ''}, {v.activityName}
            {v.clientName ? `, ${v.clientName}` : ''} — {attributionText(v)} · <StateBadges r={{ state: v.state, version: 1 }} />
            {v.correctionReason ? <span className="history-reason">Reden: {v.correctionReason}</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

function Removal({ r, onDone }: { r: Registration; onDone: () => void }) {
  const exported = r.state === 'geexporteerd' || r.version > 1;
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const remove = async () => {
    if (busy) return;
    if (exported && !reason.trim()) {
      setFieldError('Geef de reden waarom deze registratie vervalt.');
      document.getElementById('vervallen-reden')?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const res = await registrationCommands.remove(r.id, exported ? reason.trim() : null);
      announce(res.tombstone ? 'De registratie vervalt; dat gaat mee met de volgende export.' : 'De registratie is verwijderd.');
      onDone();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  if (!asking) {
    return (
      <div className="form-actions">
        <button type="button" className="button button--quiet-danger" onClick={() => setAsking(true)}>
          {exported ? 'Laten vervallen…' : 'Verwijderen…'}
        </button>
      </div>
    );
  }
  return (
    <div className="removal" role="group" aria-labelledby="kop-vervallen">
      <h3 id="kop-vervallen" className="form-group-title">
        {exported ? 'Registratie laten vervallen' : 'Registratie verwijderen'}
      </h3>
      <p>
        {exported
          ? 'Deze registratie is al geëxporteerd. Ze wordt niet gewist: er komt een versie bij die zegt dat ze vervalt, met uw reden. Die gaat mee met de volgende export.'
          : 'Deze registratie is nog niet geëxporteerd en wordt gewist.'}
      </p>
      {exported ? (
        <Field id="vervallen-reden" label="Reden" required error={fieldError} className="field--l">
          {(a) => <input className="input" type="text" value={reason} onChange={(e) => setReason(e.target.value)} autoComplete="off" {...a} />}
        </Field>
      ) : null}
      <ErrorNotice>{error}</ErrorNotice>
      <div className="form-actions">
        <button type="button" className="button button--danger" aria-disabled={busy || undefined} onClick={() => void remove()}>
          {busy ? 'Bezig…' : exported ? 'Laten vervallen' : 'Ja, verwijderen'}
        </button>
        <button type="button" className="button button--quiet" onClick={() => setAsking(false)}>
          Niet verwijderen
        </button>
      </div>
    </div>
  );
}

export function RegistrationDialog({ r, activities, onClose, onReopenWeek }: { r: Registration; activities: readonly ActivityType[]; onClose: () => void; onReopenWeek: (week: string) => Promise<void> }) {
  const exported = r.state === 'geexporteerd';
  const closed = r.state === 'week_gesloten';
  const week = isoWeekOf(r.date);
  const [reopenError, setReopenError] = useState<string | null>(null);
  // The registration's own activity stays choosable even when it was deactivated since.
  const choosable = activities.some((a) => a.code === r.activityCode) ? activities : [...activities, { code: r.activityCode, name: r.activityName } as ActivityType];
  const title = exported ? 'Geëxporteerde registratie corrigeren' : closed ? 'Registratie in een afgesloten week' : 'Registratie wijzigen';

  return (
    <Dialog title={title} size="l" onClose={onClose} description={<p>{describeRegistration(r)}, {dayLabel(r.date)}.</p>}>
      <p>
        <StateBadges r={r} /> <span className="muted">Versie {r.version}</span>
      </p>
      {exported ? (
        <div className="notice notice--info">
          <p>
            <strong>Deze registratie is geëxporteerd en ligt vast.</strong> Wat u nu opslaat, wordt een correctie: er komt een nieuwe versie ({r.version + 1}) die versie {r.version} vervangt, met uw reden. De
            correctie gaat mee met de volgende export van {monthLabel(r.date.slice(0, 7))}; de kassier ziet beide versies.
          </p>
        </div>
      ) : null}
      {closed ? (
        <div className="notice notice--info">
          <p>Week {weekNumber(week)} is afgesloten. Heropen de week om deze registratie te wijzigen of te verwijderen.</p>
          <ErrorNotice>{reopenError}</ErrorNotice>
          <button
            type="button"
            className="button"
            onClick={() =>
              void onReopenWeek(week).catch((e: unknown) => {
                setReopenError(errorMessage(e));
              })
            }
          >
            Week {weekNumber(week)} heropenen
          </button>
        </div>
      ) : (
        <>
          <EntryForm
            prefix="registratie-wijzigen"
            initial={entryOf(r)}
            activities={choosable}
            correction={exported}
            submitLabel={exported ? 'Correctie opslaan' : 'Wijzigingen opslaan'}
            onCancel={onClose}
            onSubmit={async ({ fields, correctionReason }) => {
              const saved = await registrationCommands.update({ id: r.id, fields, correctionReason });
              announce(saved.version > r.version ? `Correctie opgeslagen: versie ${saved.version} vervangt versie ${r.version}.` : 'De registratie is gewijzigd.');
              onClose();
            }}
          />
          <Removal r={r} onDone={onClose} />
        </>
      )}
      <History id={r.id} />
    </Dialog>
  );
}
