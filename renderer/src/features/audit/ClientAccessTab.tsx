/**
 * Dossier → Inzage: "Wie heeft dit dossier ingezien" — the access log of this one
 * client (NEN 7513), newest first, per period, in plain Dutch. The client has a
 * right to this overview (AVG art. 15); "Afdrukken / PDF" opens the paper version.
 */
import { useState } from 'react';
import { Link } from 'react-router';
import type { AuditEntry } from '../../../../shared/contract/index';
import { auditActionLabel } from '../../app/labels';
import { countOf, formatDateTimeShort } from '../../ui/format';
import { useAuditLog } from './audit-log';
import { PeriodFilter, periodText, type Period } from './PeriodFilter';

const STEP = 100;

export function periodSearch(p: Period): string {
  const q = new URLSearchParams();
  if (p.from) q.set('van', p.from);
  if (p.to) q.set('tot', p.to);
  const s = q.toString();
  return s ? `?${s}` : '';
}

export function AccessRows({ rows }: { rows: readonly AuditEntry[] }) {
  return (
    <>
      {rows.map((e) => (
        <tr key={e.seq}>
          <td className="tabular nowrap">{formatDateTimeShort(e.at)}</td>
          <td>{e.user}</td>
          <td>{e.onBehalfOf ?? '—'}</td>
          <td>{auditActionLabel(e)}</td>
        </tr>
      ))}
    </>
  );
}

export function AccessTableHead() {
  return (
    <thead>
      <tr>
        <th scope="col">Datum en tijd</th>
        <th scope="col">Gebruiker</th>
        <th scope="col">Namens</th>
        <th scope="col">Handeling</th>
      </tr>
    </thead>
  );
}

export function ClientAccessTab({ clientId }: { clientId: string }) {
  const [period, setPeriod] = useState<Period>({});
  const [refresh, setRefresh] = useState(0);
  const [shown, setShown] = useState(STEP);
  const log = useAuditLog({ clientId, ...period }, refresh);
  const total = log.total ?? 0;
  const count = Math.min(shown, total);
  const rows: AuditEntry[] = [];
  for (let i = 0; i < count; i++) {
    const r = log.cache.row(i);
    if (r) rows.push(r);
  }
  const more = () => {
    const next = shown + STEP;
    setShown(next);
    log.cache.want(0, next - 1);
  };
  const when = periodText(period);

  return (
    <section aria-labelledby="kop-inzage" className="access-log">
      <div className="card-head">
        <h2 id="kop-inzage" className="card-title">
          Wie heeft dit dossier ingezien
        </h2>
        <Link to={{ pathname: `/clienten/${clientId}/inzage/afdrukken`, search: periodSearch(period) }} className="button">
          Afdrukken / PDF
        </Link>
      </div>
      <p>
        Elke keer dat iemand in deze installatie dit dossier opent, wijzigt, exporteert of afdrukt, legt Schotvrij vast wie dat deed, wanneer en namens welke organisatie (het
        toegangslog, NEN 7513). De cliënt heeft recht op dit overzicht.
      </p>
      <PeriodFilter
        idPrefix="inzage"
        value={period}
        onChange={(p) => {
          setPeriod(p);
          setShown(STEP);
        }}
      >
        <button type="button" className="button button--quiet" onClick={() => setRefresh((n) => n + 1)}>
          Vernieuwen
        </button>
      </PeriodFilter>
      <p role="status" className="muted access-log-count">
        {log.loading ? 'Het toegangslog wordt geladen…' : log.total !== null ? `${countOf(total, 'regel', 'regels')}${when ? ` ${when}` : ''}.` : ''}
      </p>
      <LogLoadError error={log.error} onRetry={() => setRefresh((n) => n + 1)} />
      {total > 0 ? (
        <div className="table-scroll">
          <table className="table table--compact" aria-labelledby="kop-inzage">
            <AccessTableHead />
            <tbody>
              <AccessRows rows={rows} />
            </tbody>
          </table>
        </div>
      ) : log.total === 0 ? (
        <p className="muted">Geen regels in deze periode.</p>
      ) : null}
      {count < total ? (
        <p>
          <button type="button" className="button" onClick={more}>
            Meer tonen
          </button>{' '}
          <span className="muted">
            {rows.length} van {total} getoond
          </span>
        </p>
      ) : null}
    </section>
  );
}

/** The access log could not be read: say so, and offer to try again. */
export function LogLoadError({ error, onRetry }: { error: string | null | undefined; onRetry: () => void }) {
  if (!error) return null;
  return (
    <div className="notice notice--error" role="alert">
      <p>Het toegangslog kon niet worden geladen: {error}</p>
      <button type="button" className="button" onClick={onRetry}>
        Opnieuw proberen
      </button>
    </div>
  );
}
