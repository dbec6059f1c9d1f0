/**
 * Financiering: the client's funding entries per law, as periods on one time
 * line (domain.md §4: "funding periods per client as a timeline, not a single
 * field") and as a list with the details. Add, change and remove entries.
 */
import { useState } from 'react';
import type { ClientDossier, Funding } from '../../../../shared/contract/index';
import type { FundingKind } from '../../../../shared/domain/enums';
import { announce } from '../../app/announcer';
import { FUNDING_KIND_LABEL, FUNDING_KIND_PLAIN, FUNDING_KINDS_IN_ORDER, FUNDING_STATUS_LABEL } from '../../app/labels';
import { addDays, dateNl } from '../../ui/dates';
import { ConfirmDialog, Dialog } from '../../ui/Dialog';
import { Fact } from '../../ui/Fact';
import { ItemActions } from '../../ui/ItemActions';
import { useToday } from '../../ui/format';
import { useRemoval } from '../../ui/use-removal';
import { fundingAmount, fundingPeriod, fundingTitle, fundingWhat } from './funding-format';
import { fundingCommands } from './funding-data';
import { FundingForm } from './FundingForm';

const STATUS_TONE: Record<Funding['status'], string> = { aangevraagd: 'warn', toegekend: 'ok', afgewezen: 'error', beeindigd: 'quiet' };

function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

const shortDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const dayLabel = (day: number) => shortDate.format(new Date(day * 86_400_000));

/** The periods side by side, for the eye; the list below says the same in words. */
function FundingTimeline({ entries, today }: { entries: Funding[]; today: string }) {
  if (entries.length === 0) return null;
  const starts = entries.map((e) => e.startDate);
  const ends = entries.map((e) => e.endDate ?? addDays(today, 180));
  const from = dayNumber([...starts, today].sort()[0]!);
  const to = dayNumber([...ends, addDays(today, 30)].sort().at(-1)!);
  const span = Math.max(1, to - from);
  const pct = (iso: string) => ((dayNumber(iso) - from) / span) * 100;
  const todayPct = pct(today);
  return (
    <div className="fin-timeline" aria-hidden="true">
      {entries.map((e) => {
        const left = pct(e.startDate);
        const right = e.endDate ? pct(e.endDate) : 100;
        return (
          <div key={e.id} className="fin-timeline-row">
            <span className="fin-timeline-label">{fundingTitle(e)}</span>
            <span className="fin-timeline-track">
              <span className={`fin-timeline-bar fin-timeline-bar--${e.kind} fin-timeline-bar--${e.status}${e.endDate ? '' : ' fin-timeline-bar--open'}`} style={{ left: `${left}%`, width: `${Math.max(1.5, right - left)}%` }} />
              <span className="fin-timeline-today" style={{ left: `${todayPct}%` }} />
            </span>
          </div>
        );
      })}
      <div className="fin-timeline-row fin-timeline-axis">
        <span />
        <span className="fin-timeline-track">
          {todayPct > 20 ? <span className="fin-timeline-edge fin-timeline-edge--start">{dayLabel(from)}</span> : null}
          <span className="fin-timeline-today-label" style={{ left: `${todayPct}%` }}>
            vandaag
          </span>
          {todayPct < 80 ? <span className="fin-timeline-edge fin-timeline-edge--end">{dayLabel(to)}</span> : null}
        </span>
      </div>
    </div>
  );
}

