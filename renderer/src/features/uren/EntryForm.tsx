/**
 * Registering time, fully by keyboard: Datum (today), Tijd ('09:00-10:30' or '45'),
 * Cliënt (type-ahead), Activiteit (a native select: type the first letters), Naaste
 * (when the activity needs one), Notitie — Enter saves from any text field.
 *
 * The funding the rules propose is shown live (`registrations.propose`) with its
 * reason and warnings; "Afwijken van het voorstel" chooses another funding or basis
 * and needs a reason. The same form corrects a registration: in place while it is
 * open, as a new version with a correction reason once it was exported.
 */
import { useEffect, type ReactNode, type RefObject } from 'react';
import { RegistrationFields, parseWith, type ActivityType, type Registration, type RegistrationInput } from '../../../../shared/contract/index';
import { attributionText, BASIS_LABEL, FUNDING_KIND_PLAIN } from '../../app/labels';
import { IssueList, useContractForm, type Conversion } from '../../ui/contract-form';
import { DATE_HINT, fromDateInput, toDateInput } from '../../ui/dates';
import { ErrorSummary, Field, FormActions } from '../../ui/form';
import { ClientPicker } from '../clients/ClientPicker';
import { fundingOption } from '../funding/funding-format';
import { TIME_HINT, TIME_HINT_SHORT, parseTimeInput, timeInputOf } from './time-format';
import { useClientFunding, useNaasten, useProposal } from './uren-data';
import { ActivityOptions } from './ActivityOptions';

export interface EntryValues {
  date: string;
  tijd: string;
  clientText: string;
  clientId: string;
  activityCode: string;
  naasteMemberId: string;
  note: string;
  afwijken: boolean;
  /** 'funding:<id>' or 'basis:<basis>'. */
  override: string;
  overrideReason: string;
  correctionReason: string;
}

export interface EntryInput {
  fields: RegistrationInput;
  correctionReason: string | null;
}

/** Screen order: focus and the error summary follow it. */
const FIELDS = ['date', 'tijd', 'clientId', 'activityCode', 'naasteMemberId', 'note', 'override', 'overrideReason', 'correctionReason'] as const;

/** Contract and core names → form fields. */
const ALIAS = { startTime: 'tijd', endTime: 'tijd', minutes: 'tijd', fundingId: 'override', basis: 'override' } as const;

export function emptyEntry(date: string): EntryValues {
  return { date: toDateInput(date), tijd: '', clientText: '', clientId: '', activityCode: '', naasteMemberId: '', note: '', afwijken: false, override: '', overrideReason: '', correctionReason: '' };
}

export function entryOf(r: Registration): EntryValues {
  return {
    date: toDateInput(r.date),
    tijd: timeInputOf(r),
    clientText: r.clientName ?? '',
    clientId: r.clientId ?? '',
    activityCode: r.activityCode,
    naasteMemberId: r.naasteMemberId ?? '',
    note: r.note ?? '',
    afwijken: r.overridden,
    override: r.overridden ? (r.fundingId ? `funding:${r.fundingId}` : `basis:${r.basis}`) : '',
    overrideReason: r.overrideReason ?? '',
    correctionReason: '',
  };
}

/** Activities that involve a naaste: nazorg (required) and mantelzorgondersteuning (optional). */
export function naasteMode(a: ActivityType | undefined): 'required' | 'optional' | null {
  if (!a) return null;
  if (a.clientLink === 'naaste') return 'required';
  return a.code === 'mantelzorgondersteuning' ? 'optional' : null;
}

