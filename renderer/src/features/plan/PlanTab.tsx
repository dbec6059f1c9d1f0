/**
 * Plan (in the dossier): start the plan by choosing a life-domain instrument, or
 * see where the plan stands — its current version and all versions — and open it.
 */
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ClientDossier } from '../../../../shared/contract/index';
import { PLAN_STATUS_LABEL } from '../../../../shared/domain/plan';
import { errorMessage } from '../../api';
import { announce } from '../../app/announcer';
import { ErrorNotice, Fieldset, FormActions, Radio } from '../../ui/form';
import { Fact } from '../../ui/Fact';
import { ScrollArea } from '../../ui/ScrollArea';
import { dateNl } from '../../ui/dates';
import { useDomainSets } from '../dossier/dossier-data';
import { planCommands } from './plan-data';

export const versionPath = (clientId: string, versionId: string) => `/clienten/${encodeURIComponent(clientId)}/plan/${encodeURIComponent(versionId)}`;

export function PlanStatusBadge({ status }: { status: keyof typeof PLAN_STATUS_LABEL }) {
  return <span className={`badge badge--plan-${status}`}>{PLAN_STATUS_LABEL[status]}</span>;
}

function StartPlan({ clientId }: { clientId: string }) {
  const sets = useDomainSets();
  const navigate = useNavigate();
  const [choice, setChoice] = useState('positieve-gezondheid');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const start = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const v = await planCommands.create(clientId, choice);
      announce('Het ondersteuningsplan is begonnen (versie 1, concept).');
      navigate(versionPath(clientId, v.id));
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="kop-plan-start">
      <h2 id="kop-plan-start" className="card-title">
        Nog geen ondersteuningsplan
      </h2>
      <p>Eén integraal ondersteuningsplan per cliënt: de verkenning met cliënt en naasten, wensen, doelen per levensdomein en wie wat doet. Kies eerst hoe u de levensdomeinen bespreekt.</p>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          void start();
        }}
      >
        <Fieldset id="instrument" legend="Instrument voor de levensdomeinen">
          {sets.loading ? <p role="status">Instrumenten worden geladen…</p> : null}
          <div className="radio-list">
            {(sets.data ?? []).map((s) => (
              <Radio
                key={s.code}
                id={`instrument-${s.code}`}
                label={s.name}
                hint={
                  <>
                    {s.domains.length} domeinen, schaal {s.scale.min}–{s.scale.max}, gescoord door {s.scorer === 'client' ? 'de cliënt zelf' : 'de professional'}
                    {s.chart === 'spider' ? ', getoond als spinnenweb' : ''}. {s.owner}.
                  </>
                }
                name="instrument"
                value={s.code}
                checked={choice === s.code}
                onChange={() => setChoice(s.code)}
              />
            ))}
          </div>
        </Fieldset>
        <ErrorNotice>{error}</ErrorNotice>
        <FormActions submitLabel="Plan beginnen" busy={busy} busyLabel="Bezig…" />
      </form>
    </section>
  );
}

export function PlanTab({ dossier }: { dossier: ClientDossier }) {
  const clientId = dossier.header.id;
  const plan = dossier.plan;
  const v = dossier.currentVersion;
  if (!plan || !v) return <StartPlan clientId={clientId} />;
  const versions = [...plan.versions].sort((a, b) => b.versionNo - a.versionNo);
  return (
    <>
      <section className="card" aria-labelledby="kop-plan-nu">
        <div className="card-head">
          <h2 id="kop-plan-nu" className="card-title">
            Ondersteuningsplan, versie {v.versionNo} <PlanStatusBadge status={v.status} />
          </h2>
          <Link to={versionPath(clientId, v.id)} className="button button--primary">
            {v.editable ? 'Plan openen en bewerken' : 'Plan openen'}
          </Link>
        </div>
        <dl className="facts facts--compact">
          <Fact label="Ingangsdatum">{dateNl(v.ingangsdatum, 'nog niet ingevuld')}</Fact>
          <Fact label="Evaluatie">{dateNl(v.evaluatiedatum, 'nog niet gepland')}</Fact>
          <Fact label="Doelen en acties">
            {v.goals.length === 1 ? '1 doel' : `${v.goals.length} doelen`}, {v.actions.length === 1 ? '1 actie' : `${v.actions.length} acties`}
          </Fact>
          {v.consent ? (
            <Fact label="Instemming">
              {dateNl(v.consent.date)} door {v.consent.by}
            </Fact>
          ) : null}
        </dl>
      </section>
      <section className="card" aria-labelledby="kop-plan-versies">
        <div className="card-head">
          <h2 id="kop-plan-versies" className="card-title">
            Versies
          </h2>
          {versions.length > 1 ? (
            <Link to={`/clienten/${encodeURIComponent(clientId)}/plan/vergelijken`} className="button">
              Versies vergelijken
            </Link>
          ) : null}
        </div>
        <ScrollArea label="Versies van het plan">
          <table className="table" aria-labelledby="kop-plan-versies">
            <thead>
              <tr>
                <th scope="col">Versie</th>
                <th scope="col">Status</th>
                <th scope="col">Ingangsdatum</th>
                <th scope="col">Vastgesteld op</th>
                <th scope="col">Evaluatie</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    <Link to={versionPath(clientId, s.id)}>Versie {s.versionNo}</Link>
                  </th>
                  <td>
                    <PlanStatusBadge status={s.status} />
                  </td>
                  <td>{dateNl(s.ingangsdatum)}</td>
                  <td>{dateNl(s.vastgesteldOp)}</td>
                  <td>{dateNl(s.evaluatiedatum)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      </section>
    </>
  );
}
