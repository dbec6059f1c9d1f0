/**
 * The plan on paper (`/clienten/:id/plan/:versionId/afdrukken`), for the client
 * and the naasten: plain Dutch addressed to the client, large type, no internal
 * codes or ids (no toewijzingnummers, product codes or zorgprofiel codes), page
 * breaks that keep a goal with its actions (see the print rules in styles.css).
 * "Afdrukken of opslaan als PDF" uses Electron's printToPDF when the preload
 * offers it, else the browser's print dialog.
 */
import { Link, useParams } from 'react-router';
import type { ClientDossier, Funding, PlanAction } from '../../../../shared/contract/index';
import { formatDateNl } from '../../../../shared/domain/dates';
import { usePrint } from '../../ui/use-print';
import { CONSENT_METHOD_LABEL, FUNDING_KIND_PLAIN, GOAL_STATUS_LABEL, WLZ_LEVERINGSVORM_LABEL, WLZ_ZORGPROFIEL_LABEL, ZVW_SOORT_LABEL, relationLabel } from '../../app/labels';
import { dateNl } from '../../ui/dates';
import { useDocumentTitle } from '../../ui/Page';
import { Fact } from '../../ui/Fact';
import { useDomainSets, useDossier } from '../dossier/dossier-data';
import { categorieLabel } from '../funding/funding-format';
import { ActionFacts } from './ActionFacts';
import { latestTwo, planOutline } from './plan-format';
import { usePlanVersion } from './plan-data';
import { versionPath } from './PlanTab';
import { ScoreChartLazy, ScoreTable } from './ScoresSection';

/** What the funding pays for, without codes or numbers. */
function fundingWords(f: Funding | undefined): string | null {
  if (!f) return null;
  switch (f.kind) {
    case 'WMO':
      return f.productOmschrijving ?? categorieLabel(f.productCategorie);
    case 'ZVW':
      return f.zvwSoort ? (ZVW_SOORT_LABEL[f.zvwSoort as keyof typeof ZVW_SOORT_LABEL] ?? null) : null;
    case 'WLZ':
      return (
        [
          f.wlzZorgprofiel ? WLZ_ZORGPROFIEL_LABEL[f.wlzZorgprofiel as keyof typeof WLZ_ZORGPROFIEL_LABEL] : null,
          f.wlzLeveringsvorm ? WLZ_LEVERINGSVORM_LABEL[f.wlzLeveringsvorm as keyof typeof WLZ_LEVERINGSVORM_LABEL] : null,
        ]
          .filter(Boolean)
          .join(', ') || null
      );
    default:
      return null;
  }
}

function PrintAction({ a, dossier }: { a: PlanAction; dossier: ClientDossier | undefined }) {
  const funding = dossier?.funding.find((f) => f.id === a.fundingId);
  const words = fundingWords(funding);
  return (
    <li className="print-action">
      <p className="print-action-what">{a.description}</p>
      <ActionFacts action={a} className="print-facts" payer={`${FUNDING_KIND_PLAIN[a.financing]}${words ? ` — ${words}` : ''}`} />
    </li>
  );
}