function toEntry(v: EntryValues, activities: readonly ActivityType[], correction: boolean): Conversion<EntryInput> {
  const issues = new IssueList();
  const d = fromDateInput(v.date);
  if (!d.ok) issues.add('date', d.message);
  else if (!d.iso) issues.add('date', 'Vul de datum in.');
  const t = parseTimeInput(v.tijd);
  if (!t.ok) issues.add('tijd', t.message);
  const activity = activities.find((a) => a.code === v.activityCode);
  const naaste = naasteMode(activity);
  if (!v.activityCode) issues.add('activityCode', 'Kies de activiteit.');
  if (v.clientText.trim() && !v.clientId) issues.add('clientId', 'Kies de cliënt uit de lijst: typ een deel van de naam en kies met Enter.');
  else if (activity?.clientLink === 'client' && !v.clientId) issues.add('clientId', `Kies de cliënt: "${activity.name}" is cliëntgebonden.`);
  else if (activity?.clientLink === 'none' && v.clientId) issues.add('clientId', `"${activity.name}" is niet cliëntgebonden; laat de cliënt leeg.`);
  if (naaste === 'required' && !v.naasteMemberId) {
    issues.add('naasteMemberId', v.clientId ? `Kies de naaste met wie u "${activity!.name}" deed.` : `Kies eerst de cliënt en dan de naaste met wie u "${activity!.name}" deed.`);
  }
  let override: Pick<RegistrationInput, 'fundingId' | 'basis'> = {};
  if (v.afwijken) {
    if (!v.override) issues.add('override', 'Kies waaraan u deze tijd toerekent.');
    else if (v.override.startsWith('funding:')) override = { fundingId: v.override.slice('funding:'.length), basis: 'client' };
    else override = { fundingId: null, basis: v.override.slice('basis:'.length) as RegistrationInput['basis'] };
    if (!v.overrideReason.trim()) issues.add('overrideReason', 'Geef de reden waarom u afwijkt van het voorstel.');
  }
  if (correction && !v.correctionReason.trim()) issues.add('correctionReason', 'Deze registratie is al geëxporteerd. Geef de reden van de correctie.');

  const fields: RegistrationInput = {
    date: d.ok ? (d.iso ?? '') : '',
    startTime: t.ok ? t.startTime : null,
    endTime: t.ok ? t.endTime : null,
    minutes: t.ok ? t.minutes : null,
    clientId: v.clientId || null,
    naasteMemberId: naaste && v.naasteMemberId ? v.naasteMemberId : null,
    activityCode: v.activityCode,
    note: v.note,
    ...override,
    overrideReason: v.afwijken ? v.overrideReason : null,
  };
  if (t.ok) {
    const parsed = parseWith(RegistrationFields, fields);
    if (!parsed.ok) for (const i of parsed.error.details?.issues ?? []) issues.add((ALIAS as Record<string, string>)[i.path] ?? i.path, i.message);
  }
  return issues.empty ? { input: { fields, correctionReason: correction ? v.correctionReason.trim() : null }, issues: [] } : { input: null, issues: issues.issues };
}

function Proposal({ date, clientId, activityCode, prefix }: { date: string | null; clientId: string | null; activityCode: string; prefix: string }) {
  const proposal = useProposal(date, clientId, activityCode);
  const funding = useClientFunding(clientId);
  const p = proposal.data;
  const f = p?.fundingId ? funding.data?.find((x) => x.id === p.fundingId) : undefined;
  let body: ReactNode;
  if (!activityCode || !date) body = <p className="muted">Kies de datum en de activiteit; dan ziet u hier aan welke financiering de tijd wordt toegerekend.</p>;
  else if (!p) body = proposal.error ? <p className="muted">Er is nog geen voorstel: controleer de cliënt en de activiteit.</p> : <p className="muted">Voorstel wordt bepaald…</p>;
  else
    body = (
      <>
        <p className="proposal-what">
          <strong>{f ? FUNDING_KIND_PLAIN[f.kind] : p.fundingId ? 'Uit de financiering van de cliënt' : BASIS_LABEL[p.basis]}</strong>
          {f ? <span className="proposal-funding"> — {fundingOption(f)}</span> : null}
        </p>
        <p className="proposal-reason">{p.reason}</p>
        {p.warnings.length ? (
          <ul className="proposal-warnings" aria-label="Let op">
            {p.warnings.map((w) => (
              <li key={w}>
                <span aria-hidden="true">⚠ </span>
                {w}
              </li>
            ))}
          </ul>
        ) : null}
      </>
    );
  return (
    <div className="proposal" id={`${prefix}-voorstel`} role="status" aria-live="polite" aria-atomic="true">
      <h3 className="proposal-title">Toerekening (voorstel)</h3>
      {body}
    </div>
  );
}

