/**
 * Nieuwe omgeving inrichten: the real workspace of this installation. Validated
 * with the contract's `NewWorkspace` schema (Dutch messages); the host is
 * authoritative and may still answer CONFLICT (a real workspace already exists).
 */
import { useId, useState } from 'react';
import { useForm, useWatch, type FieldErrors, type Resolver } from 'react-hook-form';
import { Link } from 'react-router';
import { NewWorkspace, parseWith, type NewWorkspaceInput } from '../../../../shared/contract/index';
import type { OrganisationKind, Role } from '../../../../shared/schema/index';
import { errorMessage, isApiError } from '../../api';
import { announce } from '../../app/announcer';
import { ORGANISATION_KIND_LABEL, ROLE_DESCRIPTION, ROLE_LABEL, ROLES_IN_ORDER } from '../../app/labels';
import { CodeSelect, ErrorSummary, Field, Fieldset, FormActions, Radio, type SummaryItem } from '../../ui/form';
import { Page } from '../../ui/Page';
import { useWorkspaceStore } from './workspace-store';
import { formFields } from '../../ui/form-fields';
import { repeatIssue, ShowPasswords } from '../../ui/password';

interface FormValues {
  rol: Role | '';
  gebruikersNaam: string;
  /** Arrangeur only: the AGB zorgverlenerscode that travels with their exported hours. */
  zorgverlenerAgb: string;
  organisatieNaam: string;
  organisatieAgb: string;
  organisatieSoort: OrganisationKind;
  netwerkNaam: string;
  wachtwoord: string;
  wachtwoordHerhaal: string;
}

type FieldName = keyof FormValues;
const FIELDS: readonly FieldName[] = ['rol', 'gebruikersNaam', 'zorgverlenerAgb', 'organisatieNaam', 'organisatieAgb', 'organisatieSoort', 'netwerkNaam', 'wachtwoord', 'wachtwoordHerhaal'];
const form = formFields(FIELDS);
const fieldId = (name: FieldName) => (name === 'rol' ? 'ws-rol-arrangeur' : `ws-${name}`);

const resolver: Resolver<FormValues, unknown, NewWorkspaceInput> = (values) => {
  // The repeat is the form's own check; only the password itself goes to the core.
  const { wachtwoordHerhaal, ...rest } = values;
  const input = {
    ...rest,
    rol: values.rol === '' ? undefined : values.rol,
    zorgverlenerAgb: values.rol === 'arrangeur' ? values.zorgverlenerAgb : null,
    // Empty is "not filled in" (its own message), not "too short".
    wachtwoord: values.wachtwoord === '' ? undefined : values.wachtwoord,
  };
  const r = parseWith(NewWorkspace, input);
  const issues = r.ok ? [] : [...(r.error.details?.issues ?? [])];
  const repeat = repeatIssue('wachtwoordHerhaal', values.wachtwoord, wachtwoordHerhaal);
  if (repeat) issues.push(repeat);
  if (issues.length === 0) return { values: input as NewWorkspaceInput, errors: {} };
  return { values: {}, errors: form.toFieldErrors(issues) as FieldErrors<FormValues> };
};

const KINDS = Object.keys(ORGANISATION_KIND_LABEL) as OrganisationKind[];

