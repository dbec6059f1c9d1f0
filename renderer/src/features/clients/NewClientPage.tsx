/**
 * Nieuwe cliënt. Client-side checks use the shared contract schema (`NewClient`,
 * with its Dutch messages and the elfproef) so the user hears about typing errors
 * at once; the core stays authoritative. Rules that depend on the core's clock
 * (geboortedatum not in the future, not before 1900) and on stored data (one
 * client per BSN) come back as VALIDATION / CONFLICT issues and land on the same
 * fields. Nothing is saved unless the core says so.
 *
 * Duplicates: before saving, `clients.findDuplicates` is asked. The same BSN means
 * the client exists — open that one. The same name and geboortedatum may be
 * another person: the user sees who, and can still create ("Toch aanmaken" →
 * `bevestigDubbel: true`). The core refuses an unconfirmed twin on its own too
 * (CONFLICT with `details.duplicates`); that answer shows the same warning.
 */
import { useEffect, useRef, useState } from 'react';
import { useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { DuplicateCandidate, NewClient, parseWith, type FieldIssue, type NewClientInput } from '../../../../shared/contract/index';
import { bsnProblem } from '../../../../shared/domain/bsn';
import { formatDateShortNl, parseDateInput } from '../../../../shared/domain/dates';
import { displayName } from '../../../../shared/domain/names';
import { errorMessage, isApiError } from '../../api';
import { announce } from '../../app/announcer';
import { ErrorSummary, Field, FormActions, type SummaryItem } from '../../ui/form';
import { Page } from '../../ui/Page';
import { createClient, findDuplicates } from './client-data';
import { formFields } from '../../ui/form-fields';

interface FormValues {
  voornaam: string;
  tussenvoegsel: string;
  achternaam: string;
  geboortedatum: string;
  bsn: string;
}

type FieldName = keyof FormValues;

/** Form order: the first field with an error gets focus. */
const FIELDS: readonly FieldName[] = ['voornaam', 'tussenvoegsel', 'achternaam', 'geboortedatum', 'bsn'];
const fieldId = (name: FieldName) => `client-${name}`;
const form = formFields(FIELDS);

const EMPTY: FormValues = { voornaam: '', tussenvoegsel: '', achternaam: '', geboortedatum: '', bsn: '' };

/** Form strings → contract input, or the issues per field. */
export function toNewClient(values: FormValues): { input: NewClientInput | null; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const typedDate = values.geboortedatum.trim();
  const iso = typedDate === '' ? null : parseDateInput(typedDate);
  if (typedDate === '') issues.push({ path: 'geboortedatum', message: 'Vul de geboortedatum in (dd-mm-jjjj).' });
  else if (!iso) issues.push({ path: 'geboortedatum', message: 'Dit is geen geldige datum. Typ de geboortedatum als dd-mm-jjjj, bijvoorbeeld 07-03-1941.' });

  const raw = { ...values, geboortedatum: iso ?? '' };
  const parsed = parseWith(NewClient, raw);
  if (!parsed.ok) {
    for (const issue of parsed.error.details?.issues ?? []) {
      if (issue.path === 'geboortedatum' && issues.some((i) => i.path === 'geboortedatum')) continue;
      issues.push(issue);
    }
  }
  if (issues.length > 0) return { input: null, issues };
  // The contract input is what we send: the core parses it again.
  return { input: raw, issues: [] };
}

const resolver: Resolver<FormValues, unknown, NewClientInput> = (values) => {
  const { input, issues } = toNewClient(values);
  if (input) return { values: input, errors: {} };
  return { values: {}, errors: form.toFieldErrors(issues) as FieldErrors<FormValues> };
};

/** The core's `details.duplicates` of a CONFLICT, when they are what we expect. */
function duplicatesOf(details: unknown): DuplicateCandidate[] {
  const raw = (details as { duplicates?: unknown } | undefined)?.duplicates;
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((d) => {
    const r = DuplicateCandidate.safeParse(d);
    return r.success ? [r.data] : [];
  });
}

function DuplicateWarning({ duplicates, busy, onConfirm, onBack }: { duplicates: DuplicateCandidate[]; busy: boolean; onConfirm: () => void; onBack: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="duplicate-warning" role="alert" aria-labelledby="kop-dubbel">
      <h2 id="kop-dubbel" className="duplicate-title" tabIndex={-1} ref={heading}>
        Bestaat deze cliënt al?
      </h2>
      <p>Er {duplicates.length === 1 ? 'is al een cliënt' : `zijn al ${duplicates.length} cliënten`} met dezelfde naam en geboortedatum. Open de bestaande cliënt als het dezelfde persoon is.</p>
      <ul className="duplicate-list">
        {duplicates.map((d) => (
          <li key={d.id}>
            <Link to={`/clienten/${encodeURIComponent(d.id)}`}>{d.naam}</Link>, geboren {formatDateShortNl(d.geboortedatum)}
            {d.bsnMasked ? `, BSN ${d.bsnMasked}` : ', BSN onbekend'}
          </li>
        ))}
      </ul>
      <p>Is het echt iemand anders (bijvoorbeeld een naamgenoot), dan kunt u de cliënt toch aanmaken.</p>
      <div className="form-actions">
        <button type="button" className="button button--primary" aria-disabled={busy || undefined} onClick={() => (busy ? undefined : onConfirm())}>
          {busy ? 'Bezig met opslaan…' : 'Toch aanmaken'}
        </button>
        <button type="button" className="button button--quiet" onClick={onBack}>
          Terug naar het formulier
        </button>
      </div>
    </div>
  );
}

export function NewClientPage() {
  const navigate = useNavigate();
  const [formError, setFormError] = useState<{ message: string; existingId: string | null } | null>(null);
  /** Possible twins (same name + geboortedatum) waiting for the user's decision, with the input they are about. */
  const [twins, setTwins] = useState<{ duplicates: DuplicateCandidate[]; input: NewClientInput } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    clearErrors,
    getValues,
    subscribe,
    formState: { errors, isSubmitting, submitCount },
  } = useForm<FormValues, unknown, NewClientInput>({
    defaultValues: EMPTY,
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    // Focus follows the form's visual order (FIELDS), not the order fields registered in.
    shouldFocusError: false,
  });

  // The warning is about what was typed then: changing the form withdraws it.
  useEffect(() => subscribe({ formState: { values: true }, callback: () => setTwins(null) }), [subscribe]);

  const onInvalid = (invalid: FieldErrors<FormValues>) => {
    setFormError(null);
    const first = form.firstInvalid(invalid);
    if (first) setFocus(first);
  };

  const create = async (input: NewClientInput, bevestigDubbel: boolean) => {
    try {
      const created = await createClient({ ...input, bevestigDubbel });
      announce(`${displayName(created)} is toegevoegd aan de cliëntenlijst.`);
      navigate(`/clienten/${encodeURIComponent(created.id)}`);
    } catch (e) {
      if (!isApiError(e) || (e.code !== 'VALIDATION' && e.code !== 'CONFLICT')) {
        setFormError({ message: errorMessage(e), existingId: null });
        return;
      }
      const duplicates = duplicatesOf(e.details);
      if (e.code === 'CONFLICT' && e.issues.length === 0 && duplicates.length > 0) {
        // Not confirmed yet (or a twin appeared meanwhile): the user decides.
        setTwins({ duplicates, input });
        return;
      }
      const first = form.applyServerIssues(e.issues, (field, message) => setError(field, { type: 'server', message }));
      const existingId = typeof e.details?.existingId === 'string' ? e.details.existingId : null;
      // The summary repeats the core's sentence when it says more than the field message does.
      const fieldMessages = e.issues.map((i) => i.message);
      if (first === null || e.code === 'CONFLICT' || !fieldMessages.includes(e.message)) setFormError({ message: e.message, existingId });
      if (first) setFocus(first);
    }
  };

  const onValid = async (input: NewClientInput) => {
    setFormError(null);
    setTwins(null);
    let candidates: DuplicateCandidate[] = [];
    try {
      candidates = await findDuplicates({ achternaam: input.achternaam, geboortedatum: input.geboortedatum, bsn: input.bsn ?? null });
    } catch {
      // The core checks again when creating; a failed look-up must not block the form.
      candidates = [];
    }
    const sameBsn = candidates.find((c) => c.reason === 'bsn');
    if (sameBsn) {
      setError('bsn', { type: 'server', message: 'Er is al een cliënt met dit BSN.' });
      setFormError({ message: `Er is al een cliënt met dit BSN (${sameBsn.naam}). Open die cliënt in plaats van een nieuwe aan te maken.`, existingId: sameBsn.id });
      setFocus('bsn');
      return;
    }
    const sameName = candidates.filter((c) => c.reason === 'naam_geboortedatum');
    if (sameName.length > 0) {
      setTwins({ duplicates: sameName, input });
      return;
    }
    await create(input, false);
  };

  const confirmTwin = async () => {
    if (!twins || confirming) return;
    setConfirming(true);
    try {
      await create(twins.input, true);
    } finally {
      setConfirming(false);
    }
  };

  /** Elfproef as the user leaves the BSN field (not while typing a half number). */
  const checkBsn = () => {
    // A server answer (duplicate BSN) stays until the number is changed.
    if (errors.bsn?.type === 'server') return;
    const value = getValues('bsn').trim();
    const problem = value === '' ? null : bsnProblem(value);
    if (problem) setError('bsn', { type: 'validation', message: problem });
    else clearErrors('bsn');
  };

  // Clicking "Opslaan" while the BSN field has focus: the blur comes between
  // mousedown and mouseup, and a message appearing then would push the button
  // away from under the pointer (the click is lost). Submit validates anyway.
  const pointerOnActions = useRef(false);
  const onBsnBlur = () => {
    const clicking = pointerOnActions.current;
    pointerOnActions.current = false;
    if (!clicking) checkBsn();
  };

  const summary: SummaryItem[] = [];
  if (formError) summary.push({ fieldId: null, message: formError.message });
  if (submitCount > 0 || formError) {
    for (const name of FIELDS) {
      const message = errors[name]?.message;
      if (message) summary.push({ fieldId: fieldId(name), message });
    }
  }

  // No autofill: health data must not end up in the browser's form history.
  const text = (name: FieldName) => ({ ...register(name), className: 'input', type: 'text', autoComplete: 'off', spellCheck: false });
  const bsnField = register('bsn', {
    onChange: () => {
      if (errors.bsn?.type === 'server') clearErrors('bsn');
      else if (errors.bsn) checkBsn();
    },
  });

  return (
    <Page
      title="Nieuwe cliënt"
      heading="Nieuwe cliënt"
      before={
        <Link to="/clienten" className="back-link">
          <span aria-hidden="true">← </span>Terug naar de cliëntenlijst
        </Link>
      }
      intro={<p>Velden met een sterretje (*) zijn verplicht. Het BSN mag leeg blijven als het nog niet bekend is.</p>}
    >
      <form
        className="form card"
        noValidate
        aria-labelledby="kop-nieuwe-client"
        onSubmit={(e) => {
          if (isSubmitting) {
            e.preventDefault();
            return;
          }
          void handleSubmit(onValid, onInvalid)(e);
        }}
      >
        <h2 id="kop-nieuwe-client" className="visually-hidden">
          Gegevens van de nieuwe cliënt
        </h2>
        <ErrorSummary items={summary}>
          {formError?.existingId ? (
            <p>
              <Link to={`/clienten/${encodeURIComponent(formError.existingId)}`}>Open de cliënt met dit BSN</Link>
            </p>
          ) : null}
        </ErrorSummary>

        {twins ? (
          <DuplicateWarning
            duplicates={twins.duplicates}
            busy={confirming}
            onConfirm={() => void confirmTwin()}
            onBack={() => {
              setTwins(null);
              setFocus('achternaam');
            }}
          />
        ) : null}

        <div className="form-row">
          <Field id={fieldId('voornaam')} label="Voornaam" error={errors.voornaam?.message} className="field--m">
            {(a) => <input {...text('voornaam')} {...a} />}
          </Field>
          <Field id={fieldId('tussenvoegsel')} label="Tussenvoegsel" hint="Bijvoorbeeld: van der" error={errors.tussenvoegsel?.message} className="field--s">
            {(a) => <input {...text('tussenvoegsel')} {...a} />}
          </Field>
        </div>
        <Field id={fieldId('achternaam')} label="Achternaam" error={errors.achternaam?.message} required className="field--l">
          {(a) => <input {...text('achternaam')} {...a} />}
        </Field>
        <Field id={fieldId('geboortedatum')} label="Geboortedatum" hint="dd-mm-jjjj, bijvoorbeeld 07-03-1941" error={errors.geboortedatum?.message} required className="field--s">
          {(a) => <input {...text('geboortedatum')} inputMode="numeric" {...a} />}
        </Field>
        <Field
          id={fieldId('bsn')}
          label="BSN"
          labelSuffix="(optioneel)"
          hint="9 cijfers, zoals op het identiteitsbewijs. Spaties en punten mogen."
          error={errors.bsn?.message}
          className="field--s"
        >
          {(a) => (
            <input
              {...bsnField}
              onBlur={(e) => {
                void bsnField.onBlur(e);
                onBsnBlur();
              }}
              className="input"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              spellCheck={false}
              {...a}
            />
          )}
        </Field>

        <FormActions
          submitLabel="Cliënt opslaan"
          busy={isSubmitting}
          cancelTo="/clienten"
          onPointerDown={() => {
            pointerOnActions.current = true;
          }}
        />
      </form>
    </Page>
  );
}
