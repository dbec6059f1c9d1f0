/**
 * Tijdlijn: the dated events (verwijzing … uitschrijving) from which the client's
 * status follows. Add, correct and remove; the status shown is the core's
 * derivation after each change.
 */
import { useState } from 'react';
import { contract, parseWith, type ClientDossier, type ClientEvent, type Input } from '../../../../shared/contract/index';
import { sortEvents } from '../../../../shared/domain/client-status';
import type { ClientEventKind } from '../../../../shared/domain/enums';
import { announce } from '../../app/announcer';
import { EVENT_KIND_HINT, EVENT_KIND_LABEL, EVENT_KINDS_IN_ORDER } from '../../app/labels';
import { IssueList, useContractForm, type Conversion } from '../../ui/contract-form';
import { DATE_HINT, dateNl, fromDateInput, toDateInput } from '../../ui/dates';
import { ConfirmDialog, Dialog } from '../../ui/Dialog';
import { CodeSelect, ErrorSummary, Field, FormActions } from '../../ui/form';
import { useToday } from '../../ui/format';
import { useRemoval } from '../../ui/use-removal';
import { StatusBadge } from '../clients/StatusBadge';
import { dossierCommands } from './dossier-data';

interface Values {
  kind: ClientEventKind | '';
  date: string;
  detail: string;
}
interface EventFields {
  kind: ClientEventKind;
  date: string;
  detail: string;
}
const FIELDS = ['kind', 'date', 'detail'] as const;

function toFields(v: Values): Conversion<EventFields> {
  const issues = new IssueList();
  if (v.kind === '') issues.add('kind', 'Kies wat er gebeurde.');
  const d = fromDateInput(v.date);
  if (!d.ok) issues.add('date', d.message);
  else if (!d.iso) issues.add('date', 'Vul de datum in.');
  const input = { kind: (v.kind || 'verwijzing') as ClientEventKind, date: d.ok ? (d.iso ?? '') : '', detail: v.detail };
  const parsed = parseWith(contract['clients.updateEvent'].input, { ...input, id: 'x' });
  if (!parsed.ok) for (const i of parsed.error.details?.issues ?? []) issues.add(i.path, i.message);
  return issues.empty ? { input, issues: [] } : { input: null, issues: issues.issues };
}

function EventForm({
  prefix,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  prefix: string;
  initial: Values;
  submitLabel: string;
  onSubmit: (fields: EventFields) => Promise<void>;
  onCancel?: () => void;
}) {
  const idOf = (f: string) => `${prefix}-${f}`;
  const { form, errorOf, submitWith, summary, busy } = useContractForm<Values, EventFields>({ fields: FIELDS, defaultValues: initial, toInput: toFields, idOf });
  const { register } = form;
  const kind = form.watch('kind');
  return (
    <form
      className="form"
      noValidate
      onSubmit={submitWith(async (fields) => {
        await onSubmit(fields);
        if (!onCancel) form.reset(initial);
      })}
    >
      <ErrorSummary items={summary} />
      <div className="form-row">
        <Field id={idOf('kind')} label="Wat gebeurde er?" required hint={kind ? EVENT_KIND_HINT[kind] : undefined} error={errorOf('kind')} className="field--m">
          {(a) => <CodeSelect {...register('kind')} {...a} codes={EVENT_KINDS_IN_ORDER} labels={EVENT_KIND_LABEL} />}
        </Field>
        <Field id={idOf('date')} label="Datum" hint={DATE_HINT} required error={errorOf('date')} className="field--s">
          {(a) => <input {...register('date')} className="input" type="text" inputMode="numeric" autoComplete="off" {...a} />}
        </Field>
      </div>
      <Field id={idOf('detail')} label="Toelichting" labelSuffix="(optioneel)" hint="Bijvoorbeeld wie verwees, of in welke instelling de opname was." error={errorOf('detail')} className="field--l">
        {(a) => <input {...register('detail')} className="input" type="text" autoComplete="off" {...a} />}
      </Field>
      <FormActions submitLabel={submitLabel} busy={busy} onCancel={onCancel} />
    </form>
  );
}

