/**
 * Vaststellen: the client (or their representative) agrees to this version.
 * Recorded: the date, how — signed on the screen (signature_pad, a PNG), on
 * paper, or verbally with a witness — and who agreed. A canvas cannot be drawn
 * with the keyboard; "op papier" and "mondeling met getuige" are the keyboard
 * alternatives and are just as valid.
 *
 * The core checks the whole plan first (start and evaluation date, at least one
 * goal, "informele hulp eerst" when the network has that rule); those issues go
 * to the plan's own fields, the consent issues to this form.
 */
import { useEffect, useRef, useState } from 'react';
import type { Input, PlanVersionDetail } from '../../../../shared/contract/index';
import type { ConsentMethod } from '../../../../shared/domain/enums';
import { ApiError, isApiError } from '../../api';
import { announce } from '../../app/announcer';
import { CONSENT_METHOD_LABEL } from '../../app/labels';
import { IssueList, focusField, useContractForm, type Conversion } from '../../ui/contract-form';
import { DATE_HINT, fromDateInput, toDateInput } from '../../ui/dates';
import { Dialog } from '../../ui/Dialog';
import { ErrorSummary, Field, FieldError, Fieldset, FormActions, Radio, errorId } from '../../ui/form';
import { useToday } from '../../ui/format';
import { mapIssues } from '../../ui/issues';
import { useAutosave, type PlanField } from './autosave-store';
import { planCommands } from './plan-data';

interface Values {
  date: string;
  method: ConsentMethod | '';
  by: string;
  witness: string;
  signature: string;
}
type Consent = Input<'plans.establish'>['consent'];
const FIELDS = ['date', 'method', 'by', 'witness', 'signature'] as const;
const idOf = (f: string) => (f === 'method' ? 'instemming-methode-handtekening_scherm' : `instemming-${f}`);
const METHODS: readonly ConsentMethod[] = ['handtekening_scherm', 'papier', 'mondeling_getuige'];

/** Where each plan-level issue can be fixed on the page. */
export const PLAN_FIELD_TARGET: Record<string, { id: string; label: string }> = {
  ingangsdatum: { id: 'plan-ingangsdatum', label: 'Naar de ingangsdatum' },
  einddatum: { id: 'plan-einddatum', label: 'Naar de einddatum' },
  evaluatiedatum: { id: 'plan-evaluatiedatum', label: 'Naar de evaluatiedatum' },
  doelen: { id: 'plan-doelen', label: 'Naar de doelen' },
  acties: { id: 'plan-acties', label: 'Naar de acties' },
};

function toConsent(v: Values): Conversion<Consent> {
  const issues = new IssueList();
  const d = fromDateInput(v.date);
  if (!d.ok) issues.add('date', d.message);
  else if (!d.iso) issues.add('date', 'Vul de datum van instemming in.');
  if (v.method === '') issues.add('method', 'Kies hoe de cliënt heeft ingestemd.');
  if (!v.by.trim()) issues.add('by', 'Vul in wie heeft ingestemd (cliënt of vertegenwoordiger).');
  if (v.method === 'mondeling_getuige' && !v.witness.trim()) issues.add('witness', 'Vul de naam van de getuige in bij mondelinge instemming.');
  if (v.method === 'handtekening_scherm' && !v.signature) issues.add('signature', 'Laat de cliënt (of vertegenwoordiger) in het vak tekenen, of kies een andere manier.');
  const consent: Consent = {
    date: d.ok ? (d.iso ?? '') : '',
    method: (v.method || 'papier') as ConsentMethod,
    by: v.by,
    witness: v.method === 'mondeling_getuige' ? v.witness : null,
    signature: v.method === 'handtekening_scherm' ? v.signature || null : null,
  };
  return issues.empty ? { input: consent, issues: [] } : { input: null, issues: issues.issues };
}

function SignatureField({ error, onChange }: { error: string | undefined; onChange: (dataUrl: string) => void }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const pad = useRef<{ clear(): void; off(): void; isEmpty(): boolean } | null>(null);
  const [ready, setReady] = useState(false);
  const [signed, setSigned] = useState(false);
  const change = useRef(onChange);
  useEffect(() => {
    change.current = onChange;
  });

  useEffect(() => {
    let alive = true;
    void import('signature_pad').then(({ default: SignaturePad }) => {
      const c = canvas.current;
      if (!alive || !c) return;
      const ratio = Math.max(window.devicePixelRatio || 1, 1);
      c.width = c.offsetWidth * ratio;
      c.height = c.offsetHeight * ratio;
      c.getContext('2d')?.scale(ratio, ratio);
      const p = new SignaturePad(c, { penColor: '#1c2529', minWidth: 0.8, maxWidth: 2.6 });
      p.addEventListener('endStroke', () => {
        const empty = p.isEmpty();
        setSigned(!empty);
        change.current(empty ? '' : p.toDataURL('image/png'));
      });
      pad.current = p;
      setReady(true);
    });
    return () => {
      alive = false;
      pad.current?.off();
    };
  }, []);

  return (
    <div className={`field signature${error ? ' field--error' : ''}`}>
      <span className="field-label" id="instemming-signature-label">
        Handtekening<span className="field-required" aria-hidden="true"> *</span>
      </span>
      <p className="field-hint" id="instemming-signature-hint">
        Laat de cliënt met de vinger, pen of muis in het vak tekenen. Tekenen met het toetsenbord kan niet: kies dan “Getekend op papier” of “Mondeling, met een getuige”.
      </p>
      <FieldError id="instemming-signature" error={error} />
      <canvas
        ref={canvas}
        id="instemming-signature"
        className="signature-pad"
        role="img"
        tabIndex={-1}
        aria-labelledby="instemming-signature-label"
        aria-describedby={`instemming-signature-hint${error ? ` ${errorId('instemming-signature')}` : ''} instemming-signature-state`}
        data-ready={ready || undefined}
      />
      <div className="signature-foot">
        <span id="instemming-signature-state" className="muted" aria-live="polite">
          {signed ? 'Er is getekend.' : 'Nog niet getekend.'}
        </span>
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            pad.current?.clear();
            setSigned(false);
            change.current('');
          }}
        >
          Handtekening wissen
        </button>
      </div>
    </div>
  );
}

