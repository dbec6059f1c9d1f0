/**
 * Plannen: the arrangeur's reminder list — agreed plans whose evaluation date has
 * passed or comes within the chosen window (`plans.dueEvaluations`), overdue
 * first and marked, each a link to the plan.
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { formatDateShortNl } from '../../../../shared/domain/dates';
import { errorMessage } from '../../api';
import { dateNl } from '../../ui/dates';
import { Page } from '../../ui/Page';
import { ScrollArea } from '../../ui/ScrollArea';
import { useDueEvaluations } from './plan-data';
import { versionPath } from './PlanTab';

const WINDOWS = [14, 30, 90] as const;

function when(daysLeft: number): { text: string; tone: 'error' | 'warn' | 'quiet' } {
  if (daysLeft < 0) return { text: `${-daysLeft} ${daysLeft === -1 ? 'dag' : 'dagen'} te laat`, tone: 'error' };
  if (daysLeft === 0) return { text: 'vandaag', tone: 'warn' };
  if (daysLeft <= 7) return { text: `over ${daysLeft} ${daysLeft === 1 ? 'dag' : 'dagen'}`, tone: 'warn' };
  return { text: `over ${daysLeft} dagen`, tone: 'quiet' };
}

export function PlansPage() {
  const [within, setWithin] = useState<number>(30);
  const due = useDueEvaluations(within);
  const rows = [...(due.data ?? [])].sort((a, b) => a.daysLeft - b.daysLeft);
  const overdue = rows.filter((r) => r.daysLeft < 0).length;

  return (
    <Page title="Plannen" heading="Plannen" intro={<p>Ondersteuningsplannen die u binnenkort samen met de cliënt evalueert. Te late evaluaties staan bovenaan.</p>}>
      <div className="toolbar">
        <div className="toolbar-field">
          <label htmlFor="plannen-termijn">Evaluaties tot</label>
          <select id="plannen-termijn" className="input" value={within} onChange={(e) => setWithin(Number(e.target.value))}>
            {WINDOWS.map((w) => (
              <option key={w} value={w}>
                {w} dagen vooruit
              </option>
            ))}
          </select>
        </div>
        <p className="toolbar-count" role="status">
          {due.data ? `${rows.length === 1 ? '1 plan' : `${rows.length} plannen`}${overdue ? `, waarvan ${overdue} te laat` : ''}` : 'Laden…'}
        </p>
      </div>
      {due.error && !due.data ? (
        <div className="notice notice--error" role="alert">
          <p>De lijst kon niet worden geladen: {errorMessage(due.error)}</p>
        </div>
      ) : null}
      {due.data && rows.length === 0 ? (
        <div className="empty-state">
          <h2>Geen evaluaties in deze periode</h2>
          <p>Er zijn geen vastgestelde plannen met een evaluatiedatum in de komende {within} dagen.</p>
        </div>
      ) : null}
      {rows.length > 0 ? (
        <ScrollArea label="Evaluaties" className="card card--flush">
          <table className="table due-table">
            <caption className="visually-hidden">Plannen met een evaluatie binnen {within} dagen, te late eerst</caption>
            <thead>
              <tr>
                <th scope="col">Cliënt</th>
                <th scope="col">Versie</th>
                <th scope="col">Evaluatiedatum</th>
                <th scope="col">Wanneer</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const w = when(r.daysLeft);
                return (
                  <tr key={r.versionId} className={r.daysLeft < 0 ? 'row-overdue' : undefined}>
                    <th scope="row">
                      <Link to={versionPath(r.clientId, r.versionId)}>{r.clientName}</Link>
                    </th>
                    <td>Versie {r.versionNo}</td>
                    <td>
                      {dateNl(r.evaluatiedatum)} <span className="muted">({formatDateShortNl(r.evaluatiedatum)})</span>
                    </td>
                    <td>
                      <span className={`badge badge--${w.tone}`}>{w.text}</span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollArea>
      ) : null}
    </Page>
  );
}