export function NewWorkspacePage() {
  const create = useWorkspaceStore((s) => s.create);
  const [formError, setFormError] = useState<string | null>(null);
  const [showPasswords, setShowPasswords] = useState(false);
  const showId = useId();
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    control,
    formState: { errors, isSubmitting, submitCount },
  } = useForm<FormValues, unknown, NewWorkspaceInput>({
    defaultValues: { rol: '', gebruikersNaam: '', zorgverlenerAgb: '', organisatieNaam: '', organisatieAgb: '', organisatieSoort: 'vvt', netwerkNaam: '', wachtwoord: '', wachtwoordHerhaal: '' },
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: false,
  });

  const onInvalid = (invalid: FieldErrors<FormValues>) => {
    setFormError(null);
    const first = form.firstInvalid(invalid);
    if (first) setFocus(first);
  };

  const onValid = async (input: NewWorkspaceInput) => {
    setFormError(null);
    try {
      const status = await create(input);
      // The recovery key replaces this page as soon as the store has it (then the shell).
      announce(`Uw omgeving voor ${status.active?.installation.organisationName ?? 'uw organisatie'} is ingericht. Bewaar nu uw herstelsleutel.`);
    } catch (e) {
      if (isApiError(e)) {
        const first = form.applyServerIssues(e.issues, (field, message) => setError(field, { type: 'server', message }));
        if (first) setFocus(first);
        if (!first || e.code !== 'VALIDATION') setFormError(e.message);
      } else setFormError(errorMessage(e));
    }
  };

  const summary: SummaryItem[] = [];
  if (formError) summary.push({ fieldId: null, message: formError });
  if (submitCount > 0) for (const f of FIELDS) if (errors[f]?.message) summary.push({ fieldId: fieldId(f), message: errors[f]!.message! });

  const text = (name: Exclude<FieldName, 'rol' | 'organisatieSoort' | 'wachtwoord' | 'wachtwoordHerhaal'>) => ({ ...register(name), className: 'input', type: 'text' });
  const password = (name: 'wachtwoord' | 'wachtwoordHerhaal') => ({ ...register(name), className: 'input', type: showPasswords ? 'text' : 'password', autoComplete: 'new-password' });
  const arrangeur = useWatch({ control, name: 'rol' }) === 'arrangeur';

  return (
    <Page
      title="Nieuwe omgeving inrichten"
      heading="Nieuwe omgeving inrichten"
      before={
        <Link to="/" className="back-link">
          <span aria-hidden="true">← </span>Terug naar het startscherm
        </Link>
      }
      intro={<p>Deze gegevens komen op uw exports en rapportages te staan. U kunt ze later bij Beheer terugzien.</p>}
    >
      <form className="form card" noValidate onSubmit={(e) => void handleSubmit(onValid, onInvalid)(e)} aria-label="Nieuwe omgeving">
        <ErrorSummary items={summary} />

        <Fieldset id="ws-rol" legend="Uw rol" required error={errors.rol?.message}>
          <div className="radio-list">
            {ROLES_IN_ORDER.map((r) => (
              <Radio key={r} id={`ws-rol-${r}`} label={ROLE_LABEL[r]} hint={ROLE_DESCRIPTION[r]} value={r} {...register('rol')} />
            ))}
          </div>
        </Fieldset>

        <Field id="ws-gebruikersNaam" label="Uw naam" error={errors.gebruikersNaam?.message} required className="field--l">
          {(a) => <input {...text('gebruikersNaam')} autoComplete="name" {...a} />}
        </Field>
        {arrangeur ? (
          <Field
            id="ws-zorgverlenerAgb"
            label="Uw AGB-code als zorgverlener"
            labelSuffix="(optioneel)"
            hint="8 cijfers (Vektis). Gaat mee met uw geëxporteerde uren, zodat de kassier ze aan u kan toerekenen."
            error={errors.zorgverlenerAgb?.message}
            className="field--s"
          >
            {(a) => <input {...text('zorgverlenerAgb')} inputMode="numeric" autoComplete="off" {...a} />}
          </Field>
        ) : null}
        <Field id="ws-organisatieNaam" label="Organisatie" hint="De zorgaanbieder waar u in dienst bent." error={errors.organisatieNaam?.message} required className="field--l">
          {(a) => <input {...text('organisatieNaam')} autoComplete="organization" {...a} />}
        </Field>
        <Field
          id="ws-organisatieAgb"
          label="AGB-code van de organisatie"
          labelSuffix="(optioneel)"
          hint="8 cijfers (Vektis). Leeg laten mag, bijvoorbeeld voor een welzijnsorganisatie."
          error={errors.organisatieAgb?.message}
          className="field--s"
        >
          {(a) => <input {...text('organisatieAgb')} inputMode="numeric" autoComplete="off" {...a} />}
        </Field>
        <Field id="ws-organisatieSoort" label="Soort organisatie" error={errors.organisatieSoort?.message} className="field--l">
          {(a) => <CodeSelect {...register('organisatieSoort')} {...a} codes={KINDS} labels={ORGANISATION_KIND_LABEL} placeholder={false} />}
        </Field>
        <Field id="ws-netwerkNaam" label="Netwerk" hint="Bijvoorbeeld: Dementienetwerk Midden-Limburg." error={errors.netwerkNaam?.message} required className="field--l">
          {(a) => <input {...text('netwerkNaam')} autoComplete="off" {...a} />}
        </Field>

        <fieldset className="fieldset form-group" aria-describedby="ws-wachtwoord-uitleg">
          <legend className="form-group-title">Wachtwoord</legend>
          <div id="ws-wachtwoord-uitleg" className="field-hint security-explain">
            <p>
              Schotvrij versleutelt de database op deze computer met dit wachtwoord. Zonder het wachtwoord of de herstelsleutel kan niemand de gegevens lezen — ook de makers van
              Schotvrij niet.
            </p>
            <p>Na het inrichten krijgt u de herstelsleutel één keer te zien. Daarmee kiest u een nieuw wachtwoord als u het vergeet.</p>
          </div>
          <Field
            id="ws-wachtwoord"
            label="Wachtwoord"
            hint="Minstens 10 tekens. Een zin van een paar woorden is sterk en goed te onthouden."
            error={errors.wachtwoord?.message}
            required
            className="field--l"
          >
            {(a) => <input {...password('wachtwoord')} {...a} />}
          </Field>
          <Field id="ws-wachtwoordHerhaal" label="Herhaal het wachtwoord" error={errors.wachtwoordHerhaal?.message} required className="field--l">
            {(a) => <input {...password('wachtwoordHerhaal')} {...a} />}
          </Field>
          <ShowPasswords id={showId} checked={showPasswords} onChange={setShowPasswords} />
        </fieldset>

        <FormActions submitLabel="Omgeving inrichten" busy={isSubmitting} busyLabel="Bezig met inrichten…" cancelTo="/" />
      </form>
    </Page>
  );
}