function FundingItem({ f, onEdit, onRemove }: { f: Funding; onEdit: () => void; onRemove: () => void }) {
  const title = fundingTitle(f);
  const what = fundingWhat(f);
  const amount = fundingAmount(f);
  const headingId = `fin-${f.id}-titel`;
  return (
    <li className="fin-item" aria-labelledby={headingId}>
      <div className="fin-item-head">
        <h3 id={headingId} className="fin-item-title">
          {title}
        </h3>
        <span className={`badge badge--${STATUS_TONE[f.status]}`}>{FUNDING_STATUS_LABEL[f.status]}</span>
        {f.onderMandaat ? <span className="badge badge--mandaat">Onder mandaat voorbereid</span> : null}
      </div>
      <dl className="facts facts--compact">
        <Fact label="Periode">{fundingPeriod(f)}</Fact>
        {f.funderName ? <Fact label="Financier">{f.funderName}</Fact> : null}
        {what ? <Fact label={f.kind === 'WMO' ? 'Product' : f.kind === 'WLZ' ? 'Zorgprofiel' : 'Omschrijving'}>{what}</Fact> : null}
        {amount ? <Fact label="Omvang">{amount}</Fact> : null}
        {f.aangevraagdOp ? <Fact label="Aangevraagd op">{dateNl(f.aangevraagdOp)}</Fact> : null}
        <Fact label="In het plan">{f.usedByActions === 0 ? <span className="muted">Nog door geen actie gebruikt</span> : `Betaalt ${f.usedByActions === 1 ? '1 actie' : `${f.usedByActions} acties`}`}</Fact>
      </dl>
      <ItemActions editLabel={`${title} wijzigen`} removeLabel={`${title} verwijderen`} onEdit={onEdit} onRemove={onRemove} />
    </li>
  );
}

export function FundingTab({ dossier }: { dossier: ClientDossier }) {
  const clientId = dossier.header.id;
  const today = useToday();
  const [editing, setEditing] = useState<{ entry: Funding | null } | null>(null);
  const entries = [...dossier.funding].sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
  const byKind = (k: FundingKind) => entries.filter((e) => e.kind === k);

  const removal = useRemoval(async (entry: Funding) => {
    await fundingCommands.remove(entry.id);
    announce(`${fundingTitle(entry)} is verwijderd.`);
  });

  return (
    <div className="funding-tab">
      <div className="tab-actions">
        <p className="muted tab-intro">Uit welke wet wordt de zorg betaald, en in welke periode? Elke actie in het plan wordt betaald uit één van deze financieringen, of is informele hulp.</p>
        <button type="button" className="button button--primary" onClick={() => setEditing({ entry: null })}>
          Financiering toevoegen
        </button>
      </div>
      {entries.length === 0 ? (
        <div className="empty-state">
          <h2>Nog geen financiering</h2>
          <p>Voeg de Wmo-toewijzing, de Zvw-indicatie of de Wlz-indicatie van de cliënt toe, of wat de cliënt zelf of met naasten regelt.</p>
        </div>
      ) : (
        <>
          <section className="card" aria-labelledby="kop-fin-tijd">
            <h2 id="kop-fin-tijd" className="card-title">
              In de tijd
            </h2>
            <FundingTimeline entries={entries} today={today} />
          </section>
          {FUNDING_KINDS_IN_ORDER.filter((k) => byKind(k).length > 0).map((k) => (
            <section key={k} className="card" aria-labelledby={`kop-fin-${k}`}>
              <h2 id={`kop-fin-${k}`} className="card-title">
                {FUNDING_KIND_LABEL[k]} <span className="card-title-note">— {FUNDING_KIND_PLAIN[k].charAt(0).toLowerCase() + FUNDING_KIND_PLAIN[k].slice(1)}</span>
              </h2>
              <ul className="fin-list" aria-labelledby={`kop-fin-${k}`}>
                {byKind(k).map((f) => (
                  <FundingItem key={f.id} f={f} onEdit={() => setEditing({ entry: f })} onRemove={() => removal.ask(f)} />
                ))}
              </ul>
            </section>
          ))}
        </>
      )}

      {editing ? (
        <Dialog title={editing.entry ? `${fundingTitle(editing.entry)} wijzigen` : 'Financiering toevoegen'} size="l" onClose={() => setEditing(null)}>
          <FundingForm
            entry={editing.entry}
            onCancel={() => setEditing(null)}
            onSubmit={async (entry) => {
              if (editing.entry) {
                await fundingCommands.update(editing.entry.id, entry);
                announce('De financiering is gewijzigd.');
              } else {
                const made = await fundingCommands.add(clientId, entry);
                announce(`${fundingTitle(made)} is toegevoegd (${fundingPeriod(made)}).`);
              }
              setEditing(null);
            }}
          />
        </Dialog>
      ) : null}
      {removal.target ? (
        <ConfirmDialog title={`${fundingTitle(removal.target)} verwijderen?`} confirmLabel="Verwijderen" {...removal.dialog}>
          <p>
            Deze financiering ({fundingPeriod(removal.target)}) wordt verwijderd. Dat kan alleen als geen actie in het plan eruit wordt betaald.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
