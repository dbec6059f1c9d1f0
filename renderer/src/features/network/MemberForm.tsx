/**
 * A naaste, volunteer or professional in the client's network. Relations come
 * from the contract's `NETWORK_RELATIONS`; for a mantelzorger the form asks what
 * they do and what they need to keep going (001:170-173).
 */
import { useEffect } from 'react';
import { NETWORK_RELATIONS, NetworkMemberFields, VERTEGENWOORDIGING, parseWith, type NetworkMember, type NetworkMemberInput } from '../../../../shared/contract/index';
import type { NetworkKind } from '../../../../shared/domain/enums';
import { NETWORK_KIND_LABEL, NETWORK_KINDS_IN_ORDER, VERTEGENWOORDIGING_LABEL, relationLabel } from '../../app/labels';
import { IssueList, useContractForm, type Conversion } from '../../ui/contract-form';
import { CodeSelect, ErrorSummary, Field, Fieldset, FormActions, Radio } from '../../ui/form';
import { useOrganisations } from '../dossier/dossier-data';

interface Values {
  kind: NetworkKind;
  name: string;
  relation: string;
  isMantelzorger: boolean;
  isContactpersoon: boolean;
  vertegenwoordiging: string;
  organisationId: string;
  organisationName: string;
  telefoon: string;
  email: string;
  taken: string;
  behoeften: string;
}
const FIELDS = ['kind', 'name', 'relation', 'isMantelzorger', 'isContactpersoon', 'vertegenwoordiging', 'organisationId', 'organisationName', 'telefoon', 'email', 'taken', 'behoeften'] as const;
const idOf = (f: string) => (f === 'kind' ? 'lid-kind-naaste' : `lid-${f}`);

export function memberValues(m: NetworkMember | null, kind: NetworkKind): Values {
  return {
    kind: m?.kind ?? kind,
    name: m?.name ?? '',
    relation: m?.relation ?? '',
    isMantelzorger: m?.isMantelzorger ?? false,
    isContactpersoon: m?.isContactpersoon ?? false,
    vertegenwoordiging: m?.vertegenwoordiging ?? '',
    organisationId: m?.organisationId ?? '',
    organisationName: m?.organisationId ? '' : (m?.organisationName ?? ''),
    telefoon: m?.telefoon ?? '',
    email: m?.email ?? '',
    taken: m?.taken ?? '',
    behoeften: m?.behoeften ?? '',
  };
}

function toInput(v: Values): Conversion<NetworkMemberInput> {
  const issues = new IssueList();
  const professional = v.kind === 'professional';
  const input: NetworkMemberInput = {
    kind: v.kind,
    name: v.name,
    relation: v.relation,
    isMantelzorger: professional ? false : v.isMantelzorger,
    isContactpersoon: v.isContactpersoon,
    vertegenwoordiging: v.kind === 'naaste' && v.vertegenwoordiging ? (v.vertegenwoordiging as NetworkMemberInput['vertegenwoordiging']) : null,
    organisationId: professional && v.organisationId ? v.organisationId : null,
    organisationName: professional && !v.organisationId ? v.organisationName : null,
    telefoon: v.telefoon,
    email: v.email,
    taken: v.taken,
    behoeften: professional ? null : v.behoeften,
  };
  if (v.relation === '') issues.add('relation', v.kind === 'professional' ? 'Kies de rol van deze professional.' : 'Kies de relatie met de cliënt.');
  const parsed = parseWith(NetworkMemberFields, input);
  if (!parsed.ok) for (const i of parsed.error.details?.issues ?? []) issues.add(i.path, i.message);
  return issues.empty ? { input, issues: [] } : { input: null, issues: issues.issues };
}

