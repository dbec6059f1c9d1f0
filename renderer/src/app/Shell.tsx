import { Suspense, lazy, useEffect, type MouseEvent, type ReactNode } from 'react';
import { NavLink, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import type { WorkspaceStatus } from '../../../shared/contract/index';
import { BeheerPage } from '../features/beheer/BeheerPage';
import { ClientDataProvider } from '../features/clients/client-data';
import { ClientListPage } from '../features/clients/ClientListPage';
import { NewClientPage } from '../features/clients/NewClientPage';
import { DossierPage } from '../features/dossier/DossierPage';
import { PlansPage } from '../features/plan/PlansPage';
import { RepeatLast } from '../features/uren/RepeatLast';
import { TimerIndicator } from '../features/uren/Timer';
import { UrenPage } from '../features/uren/UrenPage';
import { useActivityTouch } from '../features/workspace/use-activity';
import { canLock, useWorkspaceStore } from '../features/workspace/workspace-store';
import { Page } from '../ui/Page';
import { Announcer } from './Announcer';
import { ErrorBoundary } from './ErrorBoundary';
import { ROLE_LABEL } from './labels';
import { COMING, hasModule, modulesFor, type ModuleDef } from './modules';
import type { Role } from '../../../shared/schema/index';

type Active = NonNullable<WorkspaceStatus['active']>;

// Screens outside the daily list → dossier path load on demand (own chunks): the plan
// editor and its dialogs, the print view, version comparison (with the diff library),
// and the Beheer pages of this slice. The score chart (recharts) is split off as well.
const ComparePage = lazy(() => import('../features/plan/ComparePage'));
const PlanVersionPage = lazy(() => import('../features/plan/PlanVersionPage').then((m) => ({ default: m.PlanVersionPage })));
const PrintPage = lazy(() => import('../features/plan/PrintPage').then((m) => ({ default: m.PrintPage })));
const CatalogPage = lazy(() => import('../features/catalog/CatalogPage').then((m) => ({ default: m.CatalogPage })));
const SettingsPage = lazy(() => import('../features/beheer/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const IdentityPage = lazy(() => import('../features/beheer/IdentityPage').then((m) => ({ default: m.IdentityPage })));
const ActivitiesPage = lazy(() => import('../features/beheer/ActivitiesPage').then((m) => ({ default: m.ActivitiesPage })));
const ExportPage = lazy(() => import('../features/uren/ExportPage').then((m) => ({ default: m.ExportPage })));
const ImportPage = lazy(() => import('../features/kassier/ImportPage').then((m) => ({ default: m.ImportPage })));
const BatchesPage = lazy(() => import('../features/kassier/BatchesPage').then((m) => ({ default: m.BatchesPage })));
const TotalsPage = lazy(() => import('../features/kassier/TotalsPage').then((m) => ({ default: m.TotalsPage })));
const TrustPage = lazy(() => import('../features/kassier/TrustPage').then((m) => ({ default: m.TrustPage })));
const SecurityPage = lazy(() => import('../features/beheer/SecurityPage').then((m) => ({ default: m.SecurityPage })));
const BackupsPage = lazy(() => import('../features/beheer/BackupsPage').then((m) => ({ default: m.BackupsPage })));
const AuditLogPage = lazy(() => import('../features/audit/AuditLogPage').then((m) => ({ default: m.AuditLogPage })));
const AccessPrintPage = lazy(() => import('../features/audit/AccessPrintPage').then((m) => ({ default: m.AccessPrintPage })));

/** Skip link target: with a HashRouter, "#inhoud" would be a route, so focus is moved by hand. */
function SkipLink({ target }: { target: string }) {
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    const main = document.getElementById(target);
    const h1 = main?.querySelector<HTMLElement>('h1');
    (h1 ?? main)?.focus();
  };
  return (
    <a href={`#${target}`} className="skip-link" onClick={onClick}>
      Naar de inhoud
    </a>
  );
}

export function AppFrame({ header, nav, children }: { header: ReactNode; nav?: ReactNode; children: ReactNode }) {
  return (
    <div className={`app${nav ? '' : ' app--no-nav'}`}>
      <SkipLink target="inhoud" />
      {header}
      <div className="app-body">
        {nav}
        <main id="inhoud" className="app-main" tabIndex={-1}>
          {children}
        </main>
      </div>
      <Announcer />
    </div>
  );
}

function Header({ active }: { active: Active | null }) {
  const pending = useWorkspaceStore((s) => s.pending);
  const close = useWorkspaceStore((s) => s.close);
  const lock = useWorkspaceStore((s) => s.lock);
  const lockable = useWorkspaceStore((s) => canLock(s.status));
  const inst = active?.installation;
  const demo = active?.kind === 'demo';
  return (
    <header className={`app-header${demo ? ' app-header--demo' : ''}`}>
      <div className="brand">
        <span className="brand-mark" aria-hidden="true" />
        <span className="brand-name">Schotvrij</span>
      </div>
      {inst ? (
        <div className="workspace-info" aria-label="Geopende omgeving" role="group">
          {demo ? <span className="badge badge--demo">DEMO — fictieve gegevens</span> : null}
          <span className="workspace-org">{inst.organisationName}</span>
          <span className="workspace-sep" aria-hidden="true">
            ·
          </span>
          <span className="workspace-role">{ROLE_LABEL[inst.role]}</span>
          <span className="workspace-sep" aria-hidden="true">
            ·
          </span>
          <span className="workspace-user">{inst.userName}</span>
        </div>
      ) : null}
      {inst && hasModule(inst.role, 'uren') ? <TimerIndicator /> : null}
      {active && lockable ? (
        <button
          type="button"
          className="button button--header button--lock"
          aria-keyshortcuts="Control+L"
          title="Vergrendelen (Ctrl+L)"
          aria-disabled={pending !== null || undefined}
          onClick={() => void lock()}
        >
          <span className="lock-icon lock-icon--small" aria-hidden="true" />
          {pending === 'lock' ? 'Bezig met vergrendelen…' : 'Vergrendelen'}
        </button>
      ) : null}
      {active ? (
        <button type="button" className="button button--header" aria-disabled={pending !== null || undefined} onClick={() => void close()}>
          {pending === 'close' ? 'Bezig met sluiten…' : 'Andere omgeving'}
        </button>
      ) : null}
    </header>
  );
}

function MainNav({ modules }: { modules: ModuleDef[] }) {
  return (
    <nav aria-label="Hoofdmenu" className="app-nav">
      <ul>
        {modules.map((m) => (
          <li key={m.id}>
            <NavLink to={m.path} className={({ isActive }) => `nav-link${isActive ? ' nav-link--active' : ''}`}>
              <span>{m.label}</span>
              {m.later ? (
                <>
                  {' '}
                  <span className="nav-later">binnenkort</span>
                </>
              ) : null}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function ComingPage({ id, role }: { id: keyof typeof COMING; role: Role }) {
  const c = COMING[id];
  return (
    <Page title={c.title} heading={c.title}>
      <div className="card card--quiet coming">
        <p className="coming-tag">Komt in een volgende versie</p>
        {c.text(role).map((t) => (
          <p key={t}>{t}</p>
        ))}
      </div>
    </Page>
  );
}

function NotFoundPage() {
  return (
    <Page title="Pagina niet gevonden" heading="Pagina niet gevonden">
      <p>Deze pagina bestaat niet, of hoort niet bij uw rol.</p>
      <p>
        <NavLink to="/clienten">Naar de cliëntenlijst</NavLink>
      </p>
    </Page>
  );
}

/** Alt+N opens "Nieuwe cliënt" from anywhere in the shell (a modifier key: WCAG 2.1.4). */
function useNewClientShortcut() {
  const navigate = useNavigate();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey && e.code === 'KeyN') {
        e.preventDefault();
        navigate('/clienten/nieuw');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);
}

/**
 * Ctrl+L locks the real workspace from anywhere (Electron's menu and the browser
 * shortcuts the app already uses do not claim it; in browser mode it would focus
 * the address bar, which we prevent while the workspace can be locked).
 */
function useLockShortcut(enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.code === 'KeyL') {
        e.preventDefault();
        void useWorkspaceStore.getState().lock();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}

export function Shell({ active }: { active: Active }) {
  const { pathname } = useLocation();
  const role = active.installation.role;
  const modules = modulesFor(role);
  const uren = hasModule(role, 'uren');
  const kassier = hasModule(role, 'kassier');
  const lockable = useWorkspaceStore((s) => canLock(s.status));
  useNewClientShortcut();
  useLockShortcut(lockable);
  useActivityTouch(lockable);

  return (
    <ClientDataProvider key={`${active.kind}:${active.installation.id}`}>
      <Routes>
        {/* The print view is a sheet of paper: no header, menu or live region around it. */}
        <Route
          path="/clienten/:id/plan/:versionId/afdrukken"
          element={
            <ErrorBoundary resetKey={pathname}>
              <Suspense fallback={<p className="loading-line">Laden…</p>}>
                <PrintPage key={pathname} />
              </Suspense>
            </ErrorBoundary>
          }
        />
        <Route
          path="/clienten/:id/inzage/afdrukken"
          element={
            <ErrorBoundary resetKey={pathname}>
              <Suspense fallback={<p className="loading-line">Laden…</p>}>
                <AccessPrintPage key={pathname} />
              </Suspense>
            </ErrorBoundary>
          }
        />
        <Route
          path="*"
          element={
            <AppFrame header={<Header active={active} />} nav={<MainNav modules={modules} />}>
              <ErrorBoundary resetKey={pathname}>
                <Suspense fallback={<p className="page loading-line">Laden…</p>}>
                  <Routes>
                    <Route path="/" element={<Navigate to="/clienten" replace />} />
                    <Route path="/inrichten" element={<Navigate to="/clienten" replace />} />
                    <Route path="/herstellen" element={<Navigate to="/clienten" replace />} />
                    <Route path="/clienten" element={<ClientListPage />} />
                    <Route path="/clienten/nieuw" element={<NewClientPage />} />
                    <Route path="/clienten/:id" element={<DossierPage key={pathname} />} />
                    <Route path="/clienten/:id/plan/vergelijken" element={<ComparePage key={pathname} />} />
                    <Route path="/clienten/:id/plan/:versionId" element={<PlanVersionPage key={pathname} />} />
                    <Route path="/clienten/:id/:tab" element={<DossierPage key={pathname} />} />
                    {modules.some((m) => m.id === 'plan') ? <Route path="/plan" element={<PlansPage />} /> : null}
                    {uren ? <Route path="/uren" element={<UrenPage />} /> : null}
                    {uren ? <Route path="/uren/exporteren" element={<ExportPage />} /> : null}
                    {kassier ? <Route path="/kassier" element={<ImportPage />} /> : null}
                    {kassier ? <Route path="/kassier/bundels" element={<BatchesPage />} /> : null}
                    {kassier ? <Route path="/kassier/totalen" element={<TotalsPage />} /> : null}
                    {kassier ? <Route path="/kassier/vertrouwd" element={<TrustPage />} /> : null}
                    {modules
                      .filter((m): m is ModuleDef & { id: keyof typeof COMING } => m.later)
                      .map((m) => (
                        <Route key={m.id} path={m.path} element={<ComingPage id={m.id} role={role} />} />
                      ))}
                    <Route path="/beheer" element={<BeheerPage />} />
                    <Route path="/beheer/productcatalogus" element={<CatalogPage />} />
                    <Route path="/beheer/instellingen" element={<SettingsPage />} />
                    <Route path="/beheer/identiteit" element={<IdentityPage />} />
                    <Route path="/beheer/beveiliging" element={<SecurityPage />} />
                    <Route path="/beheer/reservekopieen" element={<BackupsPage />} />
                    <Route path="/beheer/toegangslog" element={<AuditLogPage />} />
                    {uren ? <Route path="/beheer/activiteiten" element={<ActivitiesPage />} /> : null}
                    <Route path="*" element={<NotFoundPage />} />
                  </Routes>
                </Suspense>
              </ErrorBoundary>
              {uren ? <RepeatLast /> : null}
            </AppFrame>
          }
        />
      </Routes>
    </ClientDataProvider>
  );
}

export function StartHeader() {
  return <Header active={null} />;
}
