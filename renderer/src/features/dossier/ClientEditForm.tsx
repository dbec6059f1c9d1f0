/**
 * "Gegevens wijzigen": every dossier field in one form. Checked with the
 * contract's `ClientPatch` (Dutch messages, elfproef) before anything is sent;
 * only the fields that changed go to `clients.update` — so an unchanged BSN keeps
 * its verification. A refusal by the core lands on the same fields and nothing
 * of the change is saved.
 */
import { useEffect, useRef } from 'react';
import { ClientPatch, parseWith, type ClientDossierHeader, type ClientPatchInput } from '../../../../shared/contract/index';
import { bsnProblem } from '../../../../shared/domain/bsn';
import { GESLACHTEN, WOONSITUATIES } from '../../../../shared/domain/enums';
import { GESLACHT_LABEL, WOONSITUATIE_LABEL } from '../../app/labels';
import { IssueList, useContractForm, type Conversion } from '../../ui/contract-form';
import { DATE_HINT, fromDateInput, toDateInput } from '../../ui/dates';
import { CodeSelect, ErrorSummary, Field, FormActions } from '../../ui/form';
import { dossierCommands } from './dossier-data';

interface Values {
  voornaam: string;
  tussenvoegsel: string;
  achternaam: string;
  geboortedatum: string;
  bsn: string;
  geslacht: string;
  voorkeurstaal: string;
  adresStraat: string;
  adresHuisnummer: string;
  adresPostcode: string;
  adresWoonplaats: string;
  telefoon: string;
  email: string;
  woonsituatie: string;
  woonsituatieToelichting: string;
  gemeenteCode: string;
  huisarts: string;
  verwijzerSoort: string;
  verwijzerNaam: string;
}
type Name = keyof Values;

const FIELDS: readonly Name[] = [
  'voornaam',
  'tussenvoegsel',
  'achternaam',
  'geboortedatum',
  'bsn',
  'geslacht',
  'voorkeurstaal',
  'adresStraat',
  'adresHuisnummer',
  'adresPostcode',
  'adresWoonplaats',
  'telefoon',
  'email',
  'woonsituatie',
  'woonsituatieToelichting',
  'gemeenteCode',
  'huisarts',
  'verwijzerSoort',
  'verwijzerNaam',
];
const idOf = (f: string) => `dossier-${f}`;

function valuesOf(h: ClientDossierHeader): Values {
  const s = (v: string | null) => v ?? '';
  return {
    voornaam: s(h.voornaam),
    tussenvoegsel: s(h.tussenvoegsel),
    achternaam: h.achternaam,
    geboortedatum: toDateInput(h.geboortedatum),
    bsn: s(h.bsn),
    geslacht: s(h.geslacht),
    voorkeurstaal: s(h.voorkeurstaal),
    adresStraat: s(h.adresStraat),
    adresHuisnummer: s(h.adresHuisnummer),
    adresPostcode: s(h.adresPostcode),
    adresWoonplaats: s(h.adresWoonplaats),
    telefoon: s(h.telefoon),
    email: s(h.email),
    woonsituatie: s(h.woonsituatie),
    woonsituatieToelichting: s(h.woonsituatieToelichting),
    gemeenteCode: s(h.gemeenteCode),
    huisarts: s(h.huisarts),
    verwijzerSoort: s(h.verwijzerSoort),
    verwijzerNaam: s(h.verwijzerNaam),
  };
}

/** Form strings → the patch of what changed (or the issues). */
function toPatch(values: Values, initial: Values): Conversion<ClientPatchInput> {
  const issues = new IssueList();
  const date = fromDateInput(values.geboortedatum);
  if (!date.ok) issues.add('geboortedatum', date.message);
  else if (date.iso === null) issues.add('geboortedatum', 'Vul de geboortedatum in (dd-mm-jjjj).');
  if (values.bsn.trim()) {
    const problem = bsnProblem(values.bsn);
    if (problem) issues.add('bsn', problem);
  }
  const raw: Record<string, unknown> = {};
  for (const f of FIELDS) {
    if (values[f] === initial[f]) continue;
    if (f === 'geboortedatum') raw[f] = date.ok ? date.iso : '';
    else if (f === 'geslacht' || f === 'woonsituatie') raw[f] = values[f] === '' ? null : values[f];
    else raw[f] = values[f];
  }
  const parsed = parseWith(ClientPatch, raw);
  if (!parsed.ok) for (const i of parsed.error.details?.issues ?? []) issues.add(i.path, i.message);
  if (!issues.empty) return { input: null, issues: issues.issues };
  return { input: raw as ClientPatchInput, issues: [] };
}

