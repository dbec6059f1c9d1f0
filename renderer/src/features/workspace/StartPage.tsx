import { useState } from 'react';
import { Link } from 'react-router';
import type { Role } from '../../../../shared/schema/index';
import { ROLE_DESCRIPTION, ROLE_LABEL, ROLES_IN_ORDER } from '../../app/labels';
import { ErrorNotice } from '../../ui/form';
import { Page } from '../../ui/Page';
import { useWorkspaceStore, type DemoChoice } from './workspace-store';

type DemoSize = DemoChoice['size'];

const SIZE_LABEL: Record<Exclude<DemoSize, 'kassier'>, string> = {
  small: 'Klein: 8 casemanagers (om te oefenen)',
  network: 'Volledig netwerk: 60 casemanagers, 9.000 cliënten',
};

export function StartPage() {
  const available = useWorkspaceStore((s) => s.status?.available);
  const security = useWorkspaceStore((s) => s.status?.security ?? null);
  const pending = useWorkspaceStore((s) => s.pending);
  const actionError = useWorkspaceStore((s) => s.actionError);
  const { openDemo, open, chooseStart } = useWorkspaceStore.getState();
  const [role, setRole] = useState<Role>('arrangeur');
  const [size, setSize] = useState<Exclude<DemoSize, 'kassier'>>('small');

  const demoError = actionError?.action === 'openDemo' ? actionError.message : null;
  const openError = actionError?.action === 'open' ? actionError.message : null;

  return (
    <Page
      title="Welkom"
      heading="Welkom bij Schotvrij"
      className="page--start"
      intro={
        <p>
          Schotvrij ondersteunt de zorg en ondersteuning rond één cliënt, over de schotten tussen Wmo, Zvw en Wlz heen. Alles wat u vastlegt, blijft op deze computer. Kies hoe u wilt
          beginnen.
        </p>
      }
    >
      <div className="choice-grid">
        <section className="card choice" aria-labelledby="kop-demo">
          <h2 id="kop-demo" className="card-title">
            Demo-omgeving openen
          </h2>
          <p>Verken Schotvrij met een verzonnen dementienetwerk in Midden-Limburg. Alle namen en nummers zijn fictief; de demo staat los van echte gegevens.</p>
          <form
            className="form"
            onSubmit={(e) => {
              e.preventDefault();
              void openDemo({ role, size });
            }}
          >
            <div className="field">
              <label htmlFor="demo-rol" className="field-label">
                Rol
              </label>
              <div id="demo-rol-hint" className="field-hint">
                {ROLE_DESCRIPTION[role]}
              </div>
              <select id="demo-rol" className="input" value={role} onChange={(e) => setRole(e.target.value as Role)} aria-describedby="demo-rol-hint">
                {ROLES_IN_ORDER.map((r) => (
                  <option key={r} value={r}>
                    {ROLE_LABEL[r]}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="demo-omvang" className="field-label">
                Omvang
              </label>
              <select id="demo-omvang" className="input" value={size} onChange={(e) => setSize(e.target.value as Exclude<DemoSize, 'kassier'>)}>
                {(Object.keys(SIZE_LABEL) as Exclude<DemoSize, 'kassier'>[]).map((s) => (
                  <option key={s} value={s}>
                    {SIZE_LABEL[s]}
                  </option>
                ))}
              </select>
            </div>
            <ErrorNotice>{demoError}</ErrorNotice>
            <div className="form-actions">
              <button type="submit" className="button button--primary" aria-disabled={pending !== null || undefined}>
                {pending === 'openDemo' ? 'Demo wordt klaargezet…' : 'Demo-omgeving openen'}
              </button>
            </div>
          </form>
        </section>

        <section className="card choice" aria-labelledby="kop-eigen">
          <h2 id="kop-eigen" className="card-title">
            Eigen omgeving
          </h2>
          {available?.eigen ? (
            <>
              <p>Op deze computer staat al een eigen omgeving met echte gegevens. Open die om verder te werken.</p>
              {security?.locked ? <p>De omgeving is vergrendeld: u opent die met uw wachtwoord.</p> : null}
              {security && !security.encrypted ? (
                <p className="notice notice--warn">Deze omgeving is nog niet versleuteld. Versleutel de database na het openen bij Beheer → Beveiliging.</p>
              ) : null}
              <ErrorNotice>{openError}</ErrorNotice>
              <div className="form-actions">
                <button
                  type="button"
                  className="button button--primary"
                  aria-disabled={pending !== null || undefined}
                  onClick={() => (security?.locked ? chooseStart(false) : void open('eigen'))}
                >
                  {pending === 'open' ? 'Bezig met openen…' : 'Eigen omgeving openen'}
                </button>
              </div>
            </>
          ) : (
            <>
              <p>Richt Schotvrij in voor uw eigen werk: uw rol, uw organisatie en het netwerk waarin u samenwerkt. Daarna kunt u cliënten vastleggen.</p>
              <div className="form-actions">
                <Link to="/inrichten" className="button button--primary">
                  Nieuwe omgeving inrichten
                </Link>
              </div>
            </>
          )}
          {available?.demo ? (
            <div className="choice-secondary">
              <h3 className="choice-secondary-title">Eerder geopende demo</h3>
              <p>De demo-omgeving van de vorige keer staat nog klaar.</p>
              <button type="button" className="button" aria-disabled={pending !== null || undefined} onClick={() => void open('demo')}>
                Vorige demo openen
              </button>
            </div>
          ) : null}
        </section>
      </div>
    </Page>
  );
}
