/**
 * Beheer → Instellingen: the network rules the plan follows —
 * "informele hulp eerst" (Hollandscheveld, 004:590-593) and the default time
 * until the next evaluation (`settings.get` / `settings.update`) — and the contract
 * rules that attribute registered time: how long an insurer keeps paying the
 * casemanager after a Wlz admission (per insurer; 42 days in one network, 0 in
 * another) and how long nazorg after death lasts.
 */
import { useState } from 'react';
import type { Settings } from '../../../../shared/contract/index';
import { errorMessage } from '../../api';
import { announce } from '../../app/announcer';
import { IssueList, useContractForm, type Conversion } from '../../ui/contract-form';
import { ErrorNotice, ErrorSummary, Field, FormActions } from '../../ui/form';
import { Page } from '../../ui/Page';
import { settingsCommands, useFunders, useSettings } from '../dossier/dossier-data';
import { useWorkspaceStore } from '../workspace/workspace-store';
import { BeheerNav } from './BeheerNav';
import { useAction } from '../../ui/use-action';

type Attribution = Settings['attribution'];
type AttributionValues = Record<string, string>;
const attrId = (f: string) => `toerekening-${f}`;

/** '42' → 42; '' → null (per insurer: follow the default); anything else NaN. */
function days(raw: string): number | null {
  const s = raw.trim();
  if (s === '') return null;
  return /^\d{1,3}$/.test(s) ? Number(s) : Number.NaN;
}

function AttributionForm({ initial, insurers }: { initial: Attribution; insurers: { code: string; name: string }[] }) {
  const fields = ['postAdmissionDays', ...insurers.map((i) => `insurer_${i.code}`), 'nazorgDays'];
  const defaults: AttributionValues = {
    postAdmissionDays: String(initial.postAdmissionDays),
    nazorgDays: String(initial.nazorgDays),
    ...Object.fromEntries(insurers.map((i) => [`insurer_${i.code}`, initial.postAdmissionDaysByFunder[i.code] !== undefined ? String(initial.postAdmissionDaysByFunder[i.code]) : ''])),
  };
  const toInput = (v: AttributionValues): Conversion<Attribution> => {
    const issues = new IssueList();
    const check = (field: string, required: boolean): number | null => {
      const n = days(v[field] ?? '');
      if (n === null && required) issues.add(field, 'Vul een aantal dagen in (0 tot en met 365).');
      else if (n !== null && (Number.isNaN(n) || n > 365)) issues.add(field, 'Vul een heel aantal dagen in, van 0 tot en met 365.');
      return n;
    };
    const postAdmissionDays = check('postAdmissionDays', true);
    const byFunder: Record<string, number> = {};
    for (const i of insurers) {
      const n = check(`insurer_${i.code}`, false);
      if (n !== null && !Number.isNaN(n)) byFunder[i.code] = n;
    }
    // Insurers this installation does not list keep their rule.
    for (const [code, n] of Object.entries(initial.postAdmissionDaysByFunder)) if (!insurers.some((i) => i.code === code)) byFunder[code] = n;
    const nazorgDays = check('nazorgDays', true);
    if (!issues.empty) return { input: null, issues: issues.issues };
    return { input: { postAdmissionDays: postAdmissionDays!, postAdmissionDaysByFunder: byFunder, nazorgDays: nazorgDays! }, issues: [] };
  };
  const { form, errorOf, submitWith, summary, busy } = useContractForm<AttributionValues, Attribution>({
    fields,
    defaultValues: defaults,
    toInput,
    idOf: attrId,
    strip: ['patch.attribution', 'patch'],
  });
  const { register } = form;
  return (
    <form
      className="form card"
      noValidate
      aria-labelledby="kop-instellingen-toerekening"
      onSubmit={submitWith(async (attribution) => {
        await settingsCommands.update({ attribution });
        announce('De regels voor toerekening zijn opgeslagen. Nieuwe registraties volgen ze; bestaande blijven zoals ze zijn.');
      })}
    >
      <h2 id="kop-instellingen-toerekening" className="card-title">
        Tijdregistratie: toerekening
      </h2>
      <p>Schotvrij stelt bij elke registratie voor welke financiering de tijd betaalt. Deze afspraken uit het contract met de zorgverzekeraars bepalen dat voorstel.</p>
      <ErrorSummary items={summary} />
      <Field
        id={attrId('postAdmissionDays')}
        label="Dagen dat de zorgverzekeraar na een Wlz-opname nog betaalt"
        hint="Standaard voor zorgverzekeraars die hieronder geen eigen afspraak hebben. 0 = de Zvw-financiering stopt bij de opname."
        required
        error={errorOf('postAdmissionDays')}
        className="field--s"
      >
        {(a) => <input {...register('postAdmissionDays')} className="input" type="text" inputMode="numeric" autoComplete="off" {...a} />}
      </Field>
      {insurers.length ? (
        <fieldset className="field fieldset" aria-describedby="toerekening-per-verzekeraar-hint">
          <legend className="field-label">Afspraak per zorgverzekeraar</legend>
          <p id="toerekening-per-verzekeraar-hint" className="field-hint">
            Leeg laten = de standaard hierboven. Bijvoorbeeld 42 dagen (zes weken) in het ene netwerk, 0 in het andere.
          </p>
          {insurers.map((i) => (
            <Field key={i.code} id={attrId(`insurer_${i.code}`)} label={`${i.name} (UZOVI ${i.code})`} labelSuffix="(dagen)" error={errorOf(`insurer_${i.code}`)} className="field--s">
              {(a) => <input {...register(`insurer_${i.code}`)} className="input" type="text" inputMode="numeric" autoComplete="off" {...a} />}
            </Field>
          ))}
        </fieldset>
      ) : null}
      <Field
        id={attrId('nazorgDays')}
        label="Dagen nazorg na overlijden"
        hint="Zo lang is werk met de naasten na het overlijden nazorg (niet-cliëntgebonden); daarna is het niet toe te rekenen."
        required
        error={errorOf('nazorgDays')}
        className="field--s"
      >
        {(a) => <input {...register('nazorgDays')} className="input" type="text" inputMode="numeric" autoComplete="off" {...a} />}
      </Field>
      <FormActions submitLabel="Toerekening opslaan" busy={busy} />
    </form>
  );
}

