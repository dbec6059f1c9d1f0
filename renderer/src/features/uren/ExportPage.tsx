/**
 * Uren → Exporteren: one month of registrations as a signed bundle for the
 * kassier (docs/formats.md §1). The preview says what goes (new rows, corrections,
 * removals, minutes) and warns about corrections waiting in other months; after
 * the export those rows are fixed. Earlier bundles can be downloaded again — a lost
 * download never loses hours. Plus a CSV of the month for the casemanager.
 */
import { useState } from 'react';
import { downloadFile, errorMessage } from '../../api';
import { announce } from '../../app/announcer';
import { ErrorNotice } from '../../ui/form';
import { countOf, formatDateTimeShort, useToday } from '../../ui/format';
import { Page } from '../../ui/Page';
import { ScrollArea } from '../../ui/ScrollArea';
import { registrationsCsv } from './people-csv';
import { formatMinutes, monthEnd, monthLabel, shiftMonth } from './time-format';
import { UrenNav } from './UrenNav';
import { bytesOf, registrationCommands, registrationsBetween, useExportBatches, useExportPreview } from './uren-data';
import { LoadFailure } from '../../ui/LoadFailure';

const ZIP = 'application/zip';

function Preview({ period }: { period: string }) {
  const preview = useExportPreview(period);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const p = preview.data;

  const run = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const { batch, base64 } = await registrationCommands.exportMonth(period);
      downloadFile(batch.fileName, bytesOf(base64), ZIP);
      announce(`Export van ${monthLabel(period)} gemaakt: ${countOf(batch.rowCount, 'regel', 'regels')} in ${batch.fileName}. Stuur dit bestand naar de kassier.`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="kop-voorbeeld">
      <h2 id="kop-voorbeeld" className="card-title">
        Wat gaat er mee: {monthLabel(period)}
      </h2>
      <LoadFailure query={preview} what="Het overzicht" />
      {p ? (
        <>
          <dl className="facts facts--compact export-facts" aria-label={`Export van ${monthLabel(period)}`}>
            <div>
              <dt>Regels</dt>
              <dd className="tabular" data-testid="export-rows">
                {p.rows}
              </dd>
            </div>
            <div>
              <dt>Waarvan correcties</dt>
              <dd className="tabular">{p.corrections}</dd>
            </div>
            <div>
              <dt>Waarvan vervallen</dt>
              <dd className="tabular">{p.tombstones}</dd>
            </div>
            <div>
              <dt>Tijd</dt>
              <dd className="tabular">
                <span data-testid="export-minutes">{p.minutes}</span> minuten ({formatMinutes(p.minutes)})
              </dd>
            </div>
          </dl>
          {p.otherPeriods.length ? (
            <div className="notice notice--warn" role="note">
              <p>
                <strong>Er wachten ook correcties in andere maanden:</strong>{' '}
                {p.otherPeriods.map((o) => `${monthLabel(o.period)} (${countOf(o.rows, 'regel', 'regels')})`).join(', ')}. Exporteer die maanden ook, anders ziet de kassier de oude versie.
              </p>
            </div>
          ) : null}
          {p.bsnClients > 0 && p.rows > 0 ? (
            p.bsnRecipient ? (
              <p className="notice notice--ok" role="note">
                De BSN’s van {countOf(p.bsnClients, 'cliënt', 'cliënten')} gaan versleuteld mee: alleen {p.bsnRecipient} kan ze lezen.
              </p>
            ) : (
              <div className="notice notice--warn" role="note">
                <p>
                  <strong>De BSN’s gaan niet mee</strong> ({countOf(p.bsnClients, 'cliënt', 'cliënten')}): u heeft de kassier nog niet vertrouwd. Lees het identiteitsbestand van de kassier in bij Beheer →
                  Identiteit; dan gaan de BSN’s versleuteld mee.
                </p>
              </div>
            )
          ) : null}
          {p.rows === 0 ? (
            <p className="muted">Er is in {monthLabel(period)} niets nieuws of gecorrigeerds om te exporteren.</p>
          ) : (
            <>
              <p>
                Na het exporteren liggen deze registraties vast. Een wijziging wordt dan een correctie met een reden, die met de volgende export meegaat. Het bestand is ondertekend: de kassier ziet het als
                er iets aan verandert.
              </p>
              <ErrorNotice>{error}</ErrorNotice>
              <div className="form-actions">
                <button type="button" className="button button--primary" aria-disabled={busy || undefined} onClick={() => void run()}>
                  {busy ? 'Bezig met exporteren…' : `${monthLabel(period)} exporteren en downloaden`}
                </button>
              </div>
            </>
          )}
        </>
      ) : preview.loading ? (
        <p role="status">Laden…</p>
      ) : null}
    </section>
  );
}

