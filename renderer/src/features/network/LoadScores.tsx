/**
 * Mantelzorg load (0 = niet zwaar … 10 = niet vol te houden) over time: a small
 * trend line for the eye, and the same figures as text and a table for screen
 * readers.
 */
import { contract, parseWith, type NetworkMember } from '../../../../shared/contract/index';
import { IssueList, useContractForm, type Conversion } from '../../ui/contract-form';
import { DATE_HINT, dateNl, fromDateInput, toDateInput } from '../../ui/dates';
import { ErrorSummary, Field, Fieldset, FormActions } from '../../ui/form';
import { useToday } from '../../ui/format';
import { networkCommands } from './network-data';

export function loadLevel(score: number): { word: string; tone: 'ok' | 'warn' | 'error' } {
  if (score >= 8) return { word: 'zeer zwaar', tone: 'error' };
  if (score >= 5) return { word: 'zwaar', tone: 'warn' };
  return { word: 'vol te houden', tone: 'ok' };
}

export function LoadTrend({ member }: { member: NetworkMember }) {
  const scores = [...member.load].reverse(); // oldest first
  const latest = member.load[0];
  const previous = member.load[1];
  if (!latest) return <p className="load-none muted">Nog geen belasting vastgelegd.</p>;
  const level = loadLevel(latest.score);
  const w = 120;
  const h = 32;
  const step = scores.length > 1 ? w / (scores.length - 1) : 0;
  const points = scores.map((s, i) => `${(i * step).toFixed(1)},${(h - (s.score / 10) * h).toFixed(1)}`).join(' ');
  const trend = previous ? (latest.score > previous.score ? 'zwaarder geworden' : latest.score < previous.score ? 'lichter geworden' : 'gelijk gebleven') : null;
  return (
    <div className="load">
      {scores.length > 1 ? (
        <svg className="load-spark" viewBox={`-3 -3 ${w + 6} ${h + 6}`} width={w + 6} height={h + 6} aria-hidden="true" focusable="false">
          <line x1="0" y1={h / 2} x2={w} y2={h / 2} className="load-spark-mid" />
          {scores.length > 1 ? <polyline points={points} className="load-spark-line" /> : null}
          {scores.map((s, i) => (
            <circle key={s.id} cx={i * step} cy={h - (s.score / 10) * h} r={i === scores.length - 1 ? 3.5 : 2.5} className="load-spark-dot" />
          ))}
        </svg>
      ) : null}
      <p className="load-text">
        Belasting: <strong>{latest.score} van 10</strong> <span className={`badge badge--${level.tone}`}>{level.word}</span>{' '}
        <span className="muted">
          op {dateNl(latest.date)}
          {previous ? `; was ${previous.score} op ${dateNl(previous.date)} (${trend})` : ''}
        </span>
        {latest.note ? <span className="fact-note">“{latest.note}”</span> : null}
      </p>
      <table className="visually-hidden">
        <caption>Belasting van {member.name} door de tijd</caption>
        <thead>
          <tr>
            <th scope="col">Datum</th>
            <th scope="col">Score (0–10)</th>
            <th scope="col">Toelichting</th>
          </tr>
        </thead>
        <tbody>
          {scores.map((s) => (
            <tr key={s.id}>
              <td>{dateNl(s.date)}</td>
              <td>{s.score}</td>
              <td>{s.note ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface Values {
  date: string;
  score: string;
  note: string;
}
interface LoadInput {
  memberId: string;
  date: string;
  score: number;
  note: string;
}
const FIELDS = ['date', 'score', 'note'] as const;
const idOf = (f: string) => (f === 'score' ? 'belasting-score-0' : `belasting-${f}`);
const SCORES = Array.from({ length: 11 }, (_, i) => i);

function toInput(memberId: string, v: Values): Conversion<LoadInput> {
  const issues = new IssueList();
  const d = fromDateInput(v.date);
  if (!d.ok) issues.add('date', d.message);
  else if (!d.iso) issues.add('date', 'Vul de datum in.');
  if (v.score === '') issues.add('score', 'Kies een score van 0 tot en met 10.');
  const input = { memberId, date: d.ok ? (d.iso ?? '') : '', score: Number(v.score), note: v.note };
  const parsed = parseWith(contract['network.scoreLoad'].input, input);
  if (!parsed.ok) for (const i of parsed.error.details?.issues ?? []) issues.add(i.path, i.message);
  return issues.empty ? { input, issues: [] } : { input: null, issues: issues.issues };
}

export function LoadScoreForm({ member, onSaved, onCancel }: { member: NetworkMember; onSaved: (score: number, date: string) => void; onCancel: () => void }) {
  const today = useToday();
  const { form, errorOf, submitWith, summary, busy } = useContractForm<Values, LoadInput>({
    fields: FIELDS,
    defaultValues: { date: toDateInput(today), score: '', note: '' },
    toInput: (v) => toInput(member.id, v),
    idOf,
  });
  const { register } = form;
  return (
    <form
      className="form"
      noValidate
      onSubmit={submitWith(async (input) => {
        await networkCommands.scoreLoad(input);
        onSaved(input.score, input.date);
      })}
    >
      <ErrorSummary items={summary} />
      <Field id={idOf('date')} label="Datum" hint={DATE_HINT} required error={errorOf('date')} className="field--s">
        {(a) => <input {...register('date')} className="input" type="text" inputMode="numeric" autoComplete="off" {...a} />}
      </Field>
      <Fieldset id="belasting-score" legend="Hoe zwaar is het?" required hint="0 = helemaal niet zwaar, 10 = niet meer vol te houden" error={errorOf('score')}>
        <div className="scale-radios">
          {SCORES.map((n) => (
            <span key={n} className="scale-radio">
              <input id={`belasting-score-${n}`} type="radio" value={String(n)} {...register('score')} />
              <label htmlFor={`belasting-score-${n}`}>{n}</label>
            </span>
          ))}
        </div>
      </Fieldset>
      <Field id={idOf('note')} label="Toelichting" labelSuffix="(optioneel)" error={errorOf('note')} className="field--l">
        {(a) => <textarea {...register('note')} className="input" rows={2} {...a} />}
      </Field>
      <FormActions submitLabel="Belasting vastleggen" busy={busy} onCancel={onCancel} />
    </form>
  );
}
