/**
 * One plan version (`/clienten/:id/plan/:versionId`). A concept is edited in
 * place: texts autosave, dates save when left, scores/goals/actions through
 * dialogs, and every change can be undone ("Ongedaan maken: …", or Ctrl+Z when
 * the focus is not in a text field). An agreed version is read-only; a change is
 * a new version.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { PlanVersionDetail } from '../../../../shared/contract/index';
import { downloadFile, errorMessage, isApiError } from '../../api';
import { announce } from '../../app/announcer';
import { CONSENT_METHOD_LABEL } from '../../app/labels';
import { DATE_HINT, dateNl, fromDateInput, toDateInput } from '../../ui/dates';
import { ErrorNotice, Field } from '../../ui/form';
import { Fact } from '../../ui/Fact';
import { formatDateTime } from '../../ui/format';
import { Page } from '../../ui/Page';
import { useDomainSets, useDossier, useSettings } from '../dossier/dossier-data';
import { saveStatus, useAutosave, type DateField, type TextField } from './autosave-store';
import { EstablishDialog } from './EstablishDialog';
import { EvaluateDialog } from './EvaluateDialog';
import { GoalsSection } from './GoalsSection';
import { planCommands, usePlanVersion } from './plan-data';
import { PlanStatusBadge, versionPath } from './PlanTab';
import { ScoresSection } from './ScoresSection';

function isTextEntry(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLTextAreaElement) return true;
  if (el instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(el.type);
  return el instanceof HTMLElement && el.isContentEditable;
}

function SaveIndicator() {
  const status = useAutosave(saveStatus);
  const error = useAutosave((s) => s.error);
  const savedAt = useAutosave((s) => s.savedAt);
  const flush = useAutosave((s) => s.flush);
  return (
    <div className="save-state">
      <p className={`save-indicator save-indicator--${status}`} role="status" aria-live="polite" aria-atomic="true" data-testid="opslagstatus">
        <span className="save-dot" aria-hidden="true" />
        {status === 'saved' ? 'Opgeslagen' : status === 'dirty' ? 'Niet opgeslagen' : 'Opslaan mislukt'}
        {status === 'saved' && savedAt ? <span className="muted save-time"> ({formatDateTime(savedAt).split(' om ')[1]})</span> : null}
      </p>
      {status === 'failed' ? (
        <>
          <span className="save-error">{error}</span>
          <button type="button" className="button button--small" onClick={() => void flush()}>
            Opnieuw proberen
          </button>
        </>
      ) : null}
    </div>
  );
}

function EditBar({ version, onUndone }: { version: PlanVersionDetail; onUndone: (v: PlanVersionDetail) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const flush = useAutosave((s) => s.flush);
  const reset = useAutosave((s) => s.reset);
  const label = version.undo?.label ?? null;

  const undo = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await flush();
      const v = await planCommands.undo(version.id);
      reset();
      onUndone(v);
      announce(`Ongedaan gemaakt: ${label ?? 'de laatste wijziging'}.`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  // Ctrl+Z outside text fields (inside one, the browser's own undo of the typing applies).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || e.key.toLowerCase() !== 'z') return;
      if (isTextEntry(document.activeElement) || document.querySelector('dialog[open]')) return;
      if (!label) return;
      e.preventDefault();
      void undo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <div className="edit-bar" role="region" aria-label="Opslaan en ongedaan maken">
      <SaveIndicator />
      <div className="edit-bar-undo">
        {error ? (
          <span className="save-error" role="alert">
            {error}
          </span>
        ) : null}
        <button type="button" className="button button--small" aria-disabled={!label || busy || undefined} aria-keyshortcuts="Control+Z" onClick={() => (label ? void undo() : undefined)}>
          {label ? `Ongedaan maken: ${label}` : 'Niets om ongedaan te maken'}
        </button>
      </div>
    </div>
  );
}

const TEXTS: { field: TextField; label: string; hint: string }[] = [
  { field: 'verkenning', label: 'Verkenning: de situatie nu', hint: 'Samen met de cliënt en de naasten: wat gaat goed, wat is moeilijk, wat is er nodig?' },
  { field: 'wensen', label: 'Wensen, in de woorden van de cliënt', hint: 'Wat wil de cliënt? Schrijf het zo veel mogelijk op zoals de cliënt het zegt.' },
  { field: 'naasten', label: 'Wat de naasten nodig hebben', hint: 'Wat hebben de mantelzorgers en andere naasten nodig om het zorgen vol te houden?' },
];

function PlanText({ field, label, hint, server }: { field: TextField; label: string; hint: string; server: string | null }) {
  const draft = useAutosave((s) => s.drafts[field]);
  const error = useAutosave((s) => s.fieldErrors[field]);
  const edit = useAutosave((s) => s.edit);
  const settle = useAutosave((s) => s.settle);
  return (
    <Field id={`plan-${field}`} label={label} hint={hint} error={error}>
      {(a) => <textarea className="input plan-textarea" rows={5} value={draft?.value ?? server ?? ''} onChange={(e) => edit(field, e.target.value, server)} onBlur={() => settle(field)} {...a} />}
    </Field>
  );
}

function PlanDate({ field, label, server, required }: { field: DateField; label: string; server: string | null; required?: boolean }) {
  const [text, setText] = useState(toDateInput(server));
  const [localError, setLocalError] = useState<string | null>(null);
  const coreError = useAutosave((s) => s.fieldErrors[field] ?? s.planIssues[field]);
  const saveDate = useAutosave((s) => s.saveDate);
  const error = localError ?? coreError;
  const save = () => {
    const d = fromDateInput(text);
    if (!d.ok) {
      setLocalError(d.message);
      return;
    }
    setLocalError(null);
    if (d.iso === server && !coreError) return;
    void saveDate(field, d.iso);
  };
  return (
    <Field id={`plan-${field}`} label={label} required={required} hint={`${DATE_HINT}${required ? '; nodig om vast te stellen' : ''}`} error={error ?? undefined} className="field--s">
      {(a) => (
        <input
          className="input"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onBlur={save}
          onKeyDown={(e) => {
            if (e.key === 'Enter') save();
          }}
          {...a}
        />
      )}
    </Field>
  );
}

function ReadText({ title, text }: { title: string; text: string | null }) {
  return (
    <div className="read-text">
      <h3 className="read-text-title">{title}</h3>
      {text ? <p className="plan-text">{text}</p> : <p className="muted">Niet ingevuld.</p>}
    </div>
  );
}

function Section({ id, title, children, actions }: { id: string; title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section className="card" aria-labelledby={id}>
      <div className="card-head">
        <h2 id={id} className="card-title">
          {title}
        </h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

export function PlanVersionPage() {
  const { id = '', versionId = '' } = useParams();
  const navigate = useNavigate();
  const version = usePlanVersion(versionId);
  const dossier = useDossier(id);
  const sets = useDomainSets();
  const settings = useSettings();
  const [dialog, setDialog] = useState<'vaststellen' | 'evalueren' | null>(null);
  const [busy, setBusy] = useState<'export' | 'nieuw' | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const start = useAutosave((s) => s.start);
  const stop = useAutosave((s) => s.stop);

  const v = version.data;
  const editable = v?.editable ?? false;
  const setVersion = version.set;
  useEffect(() => {
    if (!editable) return;
    start(versionId, setVersion);
    return () => stop();
  }, [editable, versionId, start, stop, setVersion]);

  const backLink = (
    <Link to={`/clienten/${encodeURIComponent(id)}/plan`} className="back-link">
      <span aria-hidden="true">← </span>Terug naar het dossier
    </Link>
  );

  if (!v) {
    const notFound = isApiError(version.error) && version.error.code === 'NOT_FOUND';
    return (
      <Page title="Ondersteuningsplan" heading={notFound ? 'Planversie niet gevonden' : 'Ondersteuningsplan'} before={backLink}>
        {version.loading ? (
          <p role="status">Het plan wordt geladen…</p>
        ) : (
          <div className="notice notice--error" role="alert">
            <p>{notFound ? 'Deze versie van het plan bestaat niet (meer).' : `Het plan kon niet worden geladen. ${errorMessage(version.error)}`}</p>
          </div>
        )}
      </Page>
    );
  }

  const set = sets.data?.find((s) => s.code === v.domainSet);
  const plan = dossier.data?.plan ?? null;
  const versions = plan ? [...plan.versions].sort((a, b) => b.versionNo - a.versionNo) : [];
  const hasConcept = versions.some((s) => s.status === 'concept');
  const latestNo = versions[0]?.versionNo ?? v.versionNo;

  const exportFhir = async () => {
    setBusy('export');
    setActionError(null);
    try {
      const r = await planCommands.exportFhir(v.id);
      downloadFile(r.fileName, r.json, 'application/fhir+json');
      announce(`Het plan is geëxporteerd als FHIR-bestand (${r.fileName}).`);
    } catch (e) {
      setActionError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  const closeDialog = () => setDialog(null);
  /** Vastgesteld or geëvalueerd: the dialog closes and the page shows the version the core returned. */
  const dialogDone = (nv: PlanVersionDetail) => {
    setDialog(null);
    version.set(nv);
  };

  const newVersion = async () => {
    if (!plan) return;
    setBusy('nieuw');
    setActionError(null);
    try {
      const nv = await planCommands.newVersion(plan.id);
      announce(`Versie ${nv.versionNo} is gemaakt als concept. Open doelen en lopende acties zijn overgenomen.`);
      navigate(versionPath(id, nv.id));
    } catch (e) {
      setActionError(errorMessage(e));
      setBusy(null);
    }
  };

  return (
    <Page
      title="Ondersteuningsplan"
      heading={`Ondersteuningsplan van ${v.clientName}`}
      before={backLink}
      className="page--plan"
    >
      <div className="plan-head">
        <p className="plan-version">
          Versie {v.versionNo} <PlanStatusBadge status={v.status} />
          {v.vastgesteldOp ? <span className="muted"> · vastgesteld op {dateNl(v.vastgesteldOp)}</span> : null}
          {v.evaluatedOn ? <span className="muted"> · geëvalueerd op {dateNl(v.evaluatedOn)}</span> : null}
          {set ? <span className="muted"> · {set.name}</span> : null}
        </p>
        {versions.length > 1 ? (
          <div className="plan-versions">
            <label htmlFor="plan-versie-kiezen" className="field-label">
              Andere versie
            </label>
            <select id="plan-versie-kiezen" className="input" value={v.id} onChange={(e) => navigate(versionPath(id, e.target.value))}>
              {versions.map((s) => (
                <option key={s.id} value={s.id}>
                  Versie {s.versionNo} ({s.status === 'concept' ? 'concept' : s.status === 'vastgesteld' ? 'vastgesteld' : s.status === 'geevalueerd' ? 'geëvalueerd' : 'vervangen'})
                </option>
              ))}
            </select>
            <Link to={`/clienten/${encodeURIComponent(id)}/plan/vergelijken?nieuw=${encodeURIComponent(v.id)}`} className="button">
              Versies vergelijken
            </Link>
          </div>
        ) : null}
        <div className="plan-buttons">
          {v.status === 'concept' ? (
            <button type="button" className="button button--primary" onClick={() => setDialog('vaststellen')}>
              Vaststellen met de cliënt
            </button>
          ) : null}
          {v.status === 'vastgesteld' ? (
            <button type="button" className="button button--primary" onClick={() => setDialog('evalueren')}>
              Evalueren
            </button>
          ) : null}
          {v.status !== 'concept' && !hasConcept && v.versionNo === latestNo ? (
            <button type="button" className="button" aria-disabled={busy === 'nieuw' || undefined} onClick={() => (busy ? undefined : void newVersion())}>
              {busy === 'nieuw' ? 'Bezig…' : 'Nieuwe versie maken'}
            </button>
          ) : null}
          {v.status !== 'concept' && hasConcept ? (
            <Link to={versionPath(id, versions.find((s) => s.status === 'concept')!.id)} className="button">
              Naar de conceptversie
            </Link>
          ) : null}
          <span className="plan-buttons-spacer" />
          <Link to={`${versionPath(id, v.id)}/afdrukken`} className="button">
            Afdrukken of PDF
          </Link>
          <button type="button" className="button" aria-disabled={busy === 'export' || undefined} onClick={() => (busy ? undefined : void exportFhir())}>
            {busy === 'export' ? 'Bezig met exporteren…' : 'FHIR exporteren'}
          </button>
        </div>
        <ErrorNotice>{actionError}</ErrorNotice>
        {v.status === 'vervangen' ? <p className="notice">Deze versie is vervangen door een nieuwere versie. U ziet hier wat toen is afgesproken.</p> : null}
        {editable && settings.data?.vrijwilligersEerst ? (
          <p className="notice notice--info">In dit netwerk komt informele hulp eerst: geef bij elke betaalde actie aan dat naasten of vrijwilligers zijn overwogen.</p>
        ) : null}
      </div>

      {editable ? <EditBar version={v} onUndone={version.set} /> : null}

      <Section id="kop-periode" title="Planperiode">
        {editable ? (
          <div className="form-row">
            <PlanDate key={`i-${v.ingangsdatum}`} field="ingangsdatum" label="Ingangsdatum" server={v.ingangsdatum} required />
            <PlanDate key={`e-${v.einddatum}`} field="einddatum" label="Einddatum" server={v.einddatum} />
            <PlanDate key={`v-${v.evaluatiedatum}`} field="evaluatiedatum" label="Evaluatiedatum" server={v.evaluatiedatum} required />
          </div>
        ) : (
          <dl className="facts facts--compact">
            <Fact label="Ingangsdatum">{dateNl(v.ingangsdatum)}</Fact>
            <Fact label="Einddatum">{dateNl(v.einddatum, 'geen')}</Fact>
            <Fact label="Evaluatiedatum">{dateNl(v.evaluatiedatum)}</Fact>
          </dl>
        )}
      </Section>

      <Section id="kop-verkenning" title="Verkenning en wensen">
        {editable ? (
          <div className="form form--wide">
            {TEXTS.map((t) => (
              <PlanText key={t.field} field={t.field} label={t.label} hint={t.hint} server={v[t.field]} />
            ))}
          </div>
        ) : (
          TEXTS.map((t) => <ReadText key={t.field} title={t.label} text={v[t.field]} />)
        )}
      </Section>

      {set ? <ScoresSection version={v} set={set} onChanged={version.set} /> : null}
      <GoalsSection version={v} set={set} dossier={dossier.data} onChanged={version.set} />

      {v.consent ? (
        <Section id="kop-instemming" title="Instemming">
          <dl className="facts facts--compact">
            <Fact label="Datum">{dateNl(v.consent.date)}</Fact>
            <Fact label="Hoe">
              {CONSENT_METHOD_LABEL[v.consent.method]}
              {v.consent.witness ? ` (getuige: ${v.consent.witness})` : ''}
            </Fact>
            <Fact label="Door">{v.consent.by}</Fact>
          </dl>
          {v.consent.signature ? <img src={v.consent.signature} alt={`Handtekening van ${v.consent.by}`} className="signature-image" /> : null}
        </Section>
      ) : null}

      {v.evaluatedOn ? (
        <Section id="kop-evaluatie" title="Evaluatie">
          <p className="muted">Geëvalueerd op {dateNl(v.evaluatedOn)}.</p>
          <p className="plan-text">{v.evaluatie}</p>
        </Section>
      ) : null}

      {dialog === 'vaststellen' ? <EstablishDialog version={v} onClose={closeDialog} onDone={dialogDone} /> : null}
      {dialog === 'evalueren' ? <EvaluateDialog version={v} set={set} onClose={closeDialog} onDone={dialogDone} /> : null}
    </Page>
  );
}