function AttributionSection({ initial }: { initial: Attribution }) {
  const funders = useFunders();
  if (!funders.data) return funders.loading ? <p role="status">Laden…</p> : null;
  const insurers = funders.data.filter((f) => f.law === 'ZVW').map((f) => ({ code: f.code, name: f.name }));
  return <AttributionForm key={JSON.stringify([initial, insurers])} initial={initial} insurers={insurers} />;
}

function SettingsForm({ initial }: { initial: { vrijwilligersEerst: boolean; evaluatieTermijnMaanden: number } }) {
  const [eerst, setEerst] = useState(initial.vrijwilligersEerst);
  const [termijn, setTermijn] = useState(String(initial.evaluatieTermijnMaanden));
  const { busy, error, run } = useAction();
  const save = () =>
    run(async () => {
      await settingsCommands.update({ vrijwilligersEerst: eerst, evaluatieTermijnMaanden: Number(termijn) });
      announce('De instellingen zijn opgeslagen.');
    });
  return (
    <form
      className="form card"
      aria-labelledby="kop-instellingen-plan"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2 id="kop-instellingen-plan" className="card-title">
        Ondersteuningsplan
      </h2>
      <ErrorNotice>{error}</ErrorNotice>
      <div className="checkbox">
        <input id="instelling-eerst" type="checkbox" checked={eerst} onChange={(e) => setEerst(e.target.checked)} aria-describedby="instelling-eerst-hint" />
        <label htmlFor="instelling-eerst">Informele hulp eerst</label>
        <span id="instelling-eerst-hint" className="checkbox-hint">
          Voordat een plan wordt vastgesteld, moet bij elke betaalde actie (Wmo, Zvw, Wlz) staan dat naasten of vrijwilligers eerst zijn overwogen. Zo werkt bijvoorbeeld Hollandscheveld.
        </span>
      </div>
      <div className="field field--s">
        <label htmlFor="instelling-termijn" className="field-label">
          Standaardtermijn tot de evaluatie
        </label>
        <div id="instelling-termijn-hint" className="field-hint">
          Een nieuw plan krijgt als evaluatiedatum de ingangsdatum plus deze termijn; u kunt die datum in het plan aanpassen.
        </div>
        <select id="instelling-termijn" className="input" value={termijn} onChange={(e) => setTermijn(e.target.value)} aria-describedby="instelling-termijn-hint">
          {Array.from({ length: 24 }, (_, i) => i + 1).map((m) => (
            <option key={m} value={m}>
              {m} {m === 1 ? 'maand' : 'maanden'}
            </option>
          ))}
        </select>
      </div>
      <FormActions submitLabel="Instellingen opslaan" busy={busy} />
    </form>
  );
}

export function SettingsPage() {
  const settings = useSettings();
  const role = useWorkspaceStore((st) => st.status?.active?.installation.role);
  return (
    <Page title="Instellingen" heading="Instellingen" intro={<p>Afspraken van het netwerk die Schotvrij bij het ondersteuningsplan en de tijdregistratie bewaakt.</p>}>
      <BeheerNav />
      {settings.data ? (
        <>
          <SettingsForm key={JSON.stringify([settings.data.vrijwilligersEerst, settings.data.evaluatieTermijnMaanden])} initial={settings.data} />
          {role === 'arrangeur' ? <AttributionSection initial={settings.data.attribution} /> : null}
        </>
      ) : settings.error ? (
        <p className="notice notice--error" role="alert">
          De instellingen konden niet worden geladen: {errorMessage(settings.error)}
        </p>
      ) : (
        <p role="status">Laden…</p>
      )}
    </Page>
  );
}
