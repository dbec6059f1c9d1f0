/**
 * Beheer → Toegangslog: the whole NEN 7513 access log of this installation, newest
 * first, virtualised (it grows with every dossier opened), filterable by kind of
 * event and period; at the top the hash-chain check (`audit.verify`).
 */
import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import type { AuditEntry } from '../../../../shared/contract/index';
import { errorMessage } from '../../api';
import { AUDIT_EVENT_LABEL, AUDIT_EVENTS_IN_ORDER, auditActionLabel, type AuditEvent } from '../../app/labels';
import { useQuery } from '../../app/use-query';
import { countOf, formatCount, formatDateTimeShort } from '../../ui/format';
import { Page } from '../../ui/Page';
import { VirtualTable, type Column } from '../../ui/VirtualTable';
import { BeheerNav } from '../beheer/BeheerNav';
import { useAuditLog } from './audit-log';
import { PeriodFilter, periodText, type Period } from './PeriodFilter';
import { LogLoadError } from './ClientAccessTab';

function VerifyResult() {
  const verify = useQuery('audit.verify', undefined, []);
  const v = verify.data;
  return (
    <section className="card" aria-labelledby="kop-logcontrole">
      <div className="card-head">
        <h2 id="kop-logcontrole" className="card-title">
          Controle van het log
        </h2>
        <button type="button" className="button" onClick={verify.reload}>
          Opnieuw controleren
        </button>
      </div>
      {verify.error && !v ? (
        <p className="notice notice--error" role="alert">
          De controle kon niet worden uitgevoerd: {errorMessage(verify.error)}
        </p>
      ) : !v ? (
        <p role="status">Het log wordt gecontroleerd…</p>
      ) : v.ok ? (
        <div className="notice notice--ok" data-testid="logcontrole">
          <p>
            <strong>Het log is compleet en ongewijzigd.</strong> {countOf(v.entries, 'regel', 'regels')} gecontroleerd
            {v.anchoredUpTo > 0 ? `; de regels tot en met nummer ${formatCount(v.anchoredUpTo)} zijn na de bewaartermijn verwijderd en in de controle samengevat` : ''}.
          </p>
          {v.detail ? (
            <code className="check-detail" lang="en">
              {v.detail}
            </code>
          ) : null}
        </div>
      ) : (
        <div className="notice notice--error" role="alert" data-testid="logcontrole">
          <p>
            <strong>Het log is niet in orde: {v.message}</strong>
          </p>
          {v.brokenAt !== null ? <p>De keten van het log is onderbroken bij regel {formatCount(v.brokenAt)}: vanaf daar is een regel gewijzigd, verwijderd of tussengevoegd.</p> : null}
          <p>Maak geen wijzigingen aan het log en meld dit bij de functionaris gegevensbescherming van uw organisatie.</p>
          {v.detail ? (
            <code className="check-detail" lang="en">
              {v.detail}
            </code>
          ) : null}
        </div>
      )}
    </section>
  );
}

const COLUMNS: readonly Column<AuditEntry>[] = [
  { id: 'seq', header: 'Nr.', width: '4rem', cell: (e) => <span className="tabular">{e.seq}</span>, align: 'end' },
  { id: 'at', header: 'Datum en tijd', width: '11.5rem', cell: (e) => <span className="tabular">{formatDateTimeShort(e.at)}</span> },
  { id: 'user', header: 'Gebruiker', width: 'minmax(9rem, 1fr)', cell: (e) => e.user },
  { id: 'onBehalfOf', header: 'Namens', width: 'minmax(10rem, 1.4fr)', cell: (e) => e.onBehalfOf ?? '—' },
  { id: 'action', header: 'Handeling', width: 'minmax(12rem, 1.6fr)', cell: (e) => auditActionLabel(e) },
  { id: 'client', header: 'Dossier', width: '5.5rem', cell: (e) => (e.clientId ? 'Cliënt' : '—') },
];

export function AuditLogPage() {
  const navigate = useNavigate();
  const [event, setEvent] = useState<AuditEvent | ''>('');
  const [period, setPeriod] = useState<Period>({});
  const [refresh, setRefresh] = useState(0);
  const [activeIndex, setActiveIndex] = useState(-1);
  const log = useAuditLog({ ...(event ? { event } : {}), ...period }, refresh);
  const { cache } = log;
  const onRangeChange = useCallback((first: number, last: number) => cache.want(first, last), [cache]);
  const getRow = useCallback((i: number) => cache.row(i), [cache]);
  const onOpen = useCallback((e: AuditEntry) => (e.clientId ? navigate(`/clienten/${encodeURIComponent(e.clientId)}/inzage`) : undefined), [navigate]);
  const when = periodText(period);

  return (
    <Page
      title="Toegangslog"
      heading="Toegangslog"
      intro={
        <p>
          Wie heeft wanneer welke gegevens ingezien, gewijzigd, geëxporteerd of teruggezet (NEN 7513). Het log bevat nooit de gegevens zelf. Elke regel is met de vorige verbonden, zodat
          een gewijzigde of verwijderde regel opvalt.
        </p>
      }
      className="page--beheer"
    >
      <BeheerNav />
      <VerifyResult />
      <section className="card" aria-labelledby="kop-logregels">
        <h2 id="kop-logregels" className="card-title">
          Regels
        </h2>
        <div className="audit-filters">
          <div className="field field--s">
            <label htmlFor="log-soort" className="field-label">
              Soort handeling
            </label>
            <select
              id="log-soort"
              className="input"
              value={event}
              onChange={(e) => {
                setEvent(e.target.value as AuditEvent | '');
                setActiveIndex(-1);
              }}
            >
              <option value="">Alle handelingen</option>
              {AUDIT_EVENTS_IN_ORDER.map((ev) => (
                <option key={ev} value={ev}>
                  {AUDIT_EVENT_LABEL[ev]}
                </option>
              ))}
            </select>
          </div>
          <PeriodFilter
            idPrefix="log"
            value={period}
            onChange={(p) => {
              setPeriod(p);
              setActiveIndex(-1);
            }}
          >
            <button type="button" className="button button--quiet" onClick={() => setRefresh((n) => n + 1)}>
              Vernieuwen
            </button>
          </PeriodFilter>
        </div>
        <p role="status" id="log-aantal" className="muted">
          {log.loading ? 'Het toegangslog wordt geladen…' : log.total !== null ? `${countOf(log.total, 'regel', 'regels')}${when ? ` ${when}` : ''}, nieuwste eerst.` : ''}
        </p>
        <LogLoadError error={log.error} onRetry={() => setRefresh((n) => n + 1)} />
        {log.total === 0 ? (
          <p className="muted">Geen regels die passen bij deze keuze.</p>
        ) : (
          <div className="audit-grid">
            <VirtualTable
              key={`${JSON.stringify([event, period])}-${refresh}`}
              id="toegangslog"
              label="Toegangslog"
              describedBy="log-aantal log-hint"
              columns={COLUMNS}
              rowCount={log.total ?? 0}
              busy={log.total === null}
              getRow={getRow}
              onRangeChange={onRangeChange}
              onOpen={onOpen}
              rowLabel={(e) => `${formatDateTimeShort(e.at)}, ${e.user}, ${auditActionLabel(e)}`}
              activeIndex={activeIndex}
              onActiveIndexChange={setActiveIndex}
            />
          </div>
        )}
        <p id="log-hint" className="hint-line">
          Gebruik de pijltjestoetsen om door het log te gaan. Enter op een regel over een cliënt opent wie dat dossier heeft ingezien.
        </p>
      </section>
    </Page>
  );
}
