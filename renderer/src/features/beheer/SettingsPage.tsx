/**
 * Beheer → Instellingen: the network rules the plan follows —
 * "informele hulp eerst" (Hollandscheveld, 004:590-593) and the default time
 * until the next evaluation (`settings.get` / `settings.update`).
 */
import { useState } from 'react';
import { errorMessage } from '../../api';
import { announce } from '../../app/announcer';
import { ErrorNotice, FormActions } from '../../ui/form';
import { Page } from '../../ui/Page';
import { settingsCommands, useSettings } from '../dossier/dossier-data';
import { BeheerNav } from './BeheerNav';

function SettingsForm({ initial }: { initial: { vrijwilligersEerst: boolean; evaluatieTermijnMaanden: number } }) {
  const [eerst, setEerst] = useState(initial.vrijwilligersEerst);
  const [termijn, setTermijn] = useState(String(initial.evaluatieTermijnMaanden));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await settingsCommands.update({ vrijwilligersEerst: eerst, evaluatieTermijnMaanden: Number(termijn) });
      announce('De instellingen zijn opgeslagen.');
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
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
  return (
    <Page title="Instellingen" heading="Instellingen" intro={<p>Afspraken van het netwerk die Schotvrij bij het ondersteuningsplan bewaakt.</p>}>
      <BeheerNav />
      {settings.data ? (
        <SettingsForm key={JSON.stringify(settings.data)} initial={settings.data} />
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