export function PrintPage() {
  const { id = '', versionId = '' } = useParams();
  useDocumentTitle('Ondersteuningsplan afdrukken');
  const version = usePlanVersion(versionId);
  const dossier = useDossier(id);
  const sets = useDomainSets();
  const v = version.data;
  const d = dossier.data;
  const set = v ? sets.data?.find((s) => s.code === v.domainSet) : undefined;
  const { printState, print } = usePrint({ clientId: id, objectType: 'plan_version', objectId: versionId });


  const toolbar = (
    <div className="print-toolbar">
      <Link to={versionPath(id, versionId)} className="back-link">
        <span aria-hidden="true">← </span>Terug naar het plan
      </Link>
      {v ? (
        <button type="button" className="button button--primary" aria-disabled={printState.busy || undefined} onClick={() => void print(`Ondersteuningsplan versie ${v.versionNo}.pdf`)}>
          {printState.busy ? 'Bezig met afdrukken…' : 'Afdrukken of opslaan als PDF'}
        </button>
      ) : null}
      <span className={printState.failed ? 'print-toolbar-hint save-error' : 'muted print-toolbar-hint'} role="status">
        {printState.message ?? 'Zo ziet het plan er op papier uit (A4).'}
      </span>
    </div>
  );

  if (!v || !d) {
    return (
      <div className="print-frame">
        {toolbar}
        <main id="inhoud" className="print-sheet" tabIndex={-1}>
          <h1 tabIndex={-1}>Ondersteuningsplan</h1>
          <p role="status">{version.error || dossier.error ? 'Het plan kon niet worden geladen.' : 'Het plan wordt geladen…'}</p>
        </main>
      </div>
    );
  }

  const h = d.header;
  const { latest, previous } = latestTwo(v.scoreHistory);
  const { domains, loose } = planOutline(set, v);
  const people = d.network.filter((m) => m.kind !== 'professional');
  const professionals = d.network.filter((m) => m.kind === 'professional');
  const statusLine =
    v.status === 'concept'
      ? 'Concept: dit plan is nog niet samen vastgesteld.'
      : v.vastgesteldOp
        ? `Vastgesteld op ${formatDateNl(v.vastgesteldOp)}.`
        : 'Vastgesteld.';

  return (
    <div className="print-frame">
      {toolbar}
      <main id="inhoud" className="print-sheet" tabIndex={-1} data-testid="afdruk">
        <header className="print-header">
          <p className="print-kicker">Integraal ondersteuningsplan · versie {v.versionNo}</p>
          <h1 tabIndex={-1}>Ondersteuningsplan van {v.clientName}</h1>
          <p className="print-status">{statusLine}</p>
          <dl className="print-facts print-facts--head">
            <Fact label="Geboortedatum">{formatDateNl(h.geboortedatum)}</Fact>
            <Fact label="Uw vaste contactpersoon">{[h.casemanagerName, h.organisationName].filter(Boolean).join(', ') || 'nog niet bekend'}</Fact>
            <Fact label="Het plan loopt">{v.ingangsdatum ? `vanaf ${formatDateNl(v.ingangsdatum)}${v.einddatum ? ` tot en met ${formatDateNl(v.einddatum)}` : ''}` : 'nog niet vastgelegd'}</Fact>
            <Fact label="We bekijken het plan samen opnieuw op">{dateNl(v.evaluatiedatum, 'nog niet afgesproken')}</Fact>
          </dl>
        </header>

        <section className="print-section">
          <h2>Uw situatie</h2>
          <p className="plan-text">{v.verkenning ?? 'Nog niet beschreven.'}</p>
        </section>
        <section className="print-section">
          <h2>Wat u wilt</h2>
          <p className="plan-text">{v.wensen ?? 'Nog niet beschreven.'}</p>
        </section>
        <section className="print-section">
          <h2>Wat uw naasten nodig hebben</h2>
          <p className="plan-text">{v.naasten ?? 'Nog niet beschreven.'}</p>
        </section>

        <section className="print-section">
          <h2>Doelen en afspraken</h2>
          {v.goals.length === 0 ? <p>Er zijn nog geen doelen afgesproken.</p> : null}
          {domains.map((g) => (
            <div key={g.domain} className="print-domain">
              {g.goals.map(({ goal, actions }, i) => (
                <article key={goal.id} className="print-goal">
                  {i === 0 ? <h3 className="print-domain-title">{g.name}</h3> : null}
                  <h4 className="print-goal-title">“{goal.description}”</h4>
                  <p className="print-goal-meta">
                    {GOAL_STATUS_LABEL[goal.status]}
                    {goal.targetDate ? ` · streefdatum ${formatDateNl(goal.targetDate)}` : ''}
                  </p>
                  {actions.length ? (
                    <ul className="print-actions">
                      {actions.map((a) => (
                        <PrintAction key={a.id} a={a} dossier={d} />
                      ))}
                    </ul>
                  ) : null}
                </article>
              ))}
            </div>
          ))}
          {loose.length ? (
            <div className="print-domain">
              <h3 className="print-domain-title">Andere afspraken</h3>
              <ul className="print-actions">
                {loose.map((a) => (
                  <PrintAction key={a.id} a={a} dossier={d} />
                ))}
              </ul>
            </div>
          ) : null}
        </section>

        {set && latest ? (
          <section className="print-section print-keep">
            <h2>Hoe het nu gaat</h2>
            <p>
              {set.name}, gemeten op {formatDateNl(latest.scoredOn)}
              {previous ? ` (de gestreepte lijn is de meting van ${formatDateNl(previous.scoredOn)})` : ''}. Van {set.scale.min} tot en met {set.scale.max}: hoe hoger, hoe beter.
            </p>
            <div className="print-chart">
              <ScoreChartLazy set={set} latest={latest} previous={previous} compact />
            </div>
            <ScoreTable set={set} history={v.scoreHistory} caption="Uw scores per onderdeel" max={3} />
          </section>
        ) : null}

        {d.network.length ? (
          <section className="print-section print-keep">
            <h2>Wie helpen er mee</h2>
            <ul className="print-people">
              {people.map((m) => (
                <li key={m.id}>
                  <strong>{m.name}</strong>, {relationLabel(m.relation).toLowerCase()}
                  {m.isMantelzorger ? ' (mantelzorger)' : ''}
                  {m.taken ? ` — ${m.taken}` : ''}
                </li>
              ))}
              {professionals.map((m) => (
                <li key={m.id}>
                  <strong>{m.name}</strong>, {relationLabel(m.relation).toLowerCase()}
                  {m.organisationName ? ` (${m.organisationName})` : ''}
                  {m.telefoon ? ` — telefoon ${m.telefoon}` : ''}
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        <section className="print-section print-keep">
          <h2>Instemming</h2>
          {v.consent ? (
            <>
              <p>
                {v.consent.by} heeft op {formatDateNl(v.consent.date)} ingestemd met dit plan ({CONSENT_METHOD_LABEL[v.consent.method].toLowerCase()}
                {v.consent.witness ? `; getuige: ${v.consent.witness}` : ''}).
              </p>
              {v.consent.signature ? <img src={v.consent.signature} alt={`Handtekening van ${v.consent.by}`} className="print-signature" /> : null}
            </>
          ) : (
            <p>Dit plan is nog niet vastgesteld. Na het gesprek tekent u of stemt u op een andere manier in.</p>
          )}
        </section>

        <footer className="print-footer">
          <p>
            Vragen over dit plan? Neem contact op met {h.casemanagerName ?? 'uw casemanager'}
            {h.organisationName ? ` van ${h.organisationName}` : ''}.
          </p>
        </footer>
      </main>
    </div>
  );
}
