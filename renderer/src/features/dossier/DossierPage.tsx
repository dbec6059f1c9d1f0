/**
 * Cliëntdossier: one call (`clients.dossier`) and six parts as ARIA tabs —
 * Overzicht, Tijdlijn, Netwerk, Financiering, Plan and Inzage (who saw the dossier). `/clienten/:id/:tab`
 * opens a part directly (links from the plan pages come back to "Plan").
 */
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ageOn, formatDateNl } from '../../../../shared/domain/dates';
import { displayName } from '../../../../shared/domain/names';
import { PLAN_STATUS_LABEL } from '../../../../shared/domain/plan';
import { isApiError } from '../../api';
import { useToday } from '../../ui/format';
import { Page } from '../../ui/Page';
import { Tabs, type TabDef } from '../../ui/Tabs';
import { StatusBadge } from '../clients/StatusBadge';
import { ClientAccessTab } from '../audit/ClientAccessTab';
import { FundingTab } from '../funding/FundingTab';
import { NetworkTab } from '../network/NetworkTab';
import { PlanTab } from '../plan/PlanTab';
import { useDossier } from './dossier-data';
import { isDossierTab, useDossierView, type DossierTab } from './dossier-store';
import { OverviewTab } from './OverviewTab';
import { TimelineTab } from './TimelineTab';

const backLink = (
  <Link to="/clienten" className="back-link">
    <span aria-hidden="true">← </span>Terug naar de cliëntenlijst
  </Link>
);

export function DossierPage() {
  const { id = '', tab } = useParams();
  const dossier = useDossier(id);
  const today = useToday();
  const [active, setActive] = useState<DossierTab>(() => (isDossierTab(tab) ? tab : (useDossierView.getState().tabs[id] ?? 'overzicht')));
  const choose = (t: DossierTab) => {
    setActive(t);
    useDossierView.getState().setTab(id, t);
  };

  const d = dossier.data;
  if (!d) {
    if (dossier.loading) {
      return (
        <Page title="Cliëntdossier" heading="Cliëntdossier" before={backLink}>
          <p role="status">Gegevens worden geladen…</p>
        </Page>
      );
    }
    const notFound = isApiError(dossier.error) && dossier.error.code === 'NOT_FOUND';
    return (
      <Page title={notFound ? 'Cliënt niet gevonden' : 'Cliëntdossier'} heading={notFound ? 'Cliënt niet gevonden' : 'Cliëntdossier'} before={backLink}>
        <div className="notice notice--error" role="alert">
          <p>
            {notFound ? 'Deze cliënt bestaat niet (meer) in deze omgeving.' : `De gegevens konden niet worden geladen. ${isApiError(dossier.error) ? dossier.error.message : ''}`}
          </p>
          {notFound ? null : (
            <button type="button" className="button" onClick={dossier.reload}>
              Opnieuw proberen
            </button>
          )}
        </div>
      </Page>
    );
  }

  const h = d.header;
  const current = d.currentVersion;
  const tabs: TabDef<DossierTab>[] = [
    { id: 'overzicht', label: 'Overzicht' },
    { id: 'tijdlijn', label: 'Tijdlijn' },
    { id: 'netwerk', label: `Netwerk (${d.network.length})` },
    { id: 'financiering', label: `Financiering (${d.funding.length})` },
    { id: 'plan', label: current ? `Plan (${PLAN_STATUS_LABEL[current.status].toLowerCase()})` : 'Plan' },
    { id: 'inzage', label: 'Inzage' },
  ];

  return (
    // No client name in the window title: titles end up in task bars and screen-sharing previews.
    <Page title="Cliëntdossier" heading={displayName(h)} before={backLink} className="page--detail page--dossier">
      <p className="dossier-summary" data-testid="dossier-samenvatting">
        <span>
          Geboren {formatDateNl(h.geboortedatum)} ({ageOn(h.geboortedatum, today)} jaar)
        </span>
        <span aria-hidden="true"> · </span>
        <span>
          Status: <StatusBadge status={h.status} />
        </span>
        <span aria-hidden="true"> · </span>
        <span>Casemanager: {h.casemanagerName ?? 'nog niet toegewezen'}</span>
      </p>
      <Tabs label="Onderdelen van het dossier" idPrefix="dossier" tabs={tabs} active={active} onChange={choose}>
        {active === 'overzicht' ? <OverviewTab dossier={d} onChanged={dossier.reload} /> : null}
        {active === 'tijdlijn' ? <TimelineTab dossier={d} /> : null}
        {active === 'netwerk' ? <NetworkTab dossier={d} /> : null}
        {active === 'financiering' ? <FundingTab dossier={d} /> : null}
        {active === 'plan' ? <PlanTab dossier={d} /> : null}
        {active === 'inzage' ? <ClientAccessTab clientId={id} /> : null}
      </Tabs>
    </Page>
  );
}
