/**
 * "Wie heeft dit dossier ingezien" on paper (`/clienten/:id/inzage/afdrukken?van=&tot=`),
 * for the client who asks for it. The same sheet and print path as the plan
 * (features/plan/PrintPage.tsx): a route without header or menu, `printDocument`
 * (Electron's printToPDF with a save dialog, else the browser's print dialog) and
 * the print rules in styles.css.
 */
import { useEffect, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { AuditEntry } from '../../../../shared/contract/index';
import { formatDateNl } from '../../../../shared/domain/dates';
import { displayName } from '../../../../shared/domain/names';
import { usePrint } from '../../ui/use-print';
import { useQuery } from '../../app/use-query';
import { Fact } from '../../ui/Fact';
import { formatDateTime } from '../../ui/format';
import { useDocumentTitle } from '../../ui/Page';
import { useAuditLog } from './audit-log';
import { AccessRows, AccessTableHead, periodSearch } from './ClientAccessTab';
import { periodText, type Period } from './PeriodFilter';

/** More than this is not a sheet of paper any more; the screen says so. */
const MAX_PRINT = 5000;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function AccessPrintPage() {
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  useDocumentTitle('Inzage in het dossier afdrukken');
  const van = search.get('van');
  const tot = search.get('tot');
  const period: Period = { ...(van && ISO.test(van) ? { from: van } : {}), ...(tot && ISO.test(tot) ? { to: tot } : {}) };
  const header = useQuery('clients.header', { id }, ['client']);
  const log = useAuditLog({ clientId: id, ...period }, 0);
  const [printedAt] = useState(() => Date.now());
  const { printState, print } = usePrint({ clientId: id, objectType: 'audit_log', objectId: null });

  const total = log.total ?? 0;
  const count = Math.min(total, MAX_PRINT);
  useEffect(() => {
    if (log.total !== null && count > 0) log.cache.want(0, count - 1);
  }, [log.cache, log.total, count]);
  const ready = log.total !== null && log.cache.has(count);


  const h = header.data;
  const when = periodText(period);
  const toolbar = (
    <div className="print-toolbar">
      <Link to={{ pathname: `/clienten/${id}/inzage`, search: periodSearch(period) }} className="back-link">
        <span aria-hidden="true">← </span>Terug naar het dossier
      </Link>
      {h && ready ? (
        <button type="button" className="button button--primary" aria-disabled={printState.busy || undefined} onClick={() => void print('Inzage in het dossier.pdf')}>
          {printState.busy ? 'Bezig met afdrukken…' : 'Afdrukken of opslaan als PDF'}
        </button>
      ) : null}
      <span className={printState.failed ? 'print-toolbar-hint save-error' : 'muted print-toolbar-hint'} role="status">
        {printState.message ?? 'Zo ziet het overzicht er op papier uit (A4).'}
      </span>
    </div>
  );

  if (!h || !ready) {
    const failed = header.error || log.error;
    return (
      <div className="print-frame">
        {toolbar}
        <main id="inhoud" className="print-sheet" tabIndex={-1}>
          <h1 tabIndex={-1}>Inzage in het dossier</h1>
          <p role="status">{failed ? 'Het overzicht kon niet worden geladen.' : 'Het overzicht wordt geladen…'}</p>
        </main>
      </div>
    );
  }

  const rows: AuditEntry[] = [];
  for (let i = 0; i < count; i++) {
    const r = log.cache.row(i);
    if (r) rows.push(r);
  }
  const name = displayName(h);
  return (
    <div className="print-frame">
      {toolbar}
      <main id="inhoud" className="print-sheet" tabIndex={-1} data-testid="afdruk">
        <header className="print-header">
          <p className="print-kicker">Toegangslog · NEN 7513</p>
          <h1 tabIndex={-1}>Wie heeft het dossier van {name} ingezien</h1>
          <dl className="print-facts print-facts--head">
            <Fact label="Geboortedatum">{formatDateNl(h.geboortedatum)}</Fact>
            <Fact label="Periode">{when ? when.charAt(0).toUpperCase() + when.slice(1) : 'Alles wat in het toegangslog staat'}</Fact>
            <Fact label="Organisatie">{h.organisationName ?? '—'}</Fact>
            <Fact label="Afgedrukt op">{formatDateTime(printedAt)}</Fact>
          </dl>
        </header>
        <section className="print-section">
          <h2>Overzicht</h2>
          {rows.length === 0 ? (
            <p>In deze periode heeft niemand in deze installatie het dossier ingezien of gewijzigd.</p>
          ) : (
            <table className="table table--compact">
              <caption className="visually-hidden">Wie heeft het dossier ingezien, nieuwste eerst</caption>
              <AccessTableHead />
              <tbody>
                <AccessRows rows={rows} />
              </tbody>
            </table>
          )}
          {total > count ? (
            <p>
              Dit zijn de nieuwste {count} van {total} regels. Kies een kortere periode voor een volledig overzicht.
            </p>
          ) : null}
        </section>
        <footer className="print-footer">
          <p>
            Dit overzicht komt uit het toegangslog van Schotvrij op deze computer. Het log legt vast wie het dossier opende, wijzigde, exporteerde of afdrukte — niet wat er in stond.
            Vragen? Neem contact op met {h.casemanagerName ?? 'uw casemanager'}
            {h.organisationName ? ` van ${h.organisationName}` : ''}.
          </p>
        </footer>
      </main>
    </div>
  );
}
