/**
 * An action in the plan: what, who (the client, someone from the network, an
 * organisation, or the casemanager), how often, from when, and paid from which
 * law — in plain words (domain.md §3). The funding entry can be picked among the
 * client's entries of that law covering the period; left on "automatisch", the
 * core links the single fitting one, and refuses a law the client has no
 * funding from in that period (the message lands on "Wie betaalt dit?").
 */
import type { UseFormRegister } from 'react-hook-form';
import { ActionFields, parseWith, type ActionInput, type ClientDossier, type PlanAction, type PlanVersionDetail } from '../../../../shared/contract/index';
import { ACTION_FREQUENCY_UNITS, FUNDING_KINDS, PERFORMER_KINDS, type ActionFrequencyUnit, type FundingKind, type PerformerKind } from '../../../../shared/domain/enums';
import { covers } from '../../../../shared/domain/periods';
import { FREQUENCY_UNIT_LABEL, FUNDING_KIND_HINT, FUNDING_KIND_LABEL, FUNDING_KIND_PLAIN, PERFORMER_KIND_LABEL, relationLabel } from '../../app/labels';
import { IssueList, useContractForm, type Conversion } from '../../ui/contract-form';
import { DATE_HINT, fromDateInput, toDateInput } from '../../ui/dates';
import { CodeSelect, ErrorSummary, Field, Fieldset, FormActions, Radio } from '../../ui/form';
import { useToday } from '../../ui/format';
import { useOrganisations } from '../dossier/dossier-data';
import { fundingOption } from '../funding/funding-format';
import { domainName, isStatutory, type DomainSetLike } from './plan-format';

interface Values {
  description: string;
  goalId: string;
  performerKind: PerformerKind | '';
  performerMemberId: string;
  performerOrganisationId: string;
  performerName: string;
  frequencyCount: string;
  frequencyUnit: ActionFrequencyUnit | '';
  startDate: string;
  endDate: string;
  financing: FundingKind | '';
  fundingId: string;
  informeelOverwogen: boolean;
  informeelToelichting: string;
}

const FIELDS = [
  'description',
  'goalId',
  'performerKind',
  'performerMemberId',
  'performerOrganisationId',
  'performerName',
  'frequencyCount',
  'frequencyUnit',
  'startDate',
  'endDate',
  'financing',
  'fundingId',
  'informeelOverwogen',
  'informeelToelichting',
] as const;

const RADIO_FIRST: Partial<Record<string, string>> = { performerKind: 'actie-wie-client', financing: 'actie-wet-WMO' };
const idOf = (f: string) => RADIO_FIRST[f] ?? `actie-${f}`;
/** Domain rules name the law field in Dutch. */

function valuesOf(a: PlanAction | null, goalId: string | null, start: string): Values {
  return {
    description: a?.description ?? '',
    goalId: a ? (a.goalId ?? '') : (goalId ?? ''),
    performerKind: a?.performerKind ?? '',
    performerMemberId: a?.performerMemberId ?? '',
    performerOrganisationId: a?.performerOrganisationId ?? '',
    performerName: a && !a.performerOrganisationId ? (a.performerName ?? '') : '',
    frequencyCount: a?.frequencyCount != null ? String(a.frequencyCount) : '',
    frequencyUnit: a?.frequencyUnit ?? '',
    startDate: toDateInput(a?.startDate ?? start),
    endDate: toDateInput(a?.endDate),
    financing: a?.financing ?? '',
    fundingId: a?.fundingId ?? '',
    informeelOverwogen: a?.informeelOverwogen ?? false,
    informeelToelichting: a?.informeelToelichting ?? '',
  };
}

function toInput(v: Values): Conversion<ActionInput> {
  const issues = new IssueList();
  const start = fromDateInput(v.startDate);
  const end = fromDateInput(v.endDate);
  if (!start.ok) issues.add('startDate', start.message);
  else if (!start.iso) issues.add('startDate', 'Vul de begindatum in.');
  if (!end.ok) issues.add('endDate', end.message);
  if (v.performerKind === '') issues.add('performerKind', 'Kies wie dit doet.');
  if (v.financing === '') issues.add('financing', 'Kies wie dit betaalt.');
  const count = v.frequencyCount.trim();
  if (count !== '' && !/^\d+$/.test(count)) issues.add('frequencyCount', 'Hoe vaak: vul een heel getal in.');
  const formal = isStatutory(v.financing);
  const input: ActionInput = {
    goalId: v.goalId || null,
    description: v.description,
    performerKind: (v.performerKind || 'client') as PerformerKind,
    performerMemberId: v.performerKind === 'netwerk' ? v.performerMemberId || null : null,
    performerOrganisationId: v.performerKind === 'organisatie' ? v.performerOrganisationId || null : null,
    performerName: v.performerKind === 'organisatie' && !v.performerOrganisationId ? v.performerName : null,
    frequencyCount: count === '' || v.frequencyUnit === 'eenmalig' || v.frequencyUnit === 'zo_nodig' ? null : Number(count),
    frequencyUnit: v.frequencyUnit || null,
    startDate: start.ok ? (start.iso ?? '') : '',
    endDate: end.ok ? end.iso : null,
    financing: (v.financing || 'INFORMEEL') as FundingKind,
    fundingId: v.fundingId || null,
    informeelOverwogen: formal ? v.informeelOverwogen : false,
    informeelToelichting: formal ? v.informeelToelichting : null,
  };
  const parsed = parseWith(ActionFields, input);
  if (!parsed.ok) for (const i of parsed.error.details?.issues ?? []) issues.add(i.path, i.message);
  return issues.empty ? { input, issues: [] } : { input: null, issues: issues.issues };
}

