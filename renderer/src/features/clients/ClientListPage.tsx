import { useCallback, useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ClientRow } from '../../../../shared/contract/index';
import { ageOn, formatDateShortNl } from '../../../../shared/domain/dates';
import { listName } from '../../../../shared/domain/names';
import { CLIENT_STATUS_LABEL, CLIENT_STATUSES_IN_ORDER } from '../../app/labels';
import { countOf, useToday } from '../../ui/format';
import { Page } from '../../ui/Page';
import { VirtualTable, type Column } from '../../ui/VirtualTable';
import { useClientList } from './client-data';
import { queryKey } from './client-list-cache';
import { statusesOf, useClientListView, type StatusFilter } from './clients-store';
import { StatusBadge } from './StatusBadge';

export const NEW_CLIENT_SHORTCUT = 'Alt+N';

function useColumns(): Column<ClientRow>[] {
  const today = useToday();
  return useMemo(() => {
    return [
      { id: 'naam', header: 'Naam', width: 'minmax(13rem, 2fr)', cell: (r) => <span className="cell-strong">{listName(r)}</span> },
      {
        id: 'geboortedatum',
        header: 'Geboortedatum',
        width: 'minmax(13.5rem, 1.3fr)',
        cell: (r) => (
          <>
            <span className="tabular">{formatDateShortNl(r.geboortedatum)}</span> <span className="muted">({ageOn(r.geboortedatum, today)} jaar)</span>
          </>
        ),
      },
      {
        id: 'bsn',
        header: 'BSN',
        width: 'minmax(8rem, 0.9fr)',
        cell: (r) =>
          r.bsnMasked ? (
            <span className="tabular" aria-label={`BSN eindigend op ${r.bsnMasked.slice(-3).split('').join(' ')}`}>
              {r.bsnMasked}
            </span>
          ) : (
            <span className="muted">onbekend</span>
          ),
      },
      { id: 'status', header: 'Status', width: 'minmax(10.5rem, 1fr)', cell: (r) => <StatusBadge status={r.status} /> },
      { id: 'casemanager', header: 'Casemanager', width: 'minmax(10rem, 1.4fr)', cell: (r) => r.casemanagerName ?? <span className="muted">—</span> },
    ];
  }, [today]);
}

export function ClientListPage() {
  const searchInput = useClientListView((s) => s.searchInput);
  const search = useClientListView((s) => s.search);
  const statusFilter = useClientListView((s) => s.statusFilter);
  const activeIndex = useClientListView((s) => s.activeIndex);
  const { setSearchInput, applySearch, setStatusFilter, setActiveIndex } = useClientListView.getState();
  const navigate = useNavigate();
  const columns = useColumns();

  const query = useMemo(() => ({ search, status: statusesOf(statusFilter) }), [search, statusFilter]);
  const list = useClientList(query);
  const { cache } = list;

  const onRangeChange = useCallback((first: number, last: number) => cache.want(first, last), [cache]);
  const getRow = useCallback((i: number) => cache.row(i), [cache]);
  const onOpen = useCallback((row: ClientRow) => navigate(`/clienten/${encodeURIComponent(row.id)}`), [navigate]);

  const filtered = search !== '' || statusFilter !== 'alle';
  const countText =
    list.total === null ? 'Cliënten worden geladen…' : filtered ? `${countOf(list.total, 'cliënt', 'cliënten')} gevonden` : countOf(list.total, 'cliënt', 'cliënten');

  return (
    <Page
      title="Cliënten"
      heading="Cliënten"
      className="page--fill"
      actions={
        <Link to="/clienten/nieuw" className="button button--primary" aria-keyshortcuts={NEW_CLIENT_SHORTCUT}>
          Nieuwe cliënt <kbd className="kbd" aria-hidden="true">Alt+N</kbd>
        </Link>
      }
    >
      <form
        className="toolbar"
        role="search"
        aria-label="Cliënten zoeken"
        onSubmit={(e) => {
          e.preventDefault();
          applySearch();
        }}
      >
        <div className="toolbar-field toolbar-field--grow">
          <label htmlFor="zoek-client">Zoeken</label>
          <input
            id="zoek-client"
            type="search"
            className="input"
            value={searchInput}
            onChange={(e) => setSearchInput(e.target.value)}
            placeholder="Naam, BSN of geboortedatum (dd-mm-jjjj)"
            aria-describedby="zoek-client-hint"
            autoComplete="off"
            spellCheck={false}
          />
          <span id="zoek-client-hint" className="visually-hidden">
            Zoek op naam, op het volledige BSN of op geboortedatum als dd-mm-jjjj. De lijst past zich aan terwijl u typt.
          </span>
        </div>
        <div className="toolbar-field">
          <label htmlFor="status-filter">Status</label>
          <select id="status-filter" className="input" value={statusFilter} onChange={(e) => setStatusFilter(e.target.value as StatusFilter)}>
            <option value="alle">Alle statussen</option>
            <option value="lopend">Lopend (aangemeld, wachtend, in zorg)</option>
            {CLIENT_STATUSES_IN_ORDER.map((s) => (
              <option key={s} value={s}>
                {CLIENT_STATUS_LABEL[s]}
              </option>
            ))}
          </select>
        </div>
        <p className="toolbar-count" role="status" id="client-count">
          {countText}
        </p>
      </form>

      {list.error ? (
        <div className="notice notice--error" role="alert">
          <p>De cliëntenlijst kon niet worden geladen: {list.error}</p>
          <button type="button" className="button" onClick={() => cache.invalidate()}>
            Opnieuw proberen
          </button>
        </div>
      ) : null}

      {list.total === 0 ? (
        <div className="empty-state">
          {filtered ? (
            <>
              <h2>Geen cliënten gevonden</h2>
              <p>Er zijn geen cliënten die passen bij uw zoekopdracht of filter. Controleer de spelling, zoek op een deel van de naam, of kies “Alle statussen”.</p>
            </>
          ) : (
            <>
              <h2>Nog geen cliënten</h2>
              <p>Er staan nog geen cliënten in deze omgeving. Voeg de eerste cliënt toe met “Nieuwe cliënt”.</p>
            </>
          )}
        </div>
      ) : (
        <VirtualTable
          key={queryKey(query)}
          id="clientenlijst"
          label="Cliëntenlijst"
          describedBy="client-count grid-hint"
          columns={columns}
          rowCount={list.total ?? 0}
          busy={list.total === null}
          getRow={getRow}
          onRangeChange={onRangeChange}
          onOpen={onOpen}
          activeIndex={activeIndex}
          onActiveIndexChange={setActiveIndex}
        />
      )}
      {list.total === 0 ? null : (
        <p id="grid-hint" className="hint-line">
          Gebruik de pijltjestoetsen om door de lijst te gaan, Home en End voor begin en einde, en Enter om een cliënt te openen.
        </p>
      )}
    </Page>
  );
}
