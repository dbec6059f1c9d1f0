/**
 * Scores per life domain (domain.md §10): dated sets, scored by the client, the
 * professional or together. The chart shows the latest set against the one
 * before; the table is the same data for everyone (and for screen readers).
 */
import { Suspense, lazy, useState } from 'react';
import { contract, parseWith, type Input, type PlanVersionDetail, type ScoreSet } from '../../../../shared/contract/index';
import { announce } from '../../app/announcer';
import { SCORED_BY_LABEL, type ScoredBy } from '../../app/labels';
import { IssueList, useContractForm, type Conversion } from '../../ui/contract-form';
import { DATE_HINT, dateNl, fromDateInput, toDateInput } from '../../ui/dates';
import { Dialog } from '../../ui/Dialog';
import { ScrollArea } from '../../ui/ScrollArea';
import { ErrorSummary, Field, Fieldset, FormActions, Radio } from '../../ui/form';
import { useToday } from '../../ui/format';
import { latestTwo, type DomainSetLike } from './plan-format';
import { planCommands } from './plan-data';

const ScoreChart = lazy(() => import('./ScoreChart'));

export function scaleText(set: DomainSetLike): string {
  const labels = Object.entries(set.scale.labels)
    .sort((a, b) => Number(a[0]) - Number(b[0]))
    .map(([k, v]) => `${k} = ${v}`);
  return `Schaal ${set.scale.min} tot en met ${set.scale.max}${labels.length ? ` (${labels.join(', ')})` : ''}.`;
}