export function TimelineTab({ dossier }: { dossier: ClientDossier }) {
  const clientId = dossier.header.id;
  const today = useToday();
  const [editing, setEditing] = useState<ClientEvent | null>(null);
  const events = sortEvents(dossier.events);
  const removal = useRemoval(async (event: ClientEvent) => {
    await dossierCommands.removeEvent(event.id);
    announce(`${EVENT_KIND_LABEL[event.kind]} van ${dateNl(event.date)} is verwijderd.`);
  });

  return (
    <div className="timeline-tab">
      <section className="card" aria-labelledby="kop-status">
        <h2 id="kop-status" className="card-title">
          Status nu: <StatusBadge status={dossier.header.status} />
        </h2>
        <p className="muted">De status volgt uit de gebeurtenissen hieronder. Klopt een datum niet, corrigeer dan de gebeurtenis.</p>
      </section>

      <section className="card" aria-labelledby="kop-tijdlijn">
        <h2 id="kop-tijdlijn" className="card-title">
          Tijdlijn
        </h2>
        {events.length === 0 ? (
          <p className="muted">Er staan nog geen gebeurtenissen op de tijdlijn.</p>
        ) : (
          <ol className="timeline" aria-label="Gebeurtenissen, oudste eerst">
            {events.map((e) => (
              <li key={e.id} className={`timeline-item timeline-item--${e.kind}`}>
                <span className="timeline-date tabular">{dateNl(e.date)}</span>
                <span className="timeline-what">
                  <strong>{EVENT_KIND_LABEL[e.kind]}</strong>
                  {e.detail ? <span className="muted"> — {e.detail}</span> : null}
                </span>
                <span className="timeline-actions">
                  <button type="button" className="button button--small" onClick={() => setEditing(e)} aria-label={`${EVENT_KIND_LABEL[e.kind]} van ${dateNl(e.date)} wijzigen`}>
                    Wijzigen
                  </button>
                  <button type="button" className="button button--small button--quiet-danger" onClick={() => removal.ask(e)} aria-label={`${EVENT_KIND_LABEL[e.kind]} van ${dateNl(e.date)} verwijderen`}>
                    Verwijderen
                  </button>
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section className="card" aria-labelledby="kop-gebeurtenis-nieuw">
        <h2 id="kop-gebeurtenis-nieuw" className="card-title">
          Gebeurtenis toevoegen
        </h2>
        <EventForm
          prefix="gebeurtenis-nieuw"
          initial={{ kind: '', date: toDateInput(today), detail: '' }}
          submitLabel="Toevoegen"
          onSubmit={async (f) => {
            const input: Input<'clients.addEvent'> = { clientId, ...f };
            await dossierCommands.addEvent(input);
            announce(`${EVENT_KIND_LABEL[f.kind]} op ${dateNl(f.date)} is toegevoegd aan de tijdlijn.`);
          }}
        />
      </section>

      {editing ? (
        <Dialog title={`${EVENT_KIND_LABEL[editing.kind]} corrigeren`} onClose={() => setEditing(null)}>
          <EventForm
            prefix="gebeurtenis-wijzigen"
            initial={{ kind: editing.kind, date: toDateInput(editing.date), detail: editing.detail ?? '' }}
            submitLabel="Opslaan"
            onCancel={() => setEditing(null)}
            onSubmit={async (f) => {
              await dossierCommands.updateEvent({ id: editing.id, ...f });
              announce('De gebeurtenis is gecorrigeerd.');
              setEditing(null);
            }}
          />
        </Dialog>
      ) : null}
      {removal.target ? (
        <ConfirmDialog title="Gebeurtenis verwijderen?" confirmLabel="Verwijderen" {...removal.dialog}>
          <p>
            {EVENT_KIND_LABEL[removal.target.kind]} van {dateNl(removal.target.date)} wordt van de tijdlijn gehaald. De status van de cliënt wordt opnieuw bepaald.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
