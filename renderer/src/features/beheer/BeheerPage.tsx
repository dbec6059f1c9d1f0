import { useEffect } from 'react';
import { Link } from 'react-router';
import { announce } from '../../app/announcer';
import { ROLE_LABEL, tableLabel, VERIFY_CHECK_LABEL, WORKSPACE_KIND_LABEL } from '../../app/labels';
import { useQuery } from '../../app/use-query';
import { formatBytes, formatCount, formatDateTime } from '../../ui/format';
import { Page } from '../../ui/Page';
import { useWorkspaceStore } from '../workspace/workspace-store';
import { useBeheerStore } from './beheer-store';
import { BeheerNav } from './BeheerNav';
import { FolderWarning } from './FolderWarning';

const MODE_LABEL = { electron: 'Desktop-app', browser: 'Browsermodus (lokaal op deze computer)', test: 'Testmodus' } as const;

function QueryError({ what, onRetry }: { what: string; onRetry: () => void }) {
  return (
    <div className="notice notice--error" role="alert">
      <p>{what} kon niet worden geladen.</p>
      <button type="button" className="button" onClick={onRetry}>
        Opnieuw proberen
      </button>
    </div>
  );
}

export function BeheerPage() {
  // Counts change with every write; the version and path only when the workspace changes.
  const info = useQuery('system.info', undefined, ['installation']);
  const stats = useQuery('system.stats', undefined, 'all');
  const status = useWorkspaceStore((s) => s.status);

  const verifyPending = useBeheerStore((s) => s.verifyPending);
  const verifyError = useBeheerStore((s) => s.verifyError);
  const verifyResult = useBeheerStore((s) => s.verifyResult);
  const { verify, reset } = useBeheerStore.getState();

  // Results of an earlier visit (or another workspace) are not shown again.
  useEffect(() => reset, [reset]);

  const onVerify = async () => {
    await verify();
    const r = useBeheerStore.getState().verifyResult;
    if (r) announce(r.ok ? 'Controle klaar: de database is in orde.' : 'Controle klaar: er zijn problemen gevonden.');
  };

  const i = info.data;
  const s = stats.data;
  const inst = i?.installation ?? null;

  return (
    <Page title="Beheer" heading="Beheer" intro={<p>Gegevens over deze installatie, reservekopieën en de controle van de database.</p>} className="page--beheer">
      <BeheerNav />
      <FolderWarning />
      <div className="beheer-grid">
        <section className="card" aria-labelledby="kop-installatie">
          <h2 id="kop-installatie" className="card-title">
            Deze installatie
          </h2>
          {info.error && !i ? <QueryError what="De installatiegegevens" onRetry={info.reload} /> : null}
          {i ? (
            <dl className="facts facts--compact">
              <div>
                <dt>Versie van Schotvrij</dt>
                <dd className="tabular">{i.appVersion}</dd>
              </div>
              <div>
                <dt>Databaseschema</dt>
                <dd>
                  versie {i.schemaVersion} van {i.latestSchemaVersion}
                  {i.schemaVersion === i.latestSchemaVersion ? <span className="muted"> (actueel)</span> : null}
                </dd>
              </div>
              <div>
                <dt>Databasebestand</dt>
                <dd>
                  <code className="path">{i.dbPath}</code>
                </dd>
              </div>
              <div>
                <dt>Versleuteld</dt>
                <dd>{i.encrypted ? 'Ja' : 'Nee'}</dd>
              </div>
              {status?.active ? (
                <div>
                  <dt>Omgeving</dt>
                  <dd>{WORKSPACE_KIND_LABEL[status.active.kind]}</dd>
                </div>
              ) : null}
              {status ? (
                <div>
                  <dt>Werkwijze</dt>
                  <dd>{MODE_LABEL[status.mode]}</dd>
                </div>
              ) : null}
              {inst ? (
                <>
                  <div>
                    <dt>Organisatie</dt>
                    <dd>
                      {inst.organisationName}
                      {inst.organisationAgb ? <span className="muted"> (AGB {inst.organisationAgb})</span> : null}
                    </dd>
                  </div>
                  <div>
                    <dt>Rol en gebruiker</dt>
                    <dd>
                      {ROLE_LABEL[inst.role]}, {inst.userName}
                    </dd>
                  </div>
                  <div>
                    <dt>Netwerk</dt>
                    <dd>{inst.networkName}</dd>
                  </div>
                </>
              ) : null}
            </dl>
          ) : info.loading ? (
            <p role="status">Laden…</p>
          ) : null}
        </section>

        <section className="card" aria-labelledby="kop-aantallen">
          <h2 id="kop-aantallen" className="card-title">
            Gegevens in de database
          </h2>
          {stats.error && !s ? <QueryError what="De aantallen" onRetry={stats.reload} /> : null}
          {s ? (
            <>
              <table className="table table--compact">
                <caption className="visually-hidden">Aantal records per tabel</caption>
                <thead>
                  <tr>
                    <th scope="col">Soort gegevens</th>
                    <th scope="col" className="num">
                      Aantal
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {Object.entries(s.counts).map(([table, n]) => (
                    <tr key={table}>
                      <th scope="row">{tableLabel(table)}</th>
                      <td className="num tabular">{formatCount(n)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className="muted">Grootte van de database: {formatBytes(s.dbSizeBytes)}</p>
            </>
          ) : stats.loading ? (
            <p role="status">Laden…</p>
          ) : null}
        </section>
      </div>

      <section className="card" aria-labelledby="kop-backups">
        <div className="card-head">
          <h2 id="kop-backups" className="card-title">
            Reservekopieën
          </h2>
          <Link to="/beheer/reservekopieen" className="button">
            Reservekopieën bekijken of terugzetten
          </Link>
        </div>
        <p>
          Schotvrij maakt elke dag bij het eerste openen een reservekopie, en vóór elke database-update. Elke kopie wordt direct gecontroleerd.{' '}
          {s ? (
            s.lastBackup ? (
              <>
                Laatste reservekopie: <strong>{formatDateTime(s.lastBackup.createdAt)}</strong>.
              </>
            ) : (
              <strong>Er is nog geen reservekopie.</strong>
            )
          ) : null}
        </p>
      </section>

      <section className="card" aria-labelledby="kop-controle">
        <div className="card-head">
          <h2 id="kop-controle" className="card-title">
            Database controleren
          </h2>
          <button type="button" className="button" aria-disabled={verifyPending || undefined} onClick={() => void (verifyPending ? undefined : onVerify())}>
            {verifyPending ? 'Bezig met controleren…' : 'Database controleren'}
          </button>
        </div>
        <p>Controleert het databasebestand volledig, de verwijzingen tussen gegevens en de databaseversie. Bij een grote database kan dit even duren.</p>
        {verifyError ? (
          <p className="notice notice--error" role="alert">
            De controle kon niet worden uitgevoerd: {verifyError}
          </p>
        ) : null}
        {verifyResult ? (
          <div className={`notice ${verifyResult.ok ? 'notice--ok' : 'notice--error'}`}>
            <p>
              <strong>{verifyResult.ok ? 'De database is in orde.' : 'Er zijn problemen gevonden. Maak geen wijzigingen en neem contact op met uw beheerder.'}</strong>
            </p>
            <ul className="check-list" aria-label="Uitkomst per controle">
              {verifyResult.checks.map((c) => (
                <li key={c.name} className={c.ok ? 'check check--ok' : 'check check--fail'}>
                  <span className="check-icon" aria-hidden="true">
                    {c.ok ? '✓' : '✗'}
                  </span>
                  <span className="check-name">{VERIFY_CHECK_LABEL[c.name] ?? c.name}</span>
                  <span className="check-result">{c.ok ? 'In orde' : 'Probleem'}</span>
                  <span className="check-message">{c.message}</span>
                  <code className="check-detail" lang="en">
                    {c.detail}
                  </code>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>
    </Page>
  );
}