function Batches() {
  const batches = useExportBatches();
  const [error, setError] = useState<string | null>(null);

  const again = async (batchId: string) => {
    setError(null);
    try {
      const { fileName, base64 } = await registrationCommands.download(batchId);
      downloadFile(fileName, bytesOf(base64), ZIP);
      announce(`${fileName} opnieuw gedownload.`);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <section className="card" aria-labelledby="kop-eerdere">
      <h2 id="kop-eerdere" className="card-title">
        Eerdere exports
      </h2>
      <ErrorNotice>{error}</ErrorNotice>
      {batches.data && batches.data.length === 0 ? <p className="muted">U heeft nog niets geëxporteerd.</p> : null}
      {batches.data && batches.data.length > 0 ? (
        <ScrollArea label="Eerdere exports">
          <table className="table" aria-labelledby="kop-eerdere">
            <thead>
              <tr>
                <th scope="col" className="num">
                  Nr.
                </th>
                <th scope="col">Maand</th>
                <th scope="col" className="num">
                  Regels
                </th>
                <th scope="col">Gemaakt op</th>
                <th scope="col">Bestand</th>
                <th scope="col">
                  <span className="visually-hidden">Acties</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {batches.data.map((b) => (
                <tr key={b.id}>
                  <td className="num tabular">{b.seq}</td>
                  <td>{monthLabel(b.period)}</td>
                  <td className="num tabular">{b.rowCount}</td>
                  <td className="tabular">{formatDateTimeShort(b.createdAt)}</td>
                  <td>
                    <code className="path">{b.fileName}</code>
                  </td>
                  <td>
                    <button type="button" className="button button--small" onClick={() => void again(b.id)} aria-label={`Opnieuw downloaden: ${b.fileName}`}>
                      Opnieuw downloaden
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      ) : null}
    </section>
  );
}

export function ExportPage() {
  const today = useToday();
  const thisMonth = today.slice(0, 7);
  const [period, setPeriod] = useState(thisMonth);
  const [csvError, setCsvError] = useState<string | null>(null);
  const months = Array.from({ length: 13 }, (_, i) => shiftMonth(thisMonth, -i));

  const csv = async () => {
    setCsvError(null);
    try {
      const rows = await registrationsBetween(`${period}-01`, monthEnd(period));
      downloadFile(`uren-${period}.csv`, registrationsCsv(rows), 'text/csv;charset=utf-8');
      announce(`CSV van ${monthLabel(period)} gedownload (${countOf(rows.length, 'registratie', 'registraties')}).`);
    } catch (e) {
      setCsvError(errorMessage(e));
    }
  };

  return (
    <Page
      title="Uren exporteren"
      heading="Uren exporteren"
      className="page--uren"
      intro={<p>Exporteer per maand een ondertekend bestand voor de kassier. U kunt een export altijd opnieuw downloaden.</p>}
    >
      <UrenNav />
      <div className="toolbar">
        <div className="toolbar-field">
          <label htmlFor="export-maand">Maand</label>
          <select id="export-maand" className="input" value={period} onChange={(e) => setPeriod(e.target.value)}>
            {months.map((m) => (
              <option key={m} value={m}>
                {monthLabel(m)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button" onClick={() => void csv()}>
          CSV van {monthLabel(period)} (voor uzelf)
        </button>
      </div>
      <ErrorNotice>{csvError}</ErrorNotice>
      <Preview key={period} period={period} />
      <Batches />
    </Page>
  );
}