export function MemberForm({ member, kind, onSubmit, onCancel }: { member: NetworkMember | null; kind: NetworkKind; onSubmit: (input: NetworkMemberInput) => Promise<void>; onCancel: () => void }) {
  const organisations = useOrganisations();
  const { form, errorOf, submitWith, summary, busy } = useContractForm<Values, NetworkMemberInput>({
    fields: FIELDS,
    defaultValues: memberValues(member, kind),
    toInput,
    idOf,
    strip: ['patch'],
  });
  const { register, watch, setValue, getValues } = form;
  const currentKind = watch('kind');
  const mantelzorger = watch('isMantelzorger');
  const organisationId = watch('organisationId');
  const relations = NETWORK_RELATIONS[currentKind] as readonly string[];

  // Another kind has other relations: a relation that does not fit is cleared.
  useEffect(() => {
    if (!relations.includes(getValues('relation'))) setValue('relation', '');
  }, [relations, getValues, setValue]);

  return (
    <form className="form" noValidate onSubmit={submitWith(onSubmit)}>
      <ErrorSummary items={summary} />
      <Fieldset id="lid-kind" legend="Wie is dit?" error={errorOf('kind')}>
        <div className="radio-row">
          {NETWORK_KINDS_IN_ORDER.map((k) => (
            <Radio key={k} id={`lid-kind-${k}`} inline label={NETWORK_KIND_LABEL[k]} value={k} {...register('kind')} />
          ))}
        </div>
      </Fieldset>
      <div className="form-row">
        <Field id={idOf('name')} label="Naam" required error={errorOf('name')} className="field--m">
          {(a) => <input {...register('name')} className="input" type="text" autoComplete="off" {...a} />}
        </Field>
        <Field id={idOf('relation')} label={currentKind === 'professional' ? 'Rol' : 'Relatie met de cliënt'} required error={errorOf('relation')} className="field--m">
          {(a) => <CodeSelect {...register('relation')} {...a} codes={relations} labels={relationLabel} />}
        </Field>
      </div>
      {currentKind === 'professional' ? (
        <div className="form-row">
          <Field id={idOf('organisationId')} label="Organisatie in het netwerk" error={errorOf('organisationId')} className="field--m">
            {(a) => (
              <select {...register('organisationId')} className="input" {...a}>
                <option value="">Andere organisatie (hiernaast invullen)</option>
                {(organisations.data ?? []).map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {organisationId === '' ? (
            <Field id={idOf('organisationName')} label="Naam van de organisatie" labelSuffix="(optioneel)" error={errorOf('organisationName')} className="field--m">
              {(a) => <input {...register('organisationName')} className="input" type="text" autoComplete="off" {...a} />}
            </Field>
          ) : null}
        </div>
      ) : (
        <div className="checkbox-list">
          <div className="checkbox">
            <input id={idOf('isMantelzorger')} type="checkbox" {...register('isMantelzorger')} aria-describedby="lid-mantelzorger-hint" />
            <label htmlFor={idOf('isMantelzorger')}>Mantelzorger</label>
            <span id="lid-mantelzorger-hint" className="checkbox-hint">
              Zorgt langdurig en onbetaald voor de cliënt. U kunt dan bijhouden hoe zwaar het is.
            </span>
          </div>
          <div className="checkbox">
            <input id={idOf('isContactpersoon')} type="checkbox" {...register('isContactpersoon')} />
            <label htmlFor={idOf('isContactpersoon')}>Eerste contactpersoon</label>
          </div>
        </div>
      )}
      {currentKind === 'professional' ? (
        <div className="checkbox">
          <input id={idOf('isContactpersoon')} type="checkbox" {...register('isContactpersoon')} />
          <label htmlFor={idOf('isContactpersoon')}>Eerste contactpersoon</label>
        </div>
      ) : null}
      {currentKind === 'naaste' ? (
        <Field id={idOf('vertegenwoordiging')} label="Wettelijke vertegenwoordiging" error={errorOf('vertegenwoordiging')} className="field--m">
          {(a) => <CodeSelect {...register('vertegenwoordiging')} {...a} codes={VERTEGENWOORDIGING} labels={VERTEGENWOORDIGING_LABEL} placeholder="Geen" />}
        </Field>
      ) : null}
      <div className="form-row">
        <Field id={idOf('telefoon')} label="Telefoon" labelSuffix="(optioneel)" error={errorOf('telefoon')} className="field--m">
          {(a) => <input {...register('telefoon')} className="input" type="text" inputMode="tel" autoComplete="off" {...a} />}
        </Field>
        <Field id={idOf('email')} label="E-mail" labelSuffix="(optioneel)" error={errorOf('email')} className="field--m">
          {(a) => <input {...register('email')} className="input" type="text" inputMode="email" autoComplete="off" {...a} />}
        </Field>
      </div>
      <Field id={idOf('taken')} label="Wat doet deze persoon voor de cliënt?" labelSuffix="(optioneel)" error={errorOf('taken')} className="field--l">
        {(a) => <textarea {...register('taken')} className="input" rows={2} {...a} />}
      </Field>
      {currentKind !== 'professional' && mantelzorger ? (
        <Field
          id={idOf('behoeften')}
          label="Wat heeft deze persoon nodig om het vol te houden?"
          labelSuffix="(optioneel)"
          hint="In de eigen woorden van de mantelzorger: respijt, informatie, iemand om mee te praten…"
          error={errorOf('behoeften')}
          className="field--l"
        >
          {(a) => <textarea {...register('behoeften')} className="input" rows={3} {...a} />}
        </Field>
      ) : null}
      <FormActions submitLabel={member ? 'Wijzigingen opslaan' : 'Toevoegen aan het netwerk'} busy={busy} onCancel={onCancel} />
    </form>
  );
}
