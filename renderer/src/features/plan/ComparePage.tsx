/**
 * Versies vergelijken (`/clienten/:id/plan/vergelijken`): two versions side by
 * side. Texts with a word-level diff (library `diff`); goals and actions matched
 * by `originId` across versions — toegevoegd, verwijderd, gewijzigd (with what
 * changed) or ongewijzigd; scores per domain. Loaded on demand (its own chunk).
 */
import { diffWords } from 'diff';
import { useState, type ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { Goal, PlanAction, PlanVersionDetail, PlanVersionSummary, ScoreSet } from '../../../../shared/contract/index';
import { displayName } from '../../../../shared/domain/names';
import { PLAN_STATUS_LABEL } from '../../../../shared/domain/plan';
import { FUNDING_KIND_PLAIN, GOAL_STATUS_LABEL } from '../../app/labels';
import { dateNl } from '../../ui/dates';
import { Page } from '../../ui/Page';
import { useDomainSets, useDossier } from '../dossier/dossier-data';
import { actionFrequency, actionPeriod, domainName, type DomainSetLike } from './plan-format';
import { usePlanVersion } from './plan-data';
import { versionPath } from './PlanTab';

type Change = 'toegevoegd' | 'verwijderd' | 'gewijzigd' | 'ongewijzigd';
const CHANGE_LABEL: Record<Change, string> = { toegevoegd: 'Toegevoegd', verwijderd: 'Verwijderd', gewijzigd: 'Gewijzigd', ongewijzigd: 'Ongewijzigd' };
const CHANGE_TONE: Record<Change, string> = { toegevoegd: 'ok', verwijderd: 'error', gewijzigd: 'warn', ongewijzigd: 'quiet' };

function ChangeBadge({ change }: { change: Change }) {
  return <span className={`badge badge--${CHANGE_TONE[change]} change-badge`}>{CHANGE_LABEL[change]}</span>;
}

type DiffPart = ReturnType<typeof diffWords>[number];

/** The older side leaves out what was added and marks what was removed; the newer side the other way round. */
const DIFF_SIDES = {
  old: { label: 'Oudere versie', leaves: 'added', marks: 'removed', Mark: 'del', className: 'diff-del', said: 'verwijderd' },
  new: { label: 'Nieuwere versie', leaves: 'removed', marks: 'added', Mark: 'ins', className: 'diff-ins', said: 'toegevoegd' },
} as const;

/** One side of a word diff; the marks are also said in words for screen readers. */
function DiffSide({ side, parts, text }: { side: keyof typeof DIFF_SIDES; parts: readonly DiffPart[]; text: string }) {
  const { label, leaves, marks, Mark, className, said } = DIFF_SIDES[side];
  return (
    <div className="diff-side">
      <p className="diff-label">{label}</p>
      <p className="plan-text diff-text">
        {parts
          .filter((p) => !p[leaves])
          .map((p, i) =>
            p[marks] ? (
              <Mark key={i} className={className}>
                <span className="visually-hidden">[{said}: </span>
                {p.value}
                <span className="visually-hidden">]</span>
              </Mark>
            ) : (
              <span key={i}>{p.value}</span>
            ),
          )}
        {text === '' ? <span className="muted">Leeg</span> : null}
      </p>
    </div>
  );
}

/** Old text with removals marked, new text with additions marked. */
function TextDiff({ before, after }: { before: string; after: string }) {
  const parts = diffWords(before, after);
  return (
    <div className="diff-pair">
      <DiffSide side="old" parts={parts} text={before} />
      <DiffSide side="new" parts={parts} text={after} />
    </div>
  );
}

interface Matched<T> {
  key: string;
  before: T | undefined;
  after: T | undefined;
  change: Change;
  differences: string[];
}

function match<T extends { originId: string }>(a: readonly T[], b: readonly T[], diff: (x: T, y: T) => string[]): Matched<T>[] {
  const out: Matched<T>[] = [];
  const inB = new Map(b.map((x) => [x.originId, x]));
  for (const x of a) {
    const y = inB.get(x.originId);
    if (!y) out.push({ key: x.originId, before: x, after: undefined, change: 'verwijderd', differences: [] });
    else {
      const differences = diff(x, y);
      out.push({ key: x.originId, before: x, after: y, change: differences.length ? 'gewijzigd' : 'ongewijzigd', differences });
    }
  }
  const inA = new Set(a.map((x) => x.originId));
  for (const y of b) if (!inA.has(y.originId)) out.push({ key: y.originId, before: undefined, after: y, change: 'toegevoegd', differences: [] });
  const order: Record<Change, number> = { gewijzigd: 0, toegevoegd: 1, verwijderd: 2, ongewijzigd: 3 };
  return out.sort((p, q) => order[p.change] - order[q.change]);
}

function goalDiff(set: DomainSetLike | undefined) {
  return (x: Goal, y: Goal): string[] => {
    const d: string[] = [];
    if (x.description !== y.description) d.push('omschrijving');
    if (x.domain !== y.domain) d.push(`levensdomein: ${domainName(set, x.domain)} → ${domainName(set, y.domain)}`);
    if (x.targetDate !== y.targetDate) d.push(`streefdatum: ${dateNl(x.targetDate, 'geen')} → ${dateNl(y.targetDate, 'geen')}`);
    if (x.status !== y.status) d.push(`status: ${GOAL_STATUS_LABEL[x.status]} → ${GOAL_STATUS_LABEL[y.status]}`);
    return d;
  };
}

function actionDiff(x: PlanAction, y: PlanAction): string[] {
  const d: string[] = [];
  if (x.description !== y.description) d.push('omschrijving');
  if (x.performerLabel !== y.performerLabel) d.push(`wie: ${x.performerLabel} → ${y.performerLabel}`);
  if (actionFrequency(x) !== actionFrequency(y)) d.push(`hoe vaak: ${actionFrequency(x) ?? 'niet vastgelegd'} → ${actionFrequency(y) ?? 'niet vastgelegd'}`);
  if (actionPeriod(x) !== actionPeriod(y)) d.push(`periode: ${actionPeriod(x)} → ${actionPeriod(y)}`);
  if (x.financing !== y.financing) d.push(`betaald: ${FUNDING_KIND_PLAIN[x.financing]} → ${FUNDING_KIND_PLAIN[y.financing]}`);
  else if (x.fundingLabel !== y.fundingLabel) d.push('andere financiering');
  return d;
}

/**
 * Goals or actions matched across the two versions: per item what happened to
 * it, where it belongs (`context`), its description — as a word diff when that
 * changed — and what else changed.
 */
function ChangeList<T extends { description: string }>({
  headingId,
  empty,
  matched,
  testId,
  context,
  quote,
}: {
  headingId: string;
  empty: string;
  matched: readonly Matched<T>[];
  testId: string;
  context: (item: T) => string;
  quote: (item: T) => string;
}) {
  return (
    <>
      {matched.length === 0 ? <p className="muted">{empty}</p> : null}
      <ul className="compare-list" aria-labelledby={headingId}>
        {matched.map((m) => {
          const item = (m.after ?? m.before)!;
          return (
            <li key={m.key} className={`compare-item compare-item--${m.change}`} data-testid={testId}>
              <div className="compare-item-head">
                <ChangeBadge change={m.change} />
                <span className="compare-domain">{context(item)}</span>
              </div>
              {m.change === 'gewijzigd' && m.before && m.after && m.before.description !== m.after.description ? (
                <TextDiff before={m.before.description} after={m.after.description} />
              ) : (
                <p className="compare-item-text">{quote(item)}</p>
              )}
              {m.differences.length ? (
                <ul className="compare-diffs" aria-label="Wat is er veranderd">
                  {m.differences.map((d) => (
                    <li key={d}>{d}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ul>
    </>
  );
}

function scoreSetOf(v: PlanVersionDetail): ScoreSet | undefined {
  return [...v.scoreHistory].reverse().find((s) => s.planVersionId === v.id);
}

function versionTitle(v: PlanVersionDetail): string {
  return `Versie ${v.versionNo} (${PLAN_STATUS_LABEL[v.status].toLowerCase()}${v.vastgesteldOp ? `, ${dateNl(v.vastgesteldOp)}` : ''})`;
}

function Block({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id} className="card-title">
        {title}
      </h2>
      {children}
    </section>
  );
}

function Comparison({ a, b, set }: { a: PlanVersionDetail; b: PlanVersionDetail; set: DomainSetLike | undefined }) {
  const goals = match(a.goals, b.goals, goalDiff(set));
  const actions = match(a.actions, b.actions, actionDiff);
  const sa = scoreSetOf(a);
  const sb = scoreSetOf(b);
  const texts: { field: 'verkenning' | 'wensen' | 'naasten'; label: string }[] = [
    { field: 'verkenning', label: 'Verkenning' },
    { field: 'wensen', label: 'Wensen van de cliënt' },
    { field: 'naasten', label: 'Wat de naasten nodig hebben' },
  ];
  const count = (list: Matched<unknown>[], c: Change) => list.filter((m) => m.change === c).length;
  return (
    <>
      <p className="compare-summary" role="status">
        Doelen: {count(goals, 'toegevoegd')} toegevoegd, {count(goals, 'gewijzigd')} gewijzigd, {count(goals, 'verwijderd')} verwijderd. Acties: {count(actions, 'toegevoegd')} toegevoegd,{' '}
        {count(actions, 'gewijzigd')} gewijzigd, {count(actions, 'verwijderd')} verwijderd.
      </p>

      <Block id="kop-vgl-periode" title="Planperiode">
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">Datum</th>
              <th scope="col">{versionTitle(a)}</th>
              <th scope="col">{versionTitle(b)}</th>
            </tr>
          </thead>
          <tbody>
            {(['ingangsdatum', 'einddatum', 'evaluatiedatum'] as const).map((f) => (
              <tr key={f} className={a[f] !== b[f] ? 'row-changed' : undefined}>
                <th scope="row">
                  {f === 'ingangsdatum' ? 'Ingangsdatum' : f === 'einddatum' ? 'Einddatum' : 'Evaluatiedatum'}
                  {a[f] !== b[f] ? <span className="visually-hidden"> (gewijzigd)</span> : null}
                </th>
                <td>{dateNl(a[f])}</td>
                <td>{dateNl(b[f])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Block>

      <Block id="kop-vgl-teksten" title="Verkenning en wensen">
        {texts.map((t) => {
          const before = a[t.field] ?? '';
          const after = b[t.field] ?? '';
          return (
            <div key={t.field} className="compare-text">
              <h3 className="compare-text-title">
                {t.label} {before === after ? <ChangeBadge change="ongewijzigd" /> : <ChangeBadge change="gewijzigd" />}
              </h3>
              {before === after ? before ? <p className="plan-text muted">{before}</p> : <p className="muted">In beide versies leeg.</p> : <TextDiff before={before} after={after} />}
            </div>
          );
        })}
      </Block>

      <Block id="kop-vgl-doelen" title="Doelen">
        <ChangeList headingId="kop-vgl-doelen" empty="Geen doelen in deze versies." matched={goals} testId="vergelijk-doel" context={(g) => domainName(set, g.domain)} quote={(g) => `“${g.description}”`} />
      </Block>

      <Block id="kop-vgl-acties" title="Acties">
        <ChangeList headingId="kop-vgl-acties" empty="Geen acties in deze versies." matched={actions} testId="vergelijk-actie" context={(x) => x.performerLabel} quote={(x) => x.description} />
      </Block>

      {set ? (
        <Block id="kop-vgl-scores" title="Scores per levensdomein">
          {!sa && !sb ? (
            <p className="muted">In geen van beide versies zijn scores vastgelegd.</p>
          ) : (
            <table className="table table--compact">
              <thead>
                <tr>
                  <th scope="col">Levensdomein</th>
                  <th scope="col" className="num">
                    {versionTitle(a)}
                    {sa ? <span className="th-note">{dateNl(sa.scoredOn)}</span> : null}
                  </th>
                  <th scope="col" className="num">
                    {versionTitle(b)}
                    {sb ? <span className="th-note">{dateNl(sb.scoredOn)}</span> : null}
                  </th>
                  <th scope="col" className="num">
                    Verschil
                  </th>
                </tr>
              </thead>
              <tbody>
                {set.domains.map((d) => {
                  const x = sa?.scores[d.key];
                  const y = sb?.scores[d.key];
                  const delta = x !== undefined && y !== undefined ? y - x : null;
                  return (
                    <tr key={d.key}>
                      <th scope="row">{d.name}</th>
                      <td className="num tabular">{x ?? '—'}</td>
                      <td className="num tabular">{y ?? '—'}</td>
                      <td className={`num tabular${delta ? (delta > 0 ? ' delta-up' : ' delta-down') : ''}`}>{delta === null ? '—' : delta > 0 ? `+${delta}` : String(delta)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </Block>
      ) : null}
    </>
  );
}

function LoadedComparison({ left, right, set }: { left: string; right: string; set: DomainSetLike | undefined }) {
  const a = usePlanVersion(left);
  const b = usePlanVersion(right);
  if (a.data && b.data) return <Comparison a={a.data} b={b.data} set={set} />;
  if (a.error || b.error) return <p className="notice notice--error" role="alert">De versies konden niet worden geladen.</p>;
  return <p role="status">Versies worden geladen…</p>;
}

function VersionPick({ id, label, versions, value, onChange }: { id: string; label: string; versions: readonly PlanVersionSummary[]; value: string; onChange: (id: string) => void }) {
  return (
    <div className="toolbar-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="input" value={value} onChange={(e) => onChange(e.target.value)}>
        {versions.map((v) => (
          <option key={v.id} value={v.id}>
            Versie {v.versionNo} ({PLAN_STATUS_LABEL[v.status].toLowerCase()})
          </option>
        ))}
      </select>
    </div>
  );
}

export default function ComparePage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const dossier = useDossier(id);
  const sets = useDomainSets();
  const versions = [...(dossier.data?.plan?.versions ?? [])].sort((a, b) => a.versionNo - b.versionNo);
  const wantNew = params.get('nieuw');
  const newIdx = wantNew ? versions.findIndex((v) => v.id === wantNew) : versions.length - 1;
  const defaultNew = versions[newIdx >= 0 ? newIdx : versions.length - 1];
  const defaultOld = params.get('oud') ? versions.find((v) => v.id === params.get('oud')) : versions[(newIdx >= 0 ? newIdx : versions.length - 1) - 1];
  const [oldId, setOldId] = useState<string | null>(null);
  const [newId, setNewId] = useState<string | null>(null);
  const left = oldId ?? defaultOld?.id ?? '';
  const right = newId ?? defaultNew?.id ?? '';
  const set = sets.data?.find((s) => s.code === dossier.data?.plan?.domainSet);

  const backLink = (
    <Link to={`/clienten/${encodeURIComponent(id)}/plan`} className="back-link">
      <span aria-hidden="true">← </span>Terug naar het dossier
    </Link>
  );

  return (
    <Page title="Versies vergelijken" heading={dossier.data ? `Versies vergelijken — ${displayName(dossier.data.header)}` : 'Versies vergelijken'} before={backLink} className="page--compare">
      {dossier.loading ? <p role="status">Laden…</p> : null}
      {dossier.data && versions.length < 2 ? <p className="notice">Dit plan heeft nog maar één versie; er is niets te vergelijken.</p> : null}
      {versions.length >= 2 ? (
        <div className="toolbar compare-pick">
          <VersionPick id="vgl-oud" label="Oudere versie" versions={versions} value={left} onChange={setOldId} />
          <span aria-hidden="true" className="compare-arrow">
            →
          </span>
          <VersionPick id="vgl-nieuw" label="Nieuwere versie" versions={versions} value={right} onChange={setNewId} />
          {right ? (
            <Link to={versionPath(id, right)} className="button">
              Nieuwere versie openen
            </Link>
          ) : null}
        </div>
      ) : null}
      {left && right && left === right ? <p className="notice">Kies twee verschillende versies.</p> : null}
      {left && right && left !== right ? <LoadedComparison left={left} right={right} set={set} /> : null}
    </Page>
  );
}