/** Domains × the last few score sets. */
export function ScoreTable({ set, history, caption, max = 4 }: { set: DomainSetLike; history: readonly ScoreSet[]; caption: string; max?: number }) {
  const sets = history.slice(-max);
  return (
    <ScrollArea label={caption}>
      <table className="table table--compact score-table">
        <caption className="table-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Levensdomein</th>
            {sets.map((s, i) => (
              <th scope="col" key={`${s.scoredOn}-${i}`} className="num">
                {dateNl(s.scoredOn)}
                <span className="th-note">{SCORED_BY_LABEL[s.scoredBy].toLowerCase()}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {set.domains.map((d) => (
            <tr key={d.key}>
              <th scope="row">{d.name}</th>
              {sets.map((s, i) => (
                <td key={`${s.scoredOn}-${i}`} className="num tabular">
                  {s.scores[d.key] ?? <span className="muted">—</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}

export function ScoreChartLazy(props: { set: DomainSetLike; latest: ScoreSet; previous?: ScoreSet | undefined; compact?: boolean }) {
  return (
    <Suspense fallback={<p className="muted">Grafiek wordt geladen…</p>}>
      <ScoreChart {...props} />
    </Suspense>
  );
}

export function ScoresSection({ version, set, onChanged }: { version: PlanVersionDetail; set: DomainSetLike; onChanged: (v: PlanVersionDetail) => void }) {
  const [open, setOpen] = useState(false);
  const history = version.scoreHistory;
  const { latest, previous } = latestTwo(history);
  return (
    <section className="card" aria-labelledby="kop-scores">
      <div className="card-head">
        <h2 id="kop-scores" className="card-title">
          Scores per levensdomein
        </h2>
        {version.editable ? (
          <button type="button" className="button" onClick={() => setOpen(true)}>
            Scores vastleggen
          </button>
        ) : null}
      </div>
      <p className="muted">
        {set.name}. {scaleText(set)}
      </p>
      {latest ? (
        <div className="scores">
          <figure className="score-figure">
            <ScoreChartLazy set={set} latest={latest} previous={previous} />
            <figcaption className="muted">
              {previous ? `De laatste meting (${dateNl(latest.scoredOn)}) naast de vorige (${dateNl(previous.scoredOn)}).` : `Meting van ${dateNl(latest.scoredOn)}.`} De tabel geeft dezelfde
              cijfers.
            </figcaption>
          </figure>
          <ScoreTable set={set} history={history} caption={`Scores per levensdomein (${set.name}), per meting`} />
        </div>
      ) : (
        <p className="muted">Nog geen scores. Leg samen met de cliënt vast hoe het nu gaat per levensdomein; bij een volgende meting ziet u de voortgang.</p>
      )}
      {open ? (
        <Dialog title={`Scores vastleggen — ${set.name}`} size="l" onClose={() => setOpen(false)} description={<p>{scaleText(set)} Laat een domein leeg als het niet besproken is.</p>}>
          <ScoreForm
            version={version}
            set={set}
            onCancel={() => setOpen(false)}
            onSaved={(v) => {
              onChanged(v);
              setOpen(false);
              announce('De scores zijn vastgelegd.');
            }}
          />
        </Dialog>
      ) : null}
    </section>
  );
}

/** scoredOn, scoredBy and one `score_<domain>` per domain. */
type Values = Record<string, string>;
type ScoresInput = Input<'plans.setScores'>;

function ScoreForm({ version, set, onSaved, onCancel }: { version: PlanVersionDetail; set: DomainSetLike; onSaved: (v: PlanVersionDetail) => void; onCancel: () => void }) {
  const today = useToday();
  const domainField = (key: string) => `score_${key}`;
  const fields = ['scoredOn', 'scoredBy', ...set.domains.map((d) => domainField(d.key))];
  const values: Record<string, string> = { scoredOn: toDateInput(today), scoredBy: set.scorer === 'client' ? 'client' : 'professional' };
  for (const d of set.domains) values[domainField(d.key)] = '';

  const toInput = (v: Values): Conversion<ScoresInput> => {
    const issues = new IssueList();
    const date = fromDateInput(v.scoredOn ?? '');
    if (!date.ok) issues.add('scoredOn', date.message);
    else if (!date.iso) issues.add('scoredOn', 'Vul de datum van de meting in.');
    const scores = set.domains.filter((d) => (v[domainField(d.key)] ?? '') !== '').map((d) => ({ domain: d.key, score: Number(v[domainField(d.key)]), note: null }));
    if (scores.length === 0) issues.add(domainField(set.domains[0]!.key), 'Vul ten minste één score in.');
    const input: ScoresInput = { versionId: version.id, scoredOn: date.ok ? (date.iso ?? '') : '', scoredBy: (v.scoredBy ?? 'samen') as ScoredBy, scores };
    const parsed = parseWith(contract['plans.setScores'].input, input);
    if (!parsed.ok) for (const i of parsed.error.details?.issues ?? []) if (!i.path.startsWith('scores')) issues.add(i.path, i.message);
    return issues.empty ? { input, issues: [] } : { input: null, issues: issues.issues };
  };

  // The core names a refused score by its index: scores.2.score → that domain's field.
  const alias: Record<string, string> = {};
  set.domains.forEach((d, i) => {
    alias[`scores.${i}.score`] = domainField(d.key);
  });

  const { form, errorOf, submitWith, summary, busy } = useContractForm<Values, ScoresInput>({
    fields,
    defaultValues: values,
    toInput,
    idOf: (f) => (f === 'scoredBy' ? 'score-door-client' : `score-${f}`),
    alias,
  });
  const { register } = form;
  const options = Array.from({ length: set.scale.max - set.scale.min + 1 }, (_, i) => set.scale.min + i);

  return (
    <form
      className="form form--wide"
      noValidate
      onSubmit={submitWith(async (input) => {
        onSaved(await planCommands.setScores(input));
      })}
    >
      <ErrorSummary items={summary} />
      <div className="form-row">
        <Field id="score-scoredOn" label="Datum van de meting" hint={DATE_HINT} required error={errorOf('scoredOn')} className="field--s">
          {(a) => <input {...register('scoredOn')} className="input" type="text" inputMode="numeric" autoComplete="off" {...a} />}
        </Field>
        <Fieldset id="score-door" legend="Wie gaf de scores?">
          <div className="radio-row">
            {(['client', 'samen', 'professional'] as const).map((by) => (
              <Radio key={by} id={`score-door-${by}`} inline label={SCORED_BY_LABEL[by]} value={by} {...register('scoredBy')} />
            ))}
          </div>
        </Fieldset>
      </div>
      <div className="score-grid">
        {set.domains.map((d) => {
          const f = domainField(d.key);
          return (
            <Field key={d.key} id={`score-${f}`} label={d.name} error={errorOf(f)} className="field--s">
              {(a) => (
                <select {...register(f)} className="input" {...a}>
                  <option value="">Niet gescoord</option>
                  {options.map((n) => (
                    <option key={n} value={String(n)}>
                      {set.scale.labels[String(n)] ? `${n} — ${set.scale.labels[String(n)]}` : String(n)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          );
        })}
      </div>
      <FormActions submitLabel="Scores opslaan" busy={busy} onCancel={onCancel} />
    </form>
  );
}
