/**
 * Kassier → Ingelezen bundels: what was read in, from whom, for which month, and
 * how many rows were new. A bundle's sequence number shows gaps per installation
 * (a bundle that never arrived).
 */
import { formatCount, formatDateTimeShort } from '../../ui/format';
import { Page } from '../../ui/Page';
import { ScrollArea } from '../../ui/ScrollArea';
import { monthLabel } from '../uren/time-format';
import { useImportBatches } from './kassier-data';
import { KassierNav } from './KassierNav';
import { LoadFailure } from '../../ui/LoadFailure';

export function BatchesPage() {
  const batches = useImportBatches();
  const rows = batches.data ?? [];
  return (
    <Page title="Ingelezen bundels" heading="Ingelezen bundels" intro={<p>Elke bundel en elk CSV-bestand dat is ingelezen, nieuwste eerst.</p>}>
      <KassierNav />
      <section className="card" aria-labelledby="kop-ingelezen">
        <h2 id="kop-ingelezen" className="card-title">
          Bundels
        </h2>
        <LoadFailure query={batches} what="De lijst" />
        {batches.loading ? <p role="status">Laden…</p> : null}
        {batches.data && rows.length === 0 ? <p className="muted">Er is nog niets ingelezen. Lees bundels in bij Importeren.</p> : null}
        {rows.length ? (
          <ScrollArea label="Ingelezen bundels">
            <table className="table" aria-labelledby="kop-ingelezen">
              <thead>
                <tr>
                  <th scope="col">Ingelezen op</th>
                  <th scope="col">Organisatie</th>
                  <th scope="col">Soort</th>
                  <th scope="col">Maand</th>
                  <th scope="col" className="num">
                    Volgnr.
                  </th>
                  <th scope="col">Bestand</th>
                  <th scope="col" className="num">
                    Regels
                  </th>
                  <th scope="col" className="num">
                    Nieuw
                  </th>
                  <th scope="col" className="num">
                    Al aanwezig
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((b) => (
                  <tr key={b.id}>
                    <td className="tabular">{formatDateTimeShort(b.importedAt)}</td>
                    <td>
                      {b.organisationName ?? `AGB ${b.organisationAgb}`}
                      {b.organisationName ? <span className="muted"> (AGB {b.organisationAgb})</span> : null}
                    </td>
                    <td>{b.source === 'bundle' ? 'Bundel' : 'CSV'}</td>
                    <td>{b.period ? monthLabel(b.period) : '—'}</td>
                    <td className="num tabular">{b.seq ?? '—'}</td>
                    <td>
                      <code className="path">{b.fileName}</code>
                    </td>
                    <td className="num tabular">{formatCount(b.rows)}</td>
                    <td className="num tabular">{formatCount(b.accepted)}</td>
                    <td className="num tabular">{formatCount(b.duplicate)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollArea>
        ) : null}
      </section>
    </Page>
  );
}