export function EstablishDialog({ version, onClose, onDone }: { version: PlanVersionDetail; onClose: () => void; onDone: (v: PlanVersionDetail) => void }) {
  const today = useToday();
  const setPlanErrors = useAutosave((s) => s.setPlanIssues);
  const flush = useAutosave((s) => s.flush);
  const [planIssues, setPlanIssues] = useState<{ path: string; message: string }[]>([]);
  const { form, errorOf, submitWith, summary, busy, applyError } = useContractForm<Values, Consent>({
    fields: FIELDS,
    defaultValues: { date: toDateInput(today), method: '', by: version.clientName, witness: '', signature: '' },
    toInput: toConsent,
    idOf,
    strip: ['consent'],
  });
  const { register, watch, setValue } = form;
  const method = watch('method');

  const onValid = async (consent: Consent) => {
    setPlanIssues([]);
    await flush();
    try {
      const v = await planCommands.establish({ versionId: version.id, consent });
      setPlanErrors([]);
      onDone(v);
      announce(`Versie ${v.versionNo} van het plan is vastgesteld, met instemming van ${consent.by}.`);
    } catch (e) {
      if (!isApiError(e)) throw e;
      const issues = mapIssues(e.issues, { strip: ['consent'] });
      const plan = issues.filter((i) => i.path in PLAN_FIELD_TARGET);
      const own = issues.filter((i) => !(i.path in PLAN_FIELD_TARGET));
      setPlanIssues(plan);
      setPlanErrors(plan as { path: PlanField; message: string }[]);
      if (own.length > 0 || plan.length === 0) applyError(new ApiError({ ...e.error, details: { ...e.details, issues: own } }, e.method));
      else requestAnimationFrame(() => document.getElementById('instemming-plan-problemen')?.focus());
    }
  };

  return (
    <Dialog title={`Versie ${version.versionNo} vaststellen`} size="l" onClose={onClose} description={<p>Stel het plan vast samen met {version.clientName}. Daarna kunt u deze versie niet meer wijzigen; een wijziging wordt een nieuwe versie.</p>}>
      <form className="form" noValidate onSubmit={submitWith(onValid)}>
        {planIssues.length > 0 ? (
          <div className="error-summary" role="alert" aria-labelledby="instemming-plan-problemen">
            <h3 id="instemming-plan-problemen" className="error-summary-title" tabIndex={-1}>
              Het plan is nog niet klaar om vast te stellen
            </h3>
            <ul className="error-summary-list">
              {planIssues.map((i) => (
                <li key={i.path}>
                  {i.message}{' '}
                  <button
                    type="button"
                    className="button button--quiet button--inline"
                    onClick={() => {
                      onClose();
                      requestAnimationFrame(() => focusField(PLAN_FIELD_TARGET[i.path]!.id));
                    }}
                  >
                    {PLAN_FIELD_TARGET[i.path]!.label}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <ErrorSummary items={summary} />
        <Field id={idOf('date')} label="Datum van instemming" hint={DATE_HINT} required error={errorOf('date')} className="field--s">
          {(a) => <input {...register('date')} className="input" type="text" inputMode="numeric" autoComplete="off" {...a} />}
        </Field>
        <Fieldset id="instemming-methode" legend="Hoe heeft de cliënt ingestemd?" required error={errorOf('method')}>
          <div className="radio-list">
            {METHODS.map((m) => (
              <Radio key={m} id={`instemming-methode-${m}`} label={CONSENT_METHOD_LABEL[m]} value={m} {...register('method')} />
            ))}
          </div>
        </Fieldset>
        {method === 'handtekening_scherm' ? <SignatureField error={errorOf('signature')} onChange={(url) => setValue('signature', url, { shouldValidate: form.formState.submitCount > 0 })} /> : null}
        {method === 'mondeling_getuige' ? (
          <Field id={idOf('witness')} label="Naam van de getuige" required error={errorOf('witness')} className="field--m">
            {(a) => <input {...register('witness')} className="input" type="text" autoComplete="off" {...a} />}
          </Field>
        ) : null}
        <Field id={idOf('by')} label="Wie heeft ingestemd?" required hint="De cliënt, of de wettelijk vertegenwoordiger (naam en rol)." error={errorOf('by')} className="field--m">
          {(a) => <input {...register('by')} className="input" type="text" autoComplete="off" {...a} />}
        </Field>
        <FormActions submitLabel="Plan vaststellen" busy={busy} busyLabel="Bezig met vaststellen…" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
