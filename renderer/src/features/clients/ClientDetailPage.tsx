import { Link, useParams } from 'react-router';
import { ageOn, formatDateNl, formatDateShortNl } from '../../../../shared/domain/dates';
import { displayName } from '../../../../shared/domain/names';
import { isApiError } from '../../api';
import { BSN_STATUS_LABEL } from '../../app/labels';
import { formatDateTime, useToday } from '../../ui/format';
import { Page } from '../../ui/Page';
import { useClient } from './client-data';
import { StatusBadge } from './StatusBadge';

const backLink = (
  <Link to="/clienten" className="back-link">
    <span aria-hidden="true">← </span>Terug naar de cliëntenlijst
  </Link>
);

export function ClientDetailPage() {
  const { id = '' } = useParams();
  const { data: client, error, loading, reload } = useClient(id);
  const today = useToday();

  if (loading) {
    return (
      <Page title="Cliëntdossier" heading="Cliëntdossier" before={backLink}>
        <p role="status">Gegevens worden geladen…</p>
      </Page>
    );
  }

  if (!client) {
    const notFound = isApiError(error) && error.code === 'NOT_FOUND';
    return (
      <Page title={notFound ? 'Cliënt niet gevonden' : 'Cliëntdossier'} heading={notFound ? 'Cliënt niet gevonden' : 'Cliëntdossier'} before={backLink}>
        <div className="notice notice--error" role="alert">
          <p>{notFound ? 'Deze cliënt bestaat niet (meer) in deze omgeving.' : `De gegevens konden niet worden geladen. ${isApiError(error) ? error.message : ''}`}</p>
          {notFound ? null : (
            <button type="button" className="button" onClick={reload}>
              Opnieuw proberen
            </button>
          )}
        </div>
      </Page>
    );
  }

  const verified = client.bsnStatus !== 'unverified';

  return (
    // No client name in the window title: titles end up in task bars and screen-sharing previews.
    <Page title="Cliëntdossier" heading={displayName(client)} before={backLink} className="page--detail">
      <section aria-labelledby="kop-persoon" className="card">
        <h2 id="kop-persoon" className="card-title">
          Persoonsgegevens
        </h2>
        <dl className="facts">
          <div>
            <dt>Geboortedatum</dt>
            <dd>
              {formatDateNl(client.geboortedatum)} <span className="muted">({formatDateShortNl(client.geboortedatum)}, {ageOn(client.geboortedatum, today)} jaar)</span>
            </dd>
          </div>
          <div>
            <dt>BSN</dt>
            <dd>
              {client.bsn ? (
                <>
                  <span className="tabular">{client.bsn}</span>{' '}
                  <span className={`badge ${verified ? 'badge--ok' : 'badge--warn'}`}>{BSN_STATUS_LABEL[client.bsnStatus]}</span>
                  {verified ? null : (
                    <span className="fact-note">Het nummer voldoet aan de elfproef, maar is nog niet gecontroleerd via SBV-Z. Declareren kan pas na verificatie.</span>
                  )}
                </>
              ) : (
                <span className="muted">Nog niet bekend</span>
              )}
            </dd>
          </div>
          <div>
            <dt>Status</dt>
            <dd>
              <StatusBadge status={client.status} />
            </dd>
          </div>
          <div>
            <dt>Casemanager</dt>
            <dd>{client.casemanagerName ?? <span className="muted">Nog niet toegewezen</span>}</dd>
          </div>
          <div>
            <dt>Organisatie</dt>
            <dd>{client.organisationName ?? <span className="muted">Onbekend</span>}</dd>
          </div>
          {client.gemeenteCode ? (
            <div>
              <dt>Gemeentecode (CBS)</dt>
              <dd className="tabular">{client.gemeenteCode}</dd>
            </div>
          ) : null}
          <div>
            <dt>Ingeschreven</dt>
            <dd>{formatDateTime(client.createdAt)}</dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby="kop-later" className="card card--quiet">
        <h2 id="kop-later" className="card-title">
          Plan en tijdregistratie
        </h2>
        <p>Het integraal ondersteuningsplan, het netwerk rond de cliënt en de tijdregistratie komen in een volgende versie op deze pagina.</p>
      </section>
    </Page>
  );
}
