/**
 * Kassier → Totalen: the minutes of the current versions of imported registrations
 * (corrections replace what they correct, removals drop out, re-imports never
 * count twice) for a period, grouped by organisation, casemanager, law, funder,
 * month, basis or client. Sums in hours and minutes.
 */
import { useState } from 'react';
import { KASSIER_GROUPS, type Input } from '../../../../shared/contract/index';
import { errorMessage } from '../../api';
import { KASSIER_GROUP_LABEL } from '../../app/labels';
import { IssueList, useContractForm, type Conversion } from '../../ui/contract-form';
import { DATE_HINT, dateNl, fromDateInput, toDateInput } from '../../ui/dates';
import { CodeSelect, ErrorSummary, Field, FormActions } from '../../ui/form';
import { formatCount, useToday } from '../../ui/format';
import { Page } from '../../ui/Page';
import { formatMinutes, hoursClock, monthEnd, monthLabel } from '../uren/time-format';
import { useKassierTotals } from './kassier-data';
import { KassierNav } from './KassierNav';

type Query = Input<'kassier.totals'>;
interface Values {
  from: string;
  to: string;
  groupBy: string;
}
const FIELDS = ['from', 'to', 'groupBy'] as const;
const idOf = (f: string) => `totalen-${f}`;

function toQuery(v: Values): Conversion<Query> {
  const issues = new IssueList();
  const from = fromDateInput(v.from);
  const to = fromDateInput(v.to);
  if (!from.ok) issues.add('from', from.message);
  else if (!from.iso) issues.add('from', 'Vul de eerste dag van de periode in.');
  if (!to.ok) issues.add('to', to.message);
  else if (!to.iso) issues.add('to', 'Vul de laatste dag van de periode in.');
  if (from.ok && to.ok && from.iso && to.iso && to.iso < from.iso) issues.add('to', 'De laatste dag ligt vóór de eerste dag.');
  if (!(KASSIER_GROUPS as readonly string[]).includes(v.groupBy)) issues.add('groupBy', 'Kies hoe u de totalen wilt indelen.');
  if (!issues.empty) return { input: null, issues: issues.issues };
  return { input: { from: from.ok ? from.iso! : '', to: to.ok ? to.iso! : '', groupBy: v.groupBy as Query['groupBy'] }, issues: [] };
}

function Results({ query }: { query: Query }) {
  const totals = useKassierTotals(query);
  const rows = totals.data ?? [];
  const minutes = rows.reduce((s, r) => s + r.minutes, 0);
  const count = rows.reduce((s, r) => s + r.count, 0);
  const group = KASSIER_GROUP_LABEL[query.groupBy];
  const period = query.from.slice(0, 7) === query.to.slice(0, 7) && query.from.endsWith('-01') && query.to === monthEnd(query.from.slice(0, 7)) ? monthLabel(query.from.slice(0, 7)) : `${dateNl(query.from)} t/m ${dateNl(query.to)}`;
  return (
    <section className="card" aria-labelledby="kop-totalen-uitkomst">
      <h2 id="kop-totalen-uitkomst" className="card-title">
        Per {group.toLowerCase()}, {period}
      </h2>
      {totals.error && !totals.data ? (
        <p className="notice notice--error" role="alert">
          De totalen konden niet worden berekend: {errorMessage(totals.error)}
        </p>
      ) : null}
      {totals.loading ? <p role="status">Berekenen…</p> : null}
      {totals.data && rows.length === 0 ? <p className="muted">Er zijn in deze periode geen ingelezen registraties.</p> : null}
      {rows.length ? (
        <table className="table" aria-labelledby="kop-totalen-uitkomst">
          <thead>
            <tr>
              <th scope="col">{group}</th>
              <th scope="col" className="num">
                Registraties
              </th>
              <th scope="col" className="num">
                Minuten
              </th>
              <th scope="col" className="num">
                Uren (u:mm)
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td className="num tabular">{formatCount(r.count)}</td>
                <td className="num tabular">{formatCount(r.minutes)}</td>
                <td className="num tabular">{hoursClock(r.minutes)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="total-row">
              <th scope="row">Totaal</th>
              <td className="num tabular">{formatCount(count)}</td>
              <td className="num tabular" data-testid="totaal-minuten">
                {formatCount(minutes)}
              </td>
              <td className="num tabular">{hoursClock(minutes)}</td>
            </tr>
          </tfoot>
        </table>
      ) : null}
      {rows.length ? <p className="muted">Totaal {formatMinutes(minutes)}. Alleen de laatste versie van elke registratie telt; vervallen registraties tellen niet mee.</p> : null}
    </section>
  );
}

export function TotalsPage() {
  const today = useToday();
  const month = today.slice(0, 7);
  const initial: Values = { from: toDateInput(`${month}-01`), to: toDateInput(monthEnd(month)), groupBy: 'organisation' };
  const [query, setQuery] = useState<Query>({ from: `${month}-01`, to: monthEnd(month), groupBy: 'organisation' });
  const { form, errorOf, submitWith, summary, busy } = useContractForm<Values, Query>({ fields: FIELDS, defaultValues: initial, toInput: toQuery, idOf });
  const { register } = form;
  return (
    <Page title="Totalen" heading="Totalen" intro={<p>Ingelezen tijd per periode, ingedeeld zoals u kiest.</p>}>
      <KassierNav />
      <form
        className="form card"
        noValidate
        aria-labelledby="kop-totalen-vraag"
        onSubmit={submitWith(async (q) => {
          setQuery(q);
        })}
      >
        <h2 id="kop-totalen-vraag" className="card-title">
          Periode en indeling
        </h2>
        <ErrorSummary items={summary} />
        <div className="form-row">
          <Field id={idOf('from')} label="Van" hint={DATE_HINT} required error={errorOf('from')} className="field--s">
            {(a) => <input {...register('from')} className="input" type="text" inputMode="numeric" autoComplete="off" {...a} />}
          </Field>
          <Field id={idOf('to')} label="Tot en met" hint={DATE_HINT} required error={errorOf('to')} className="field--s">
            {(a) => <input {...register('to')} className="input" type="text" inputMode="numeric" autoComplete="off" {...a} />}
          </Field>
          <Field id={idOf('groupBy')} label="Indelen per" required error={errorOf('groupBy')} className="field--s">
            {(a) => <CodeSelect {...register('groupBy')} {...a} codes={KASSIER_GROUPS} labels={KASSIER_GROUP_LABEL} placeholder={false} />}
          </Field>
        </div>
        <FormActions submitLabel="Totalen tonen" busy={busy} busyLabel="Bezig…" />
      </form>
      <Results query={query} />
    </Page>
  );
}