function RadioGroup<T extends string>({
  name,
  legend,
  options,
  label,
  hint,
  error,
  register,
}: {
  name: 'performerKind' | 'financing';
  legend: string;
  options: readonly T[];
  label: (o: T) => string;
  hint?: (o: T) => string;
  error: string | undefined;
  register: UseFormRegister<Values>;
}) {
  const prefix = name === 'performerKind' ? 'actie-wie' : 'actie-wet';
  return (
    <Fieldset id={prefix} legend={legend} required error={error}>
      <div className={hint ? 'radio-grid' : 'radio-row'}>
        {options.map((o) => (
          <Radio key={o} id={`${prefix}-${o}`} inline={!hint} label={label(o)} hint={hint?.(o)} value={o} {...register(name)} />
        ))}
      </div>
    </Fieldset>
  );
}

export function ActionForm({
  action,
  goalId,
  version,
  dossier,
  set,
  onSubmit,
  onCancel,
}: {
  action: PlanAction | null;
  goalId: string | null;
  version: PlanVersionDetail;
  dossier: ClientDossier | undefined;
  set: DomainSetLike | undefined;
  onSubmit: (input: ActionInput) => Promise<void>;
  onCancel: () => void;
}) {
  const today = useToday();
  const organisations = useOrganisations();
  const { form, errorOf, submitWith, summary, busy } = useContractForm<Values, ActionInput>({
    fields: FIELDS,
    defaultValues: valuesOf(action, goalId, version.ingangsdatum ?? today),
    toInput,
    idOf,
    strip: ['action'],
  });
  const { register, watch } = form;
  const performerKind = watch('performerKind');
  const performerOrganisationId = watch('performerOrganisationId');
  const financing = watch('financing');
  const frequencyUnit = watch('frequencyUnit');
  const informeel = watch('informeelOverwogen');
  const start = fromDateInput(watch('startDate'));
  const end = fromDateInput(watch('endDate'));
  const period = start.ok && start.iso ? { start: start.iso, end: end.ok ? end.iso : null } : null;

  const members = dossier?.network ?? [];
  const entries = (dossier?.funding ?? []).filter((f) => f.kind === financing);
  const fitting = period ? entries.filter((f) => f.status === 'toegekend' && covers({ start: f.startDate, end: f.endDate }, period)) : entries;
  const statutory = isStatutory(financing);

  return (
    <form className="form form--wide" noValidate onSubmit={submitWith(onSubmit)}>
      <ErrorSummary items={summary} />
      <Field id={idOf('description')} label="Wat gebeurt er?" required hint="Concreet, zoals u het met de cliënt afspreekt. Bijvoorbeeld: “Anna doet elke zaterdag de boodschappen met moeder.”" error={errorOf('description')} className="field--l">
        {(a) => <textarea {...register('description')} className="input" rows={2} {...a} />}
      </Field>
      <Field id={idOf('goalId')} label="Bij welk doel hoort dit?" error={errorOf('goalId')} className="field--l">
        {(a) => (
          <select {...register('goalId')} className="input" {...a}>
            <option value="">Geen doel (algemene afspraak)</option>
            {version.goals.map((g) => (
              <option key={g.id} value={g.id}>
                {domainName(set, g.domain)}: {g.description.length > 80 ? `${g.description.slice(0, 80)}…` : g.description}
              </option>
            ))}
          </select>
        )}
      </Field>

      <RadioGroup name="performerKind" legend="Wie doet het?" options={PERFORMER_KINDS} label={(k) => PERFORMER_KIND_LABEL[k]} error={errorOf('performerKind')} register={register} />
      {performerKind === 'netwerk' ? (
        <Field
          id={idOf('performerMemberId')}
          label="Wie uit het netwerk?"
          required
          hint={members.length === 0 ? 'Er staat nog niemand in het netwerk van de cliënt. Voeg naasten of vrijwilligers toe bij Netwerk.' : undefined}
          error={errorOf('performerMemberId')}
          className="field--l"
        >
          {(a) => (
            <select {...register('performerMemberId')} className="input" {...a}>
              <option value="">Kies…</option>
              {members.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name} — {relationLabel(m.relation).toLowerCase()}
                  {m.isMantelzorger ? ' (mantelzorger)' : ''}
                  {m.organisationName ? `, ${m.organisationName}` : ''}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      {performerKind === 'organisatie' ? (
        <div className="form-row">
          <Field id={idOf('performerOrganisationId')} label="Welke organisatie?" error={errorOf('performerOrganisationId')} className="field--m">
            {(a) => (
              <select {...register('performerOrganisationId')} className="input" {...a}>
                <option value="">Een andere organisatie (hiernaast invullen)</option>
                {(organisations.data ?? []).map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {performerOrganisationId === '' ? (
            <Field id={idOf('performerName')} label="Naam van de organisatie" error={errorOf('performerName')} className="field--m">
              {(a) => <input {...register('performerName')} className="input" type="text" autoComplete="off" {...a} />}
            </Field>
          ) : null}
        </div>
      ) : null}

      <div className="form-row">
        <Field id={idOf('frequencyCount')} label="Hoe vaak" labelSuffix="(aantal)" hint={frequencyUnit === 'eenmalig' || frequencyUnit === 'zo_nodig' ? 'Niet nodig bij eenmalig of zo nodig.' : undefined} error={errorOf('frequencyCount')} className="field--s">
          {(a) => <input {...register('frequencyCount')} className="input" type="text" inputMode="numeric" autoComplete="off" {...a} />}
        </Field>
        <Field id={idOf('frequencyUnit')} label="Per" error={errorOf('frequencyUnit')} className="field--s">
          {(a) => <CodeSelect {...register('frequencyUnit')} {...a} codes={ACTION_FREQUENCY_UNITS} labels={FREQUENCY_UNIT_LABEL} placeholder="Niet vastgelegd" />}
        </Field>
        <Field id={idOf('startDate')} label="Vanaf" hint={DATE_HINT} required error={errorOf('startDate')} className="field--s">
          {(a) => <input {...register('startDate')} className="input" type="text" inputMode="numeric" autoComplete="off" {...a} />}
        </Field>
        <Field id={idOf('endDate')} label="Tot en met" labelSuffix="(optioneel)" hint={DATE_HINT} error={errorOf('endDate')} className="field--s">
          {(a) => <input {...register('endDate')} className="input" type="text" inputMode="numeric" autoComplete="off" {...a} />}
        </Field>
      </div>

      <RadioGroup
        name="financing"
        legend="Wie betaalt dit?"
        options={FUNDING_KINDS}
        label={(k) => FUNDING_KIND_PLAIN[k]}
        hint={(k) => FUNDING_KIND_HINT[k]}
        error={errorOf('financing')}
        register={register}
      />
      {financing !== '' && (statutory || entries.length > 0) ? (
        <Field
          id={idOf('fundingId')}
          label={`Welke ${FUNDING_KIND_LABEL[financing]}-financiering?`}
          hint={
            statutory && fitting.length === 0
              ? `De cliënt heeft geen toegekende ${FUNDING_KIND_LABEL[financing]}-financiering die deze periode dekt. Voeg die eerst toe bij Financiering, of kies wie anders dit betaalt.`
              : statutory
                ? 'Laat “automatisch” staan als er één passende financiering is; Schotvrij koppelt die dan.'
                : undefined
          }
          error={errorOf('fundingId')}
          className="field--l"
        >
          {(a) => (
            <select {...register('fundingId')} className="input" {...a}>
              <option value="">{statutory ? 'Automatisch: de passende financiering' : 'Geen specifieke financiering'}</option>
              {fitting.map((f) => (
                <option key={f.id} value={f.id}>
                  {fundingOption(f)}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      {statutory ? (
        <div className="informeel-eerst">
          <div className="checkbox">
            <input id={idOf('informeelOverwogen')} type="checkbox" {...register('informeelOverwogen')} aria-describedby="actie-informeel-hint" />
            <label htmlFor={idOf('informeelOverwogen')}>Informele hulp (naasten, vrijwilligers) eerst overwogen</label>
            <span id="actie-informeel-hint" className="checkbox-hint">
              Kan iemand uit het netwerk dit doen? Leg vast waarom het toch professionele hulp wordt.
            </span>
          </div>
          {informeel ? (
            <Field id={idOf('informeelToelichting')} label="Toelichting" labelSuffix="(optioneel)" error={errorOf('informeelToelichting')} className="field--l">
              {(a) => <textarea {...register('informeelToelichting')} className="input" rows={2} {...a} />}
            </Field>
          ) : null}
        </div>
      ) : null}

      <FormActions submitLabel={action ? 'Wijzigingen opslaan' : 'Actie toevoegen'} busy={busy} onCancel={onCancel} />
    </form>
  );
}