export function ClientEditForm({ header, onCancel, onSaved }: { header: ClientDossierHeader; onCancel: () => void; onSaved: () => void }) {
  const initial = valuesOf(header);
  const { form, errorOf, submitWith, summary, busy, setFormError } = useContractForm<Values, ClientPatchInput>({
    fields: FIELDS,
    defaultValues: initial,
    toInput: (v) => toPatch(v, initial),
    idOf,
    strip: ['patch'],
  });
  const { register } = form;
  const text = (name: Name) => ({ ...register(name), className: 'input', type: 'text', autoComplete: 'off', spellCheck: false });
  const bsnChanged = form.watch('bsn') !== initial.bsn;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const onValid = async (patch: ClientPatchInput) => {
    if (Object.keys(patch).length === 0) {
      setFormError(null);
      onCancel();
      return;
    }
    await dossierCommands.update(header.id, patch);
    onSaved();
  };

  const field = (name: Name, label: string, opts: { hint?: string; required?: boolean; size?: 's' | 'm' | 'l'; suffix?: string; inputMode?: 'numeric' | 'tel' | 'email' } = {}) => (
    <Field id={idOf(name)} label={label} hint={opts.hint} required={opts.required} labelSuffix={opts.suffix} error={errorOf(name)} className={`field--${opts.size ?? 'm'}`}>
      {(a) => <input {...text(name)} inputMode={opts.inputMode} {...a} />}
    </Field>
  );

  return (
    <form className="form form--wide card" noValidate aria-labelledby="kop-wijzigen" onSubmit={submitWith(onValid)}>
      <h2 id="kop-wijzigen" className="card-title" tabIndex={-1} ref={heading}>
        Gegevens wijzigen
      </h2>
      <p className="muted">Velden met een sterretje (*) zijn verplicht. Alleen wat u verandert, wordt opgeslagen.</p>
      <ErrorSummary items={summary} />

      <fieldset className="fieldset form-group">
        <legend className="form-group-title">Persoon</legend>
        <div className="form-row">
          {field('voornaam', 'Voornaam')}
          {field('tussenvoegsel', 'Tussenvoegsel', { size: 's' })}
        </div>
        {field('achternaam', 'Achternaam', { required: true, size: 'l' })}
        <div className="form-row">
          {field('geboortedatum', 'Geboortedatum', { required: true, hint: DATE_HINT, size: 's', inputMode: 'numeric' })}
          {field('bsn', 'BSN', {
            suffix: '(optioneel)',
            hint: bsnChanged ? 'Een nieuw BSN moet opnieuw worden gecontroleerd.' : '9 cijfers, zoals op het identiteitsbewijs.',
            size: 's',
            inputMode: 'numeric',
          })}
        </div>
        <div className="form-row">
          <Field id={idOf('geslacht')} label="Geslacht" error={errorOf('geslacht')} className="field--s">
            {(a) => <CodeSelect {...register('geslacht')} {...a} codes={GESLACHTEN} labels={GESLACHT_LABEL} placeholder="Niet ingevuld" />}
          </Field>
          {field('voorkeurstaal', 'Voorkeurstaal', { hint: 'Bijvoorbeeld: Nederlands, Limburgs, Turks' })}
        </div>
      </fieldset>

      <fieldset className="fieldset form-group">
        <legend className="form-group-title">Contact en wonen</legend>
        <div className="form-row">
          {field('adresStraat', 'Straat')}
          {field('adresHuisnummer', 'Huisnummer', { size: 's' })}
        </div>
        <div className="form-row">
          {field('adresPostcode', 'Postcode', { size: 's', hint: 'Bijvoorbeeld 6041 AB' })}
          {field('adresWoonplaats', 'Woonplaats')}
        </div>
        <div className="form-row">
          {field('telefoon', 'Telefoon', { inputMode: 'tel' })}
          {field('email', 'E-mail', { inputMode: 'email' })}
        </div>
        <div className="form-row">
          <Field id={idOf('woonsituatie')} label="Woonsituatie" error={errorOf('woonsituatie')} className="field--m">
            {(a) => <CodeSelect {...register('woonsituatie')} {...a} codes={WOONSITUATIES} labels={WOONSITUATIE_LABEL} placeholder="Niet ingevuld" />}
          </Field>
          {field('gemeenteCode', 'Gemeentecode (CBS)', { size: 's', hint: '4 cijfers', inputMode: 'numeric' })}
        </div>
        <Field id={idOf('woonsituatieToelichting')} label="Toelichting op de woonsituatie" labelSuffix="(optioneel)" error={errorOf('woonsituatieToelichting')} className="field--l">
          {(a) => <textarea {...register('woonsituatieToelichting')} className="input" rows={2} {...a} />}
        </Field>
      </fieldset>

      <fieldset className="fieldset form-group">
        <legend className="form-group-title">Huisarts en verwijzing</legend>
        {field('huisarts', 'Huisarts', { size: 'l', hint: 'Naam en praktijk' })}
        <div className="form-row">
          {field('verwijzerSoort', 'Soort verwijzer', { hint: 'Bijvoorbeeld: huisarts, geheugenpoli, wijkteam' })}
          {field('verwijzerNaam', 'Naam verwijzer')}
        </div>
      </fieldset>

      <FormActions submitLabel="Wijzigingen opslaan" busy={busy} onCancel={onCancel} />
    </form>
  );
}
