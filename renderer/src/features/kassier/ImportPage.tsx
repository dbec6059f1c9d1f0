/**
 * Kassier → Importeren: the casemanagers' signed bundles (several at once), and the
 * CSV of member organisations that do not use Schotvrij. Every file is accepted
 * whole, reported as a duplicate (re-importing changes nothing), or refused whole
 * with the reasons per line (docs/formats.md §1). A verified backup comes first.
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { ImportReport } from '../../../../shared/contract/index';
import { onProgress } from '../../api';
import { announce } from '../../app/announcer';
import { IMPORT_STATUS_LABEL, REFUSAL_LABEL } from '../../app/labels';
import { ErrorNotice, ErrorSummary, Field, FormActions, type SummaryItem } from '../../ui/form';
import { countOf, formatCount } from '../../ui/format';
import { Page } from '../../ui/Page';
import { useOrganisations } from '../dossier/dossier-data';
import { monthLabel } from '../uren/time-format';
import { useImportStore } from './import-store';
import { KassierNav } from './KassierNav';

const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

export function summaryLine(reports: readonly ImportReport[]): string {
  const n = (s: ImportReport['status']) => reports.filter((r) => r.status === s).length;
  return `Ingelezen ${n('accepted')} · dubbel ${n('duplicate')} · geweigerd ${n('refused')}`;
}

function Report({ r }: { r: ImportReport }) {
  const tone = r.status === 'accepted' ? 'ok' : r.status === 'duplicate' ? 'info' : 'error';
  return (
    <li className={`import-report import-report--${r.status}`}>
      <div className="import-report-head">
        <code className="path">{r.fileName}</code> <span className={`badge badge--${tone}`}>{IMPORT_STATUS_LABEL[r.status]}</span>
      </div>
      {r.status === 'accepted' ? (
        <p>
          {r.organisation ? `${r.organisation}` : ''}
          {r.period ? `, ${monthLabel(r.period)}` : ''}: {countOf(r.rows, 'regel', 'regels')}, waarvan {formatCount(r.accepted)} nieuw
          {r.duplicate ? ` en ${formatCount(r.duplicate)} al aanwezig` : ''}.
          {r.keptColumns.length ? ` Onbekende kolommen bewaard: ${r.keptColumns.join(', ')}.` : ''}
        </p>
      ) : null}
      {r.status === 'duplicate' ? (
        <p>
          Dit bestand is al eerder ingelezen{r.organisation ? ` (${r.organisation}${r.period ? `, ${monthLabel(r.period)}` : ''})` : ''}. Er is niets veranderd.
        </p>
      ) : null}
      {r.status === 'refused' ? (
        <>
          <p>Het hele bestand is geweigerd; er is niets van ingelezen.</p>
          <ul className="import-reasons" aria-label={`Redenen van weigering van ${r.fileName}`}>
            {r.reasons.map((x, i) => (
              <li key={i}>
                <strong>{REFUSAL_LABEL[x.code] ?? x.code}:</strong> {x.message}
                {x.field && x.line > 0 ? <span className="muted"> (regel {x.line}, veld {x.field})</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </li>
  );
}

function Progress() {
  const running = useImportStore((s) => s.running);
  const progress = useImportStore((s) => s.progress);
  if (!progress) return null;
  const rowsFraction = running && progress.rows && progress.rows.total > 0 ? Math.min(1, progress.rows.done / progress.rows.total) : 0;
  const fraction = Math.min(1, (progress.filesDone + (progress.filesDone < progress.files ? rowsFraction : 0)) / progress.files);
  const percent = Math.round(fraction * 100);
  return (
    <div className="import-progress">
      <progress id="import-voortgang" max={100} value={percent} aria-label="Voortgang van het inlezen" aria-describedby="import-voortgang-tekst" />
      <p id="import-voortgang-tekst" className="import-progress-text" role="status">
        {running
          ? `Bestand ${Math.min(progress.filesDone + 1, progress.files)} van ${progress.files}${progress.current ? `: ${progress.current}` : ''}${
              progress.rows ? ` — ${formatCount(progress.rows.done)} van ${formatCount(progress.rows.total)} regels verwerkt` : ''
            } (${percent}%)`
          : `Klaar: ${progress.filesDone} van ${countOf(progress.files, 'bestand', 'bestanden')} verwerkt${progress.rows ? `; laatste bundel ${formatCount(progress.rows.done)} van ${formatCount(progress.rows.total)} regels` : ''}.`}
      </p>
    </div>
  );
}

function Results() {
  const reports = useImportStore((s) => s.reports);
  const error = useImportStore((s) => s.error);
  if (reports.length === 0 && !error) return null;
  const backup = reports.find((r) => r.backupFile)?.backupFile;
  return (
    <section className="card" aria-labelledby="kop-uitkomst">
      <h2 id="kop-uitkomst" className="card-title">
        Uitkomst
      </h2>
      <ErrorNotice>{error}</ErrorNotice>
      {reports.length ? (
        <>
          <p className="import-summary" data-testid="import-samenvatting">
            <strong>{summaryLine(reports)}</strong>
          </p>
          <ul className="import-reports" aria-label="Uitkomst per bestand">
            {reports.map((r, i) => (
              <Report key={`${r.fileName}-${i}`} r={r} />
            ))}
          </ul>
          {backup ? (
            <p className="hint-line">
              Vóór het inlezen is een gecontroleerde reservekopie gemaakt: <code className="path">{fileName(backup)}</code>.
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function BundleForm() {
  const running = useImportStore((s) => s.running);
  const [files, setFiles] = useState<File[]>([]);
  const [error, setError] = useState<string | undefined>(undefined);
  const [inputKey, setInputKey] = useState(0);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (running) return;
    if (files.length === 0) {
      setError('Kies een of meer bundelbestanden (.zip).');
      document.getElementById('bundels')?.focus();
      return;
    }
    setError(undefined);
    const reports = await useImportStore.getState().importBundles(files);
    announce(`Inlezen klaar. ${summaryLine(reports)}.`);
    setFiles([]);
    setInputKey((k) => k + 1);
  };

  const summary: SummaryItem[] = error ? [{ fieldId: 'bundels', message: error }] : [];
  return (
    <form className="form card" noValidate aria-labelledby="kop-bundels" onSubmit={(e) => void submit(e)}>
      <h2 id="kop-bundels" className="card-title">
        Bundels van casemanagers
      </h2>
      <p>Kies de bestanden die de casemanagers u stuurden (registraties-….schotvrij.zip). U kunt er meerdere tegelijk kiezen; de volgorde maakt niet uit.</p>
      <ErrorSummary items={summary} />
      <Field id="bundels" label="Bundelbestanden (.zip)" hint="Alleen bundels van vertrouwde installaties worden aangenomen." error={error} className="field--l">
        {(a) => (
          <input
            key={inputKey}
            {...a}
            className="input input--file"
            type="file"
            accept=".zip,application/zip"
            multiple
            onChange={(e) => {
              setFiles(Array.from(e.target.files ?? []));
              setError(undefined);
            }}
          />
        )}
      </Field>
      <FormActions submitLabel={files.length > 1 ? `${files.length} bestanden inlezen` : 'Inlezen'} busy={running} busyLabel="Bezig met inlezen…" />
    </form>
  );
}

function CsvForm() {
  const running = useImportStore((s) => s.running);
  const organisations = useOrganisations();
  const orgs = (organisations.data ?? []).filter((o) => o.agb);
  const [agb, setAgb] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<{ org?: string; file?: string }>({});
  const [inputKey, setInputKey] = useState(0);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (running) return;
    const next = { org: agb ? undefined : 'Kies de organisatie van wie dit bestand is.', file: file ? undefined : 'Kies het CSV-bestand.' };
    setErrors(next);
    if (next.org || next.file) {
      document.getElementById(next.org ? 'csv-organisatie' : 'csv-bestand')?.focus();
      return;
    }
    const report = await useImportStore.getState().importCsv(file!, agb);
    if (report) announce(`CSV ingelezen: ${IMPORT_STATUS_LABEL[report.status]}.`);
    setFile(null);
    setInputKey((k) => k + 1);
  };

  const summary: SummaryItem[] = [
    ...(errors.org ? [{ fieldId: 'csv-organisatie', message: errors.org }] : []),
    ...(errors.file ? [{ fieldId: 'csv-bestand', message: errors.file }] : []),
  ];
  return (
    <form className="form card" noValidate aria-labelledby="kop-csv" onSubmit={(e) => void submit(e)}>
      <h2 id="kop-csv" className="card-title">
        CSV van organisaties zonder Schotvrij
      </h2>
      <p>
        Een lidorganisatie die haar uren elders registreert, levert een CSV volgens het afgesproken formaat (kolommen als <code>registratie_id</code>, <code>datum</code>, <code>minuten</code> of{' '}
        <code>uren</code>, <code>activiteit</code>, <code>financier</code>). Scheidingsteken <code>;</code> of <code>,</code>; een decimale komma mag.
      </p>
      <ErrorSummary items={summary} />
      <div className="form-row">
        <Field id="csv-organisatie" label="Organisatie" required error={errors.org} className="field--m">
          {(a) => (
            <select {...a} className="input" value={agb} onChange={(e) => setAgb(e.target.value)}>
              <option value="">{organisations.loading ? 'Laden…' : 'Kies…'}</option>
              {orgs.map((o) => (
                <option key={o.id} value={o.agb!}>
                  {o.name} (AGB {o.agb})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="csv-bestand" label="CSV-bestand" required error={errors.file} className="field--m">
          {(a) => <input key={inputKey} {...a} className="input input--file" type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />}
        </Field>
      </div>
      <FormActions submitLabel="CSV inlezen" busy={running} busyLabel="Bezig met inlezen…" />
    </form>
  );
}

export function ImportPage() {
  // Progress of the row writing comes as events from the core, whatever transport.
  useEffect(() => onProgress('import', (e) => useImportStore.getState().rowsProgress(e.done, e.total)), []);
  return (
    <Page title="Importeren" heading="Importeren" intro={<p>Lees de uren van de casemanagers in. Een bestand gaat helemaal in of helemaal niet; twee keer inlezen telt nooit dubbel.</p>}>
      <KassierNav />
      <BundleForm />
      <Progress />
      <Results />
      <CsvForm />
    </Page>
  );
}