interface EntryFormProps {
  prefix: string;
  initial: EntryValues;
  activities: readonly ActivityType[];
  submitLabel: string;
  /** Exported registrations change only by a correction with a reason. */
  correction?: boolean;
  onSubmit: (input: EntryInput) => Promise<void>;
  /** Create mode: what the form becomes after a save (the date stays). */
  resetTo?: (saved: EntryValues) => EntryValues;
  onCancel?: () => void;
  /** The "Tijd" input, for Alt+R. */
  timeRef?: RefObject<HTMLInputElement | null>;
  labelledBy?: string;
}

export function EntryForm({ prefix, initial, activities, submitLabel, correction = false, onSubmit, resetTo, onCancel, timeRef, labelledBy }: EntryFormProps) {
  const idOf = (f: string) => `${prefix}-${f}`;
  const { form, errorOf, submitWith, summary, busy } = useContractForm<EntryValues, EntryInput>({
    fields: FIELDS,
    defaultValues: initial,
    toInput: (v) => toEntry(v, activities, correction),
    idOf,
    strip: ['fields'],
    alias: ALIAS,
  });
  const { register, watch, setValue } = form;
  const [dateText, clientText, clientId, activityCode, afwijken] = watch(['date', 'clientText', 'clientId', 'activityCode', 'afwijken']);
  const date = fromDateInput(dateText);
  const activity = activities.find((a) => a.code === activityCode);
  const naaste = naasteMode(activity);
  const naasten = useNaasten(naaste && clientId ? clientId : null);
  const funding = useClientFunding(afwijken && clientId ? clientId : null);
  const { ref: tijdRef, ...tijd } = register('tijd');

  // A naaste belongs to one client: choosing another client clears it.
  useEffect(() => {
    setValue('naasteMemberId', initial.clientId === clientId ? initial.naasteMemberId : '');
  }, [clientId, initial.clientId, initial.naasteMemberId, setValue]);

  const grantedFunding = (funding.data ?? []).filter((f) => f.status === 'toegekend');
  const clientLinkHint = activity?.clientLink === 'none' ? 'Leeg laten: niet cliëntgebonden' : activity?.clientLink === 'client' ? 'Typ en kies met Enter' : 'Typ en kies, of laat leeg';

  return (
    <form
      className="form entry-form"
      noValidate
      aria-labelledby={labelledBy}
      onSubmit={submitWith(async (input) => {
        await onSubmit(input);
        if (resetTo) {
          form.reset(resetTo(form.getValues()));
          document.getElementById(idOf('tijd'))?.focus();
        }
      })}
    >
      <ErrorSummary items={summary} />
      <div className="entry-grid">
        <Field id={idOf('date')} label="Datum" hint={DATE_HINT} required error={errorOf('date')}>
          {(a) => <input {...register('date')} className="input" type="text" inputMode="numeric" autoComplete="off" {...a} />}
        </Field>
        <Field id={idOf('tijd')} label="Tijd" hint={TIME_HINT_SHORT} required error={errorOf('tijd')}>
          {(a) => (
            <input
              {...tijd}
              ref={(el) => {
                tijdRef(el);
                if (timeRef) timeRef.current = el;
              }}
              className="input"
              type="text"
              autoComplete="off"
              spellCheck={false}
              {...a}
              aria-describedby={[a['aria-describedby'], `${prefix}-tijd-uitleg`].filter(Boolean).join(' ')}
            />
          )}
        </Field>
        <Field id={idOf('clientId')} label="Cliënt" labelSuffix={activity?.clientLink === 'client' ? undefined : '(optioneel)'} hint={clientLinkHint} error={errorOf('clientId')}>
          {(a) => (
            <ClientPicker
              a11y={a}
              text={clientText}
              onTextChange={(text) => {
                setValue('clientText', text);
                setValue('clientId', '', { shouldValidate: form.formState.submitCount > 0 });
              }}
              onPick={(c) => {
                setValue('clientText', c.name);
                setValue('clientId', c.id, { shouldValidate: form.formState.submitCount > 0 });
              }}
            />
          )}
        </Field>
        <Field id={idOf('activityCode')} label="Activiteit" required hint="Typ de eerste letters" error={errorOf('activityCode')}>
          {(a) => (
            <select {...register('activityCode')} className="input" {...a}>
              <ActivityOptions activities={activities} />
            </select>
          )}
        </Field>
        {naaste ? (
          <Field
            id={idOf('naasteMemberId')}
            label="Naaste"
            labelSuffix={naaste === 'optional' ? '(optioneel)' : undefined}
            required={naaste === 'required'}
            hint={clientId ? 'Met wie u dit deed' : 'Kies eerst de cliënt'}
            error={errorOf('naasteMemberId')}
          >
            {(a) => (
              <select {...register('naasteMemberId')} className="input" {...a}>
                <option value="">{naasten.loading ? 'Laden…' : 'Kies…'}</option>
                {(naasten.data ?? [])
                  .filter((m) => m.kind === 'naaste')
                  .map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.name} ({m.relation}
                      {m.isMantelzorger ? ', mantelzorger' : ''})
                    </option>
                  ))}
              </select>
            )}
          </Field>
        ) : null}
      </div>
      <p id={`${prefix}-tijd-uitleg`} className="visually-hidden">
        {TIME_HINT}
      </p>
      <div className="entry-lower">
        <div className="entry-lower-fields">
          <Field id={idOf('note')} label="Notitie" labelSuffix="(optioneel)" hint="Blijft op deze computer; alleen dát er een notitie is, gaat mee." error={errorOf('note')}>
            {(a) => <input {...register('note')} className="input" type="text" autoComplete="off" {...a} />}
          </Field>
          <div className="checkbox">
            <input id={idOf('afwijken')} type="checkbox" {...register('afwijken')} aria-describedby={idOf('afwijken-hint')} />
            <label htmlFor={idOf('afwijken')}>Afwijken van het voorstel</label>
            <span id={idOf('afwijken-hint')} className="checkbox-hint">
              Kies zelf de financiering of de grondslag, met een reden.
            </span>
          </div>
          {afwijken ? (
            <>
              <Field id={idOf('override')} label="Toerekenen aan" required error={errorOf('override')}>
                {(a) => (
                  <select {...register('override')} className="input" {...a}>
                    <option value="">Kies…</option>
                    {grantedFunding.length ? (
                      <optgroup label="Financiering van de cliënt">
                        {grantedFunding.map((f) => (
                          <option key={f.id} value={`funding:${f.id}`}>
                            {attributionText({ law: f.kind, basis: 'client' })} — {fundingOption(f)}
                          </option>
                        ))}
                      </optgroup>
                    ) : null}
                    <optgroup label="Zonder financiering">
                      {(['niet_toerekenbaar', 'algemeen', 'nazorg'] as const).map((b) => (
                        <option key={b} value={`basis:${b}`}>
                          {BASIS_LABEL[b]}
                        </option>
                      ))}
                    </optgroup>
                  </select>
                )}
              </Field>
              <Field id={idOf('overrideReason')} label="Reden van afwijken" required error={errorOf('overrideReason')}>
                {(a) => <input {...register('overrideReason')} className="input" type="text" autoComplete="off" {...a} />}
              </Field>
            </>
          ) : null}
        </div>
        <Proposal prefix={prefix} date={date.ok ? date.iso : null} clientId={clientId || null} activityCode={activityCode} />
      </div>
      {correction ? (
        <Field
          id={idOf('correctionReason')}
          label="Reden van de correctie"
          required
          hint="Verplicht: de kassier ziet waarom de geëxporteerde registratie is veranderd."
          error={errorOf('correctionReason')}
          className="field--l"
        >
          {(a) => <input {...register('correctionReason')} className="input" type="text" autoComplete="off" {...a} />}
        </Field>
      ) : null}
      <FormActions submitLabel={submitLabel} busy={busy} onCancel={onCancel} />
    </form>
  );
}
