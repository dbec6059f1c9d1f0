/**
 * Beheer → Activiteiten: the activity types casemanagers register time on. Names,
 * whether they are still offered, and which laws may pay them are configurable;
 * the code, the link to a client and the NZa kind are fixed (exports and the
 * kassier rely on them).
 */
import { useState } from 'react';
import { contract, parseWith, type ActivityType, type Input } from '../../../../shared/contract/index';
import type { FundingKind } from '../../../../shared/domain/enums';
import { announce } from '../../app/announcer';
import { CLIENT_LINK_LABEL, FUNDING_KIND_LABEL, FUNDING_KINDS_IN_ORDER, NZA_KIND_LABEL } from '../../app/labels';
import { IssueList, useContractForm, type Conversion } from '../../ui/contract-form';
import { Dialog } from '../../ui/Dialog';
import { ErrorSummary, Field, FormActions } from '../../ui/form';
import { Page } from '../../ui/Page';
import { ScrollArea } from '../../ui/ScrollArea';
import { useActivities } from '../uren/uren-data';
import { activityCommands } from './activity-data';
import { BeheerNav } from './BeheerNav';

interface Values {
  name: string;
  active: boolean;
  laws: FundingKind[];
}
type Patch = Input<'activities.update'>['patch'];
const FIELDS = ['name', 'active', 'laws'] as const;
const idOf = (f: string) => (f === 'laws' ? 'activiteit-wet-WMO' : `activiteit-${f}`);

function EditActivity({ activity, onClose }: { activity: ActivityType; onClose: () => void }) {
  const toInput = (v: Values): Conversion<Patch> => {
    const issues = new IssueList();
    const laws = Array.isArray(v.laws) ? v.laws : v.laws ? [v.laws] : [];
    const patch = { name: v.name, active: v.active, laws };
    const parsed = parseWith(contract['activities.update'].input, { code: activity.code, patch });
    if (!parsed.ok) for (const i of parsed.error.details?.issues ?? []) issues.add(i.path.replace(/^patch\./, ''), i.message);
    return issues.empty ? { input: patch, issues: [] } : { input: null, issues: issues.issues };
  };
  const { form, errorOf, submitWith, summary, busy } = useContractForm<Values, Patch>({
    fields: FIELDS,
    defaultValues: { name: activity.name, active: activity.active, laws: activity.laws },
    toInput,
    idOf,
    strip: ['patch'],
  });
  const { register } = form;
  return (
    <Dialog title={`Activiteit ${activity.name} wijzigen`} onClose={onClose}>
      <form
        className="form"
        noValidate
        onSubmit={submitWith(async (patch) => {
          const a = await activityCommands.update(activity.code, patch);
          announce(`Activiteit ${a.name} is opgeslagen${a.active ? '' : ' (niet meer te kiezen)'}.`);
          onClose();
        })}
      >
        <ErrorSummary items={summary} />
        <Field id={idOf('name')} label="Naam" required error={errorOf('name')} className="field--m">
          {(a) => <input {...register('name')} className="input" type="text" autoComplete="off" {...a} />}
        </Field>
        <div className="checkbox">
          <input id={idOf('active')} type="checkbox" {...register('active')} aria-describedby="activiteit-active-hint" />
          <label htmlFor={idOf('active')}>Te kiezen bij registreren</label>
          <span id="activiteit-active-hint" className="checkbox-hint">
            Uitgezet: bestaande registraties blijven, maar nieuwe kunnen deze activiteit niet meer kiezen.
          </span>
        </div>
        <fieldset className="field fieldset" aria-describedby="activiteit-wetten-hint">
          <legend className="field-label">Wie mag dit betalen</legend>
          <p id="activiteit-wetten-hint" className="field-hint">
            In deze volgorde zoekt Schotvrij een financiering van de cliënt op de datum van de registratie.
          </p>
          <div className="checkbox-list">
            {FUNDING_KINDS_IN_ORDER.map((k) => (
              <div className="checkbox" key={k}>
                <input id={`activiteit-wet-${k}`} type="checkbox" value={k} {...register('laws')} />
                <label htmlFor={`activiteit-wet-${k}`}>{FUNDING_KIND_LABEL[k]}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <FormActions submitLabel="Opslaan" busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

export function ActivitiesPage() {
  const activities = useActivities(true);
  const [editing, setEditing] = useState<ActivityType | null>(null);
  return (
    <Page title="Activiteiten" heading="Activiteiten" intro={<p>De soorten werk waarop casemanagers tijd registreren, en welke wet ze mag betalen.</p>}>
      <BeheerNav />
      <section className="card" aria-labelledby="kop-activiteiten">
        <h2 id="kop-activiteiten" className="card-title">
          Soorten activiteit
        </h2>
        {activities.loading ? <p role="status">Laden…</p> : null}
        {activities.data ? (
          <ScrollArea label="Soorten activiteit">
            <table className="table" aria-labelledby="kop-activiteiten">
              <thead>
                <tr>
                  <th scope="col">Naam</th>
                  <th scope="col">Cliënt</th>
                  <th scope="col">Soort tijd (NZa)</th>
                  <th scope="col">Wie betaalt</th>
                  <th scope="col">Te kiezen</th>
                  <th scope="col">
                    <span className="visually-hidden">Acties</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {activities.data.map((a) => (
                  <tr key={a.code}>
                    <th scope="row">
                      {a.name} <span className="muted">({a.code})</span>
                    </th>
                    <td>{CLIENT_LINK_LABEL[a.clientLink]}</td>
                    <td>{NZA_KIND_LABEL[a.nzaKind]}</td>
                    <td>{a.laws.length ? a.laws.map((l) => FUNDING_KIND_LABEL[l]).join(', ') : <span className="muted">Geen (niet-cliëntgebonden)</span>}</td>
                    <td>{a.active ? <span className="badge badge--ok">Ja</span> : <span className="badge badge--quiet">Nee</span>}</td>
                    <td>
                      <button type="button" className="button button--small" onClick={() => setEditing(a)} aria-label={`${a.name} wijzigen`}>
                        Wijzigen
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollArea>
        ) : null}
      </section>
      {editing ? <EditActivity activity={editing} onClose={() => setEditing(null)} /> : null}
    </Page>
  );
}
