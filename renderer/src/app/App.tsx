import { useEffect } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { StartPage } from '../features/workspace/StartPage';
import { NewWorkspacePage } from '../features/workspace/NewWorkspacePage';
import { useWorkspaceStore, watchWorkspace } from '../features/workspace/workspace-store';
import { ErrorBoundary } from './ErrorBoundary';
import { useFocusOnNavigate } from './focus-on-navigate';
import { AppFrame, Shell, StartHeader } from './Shell';

/**
 * The workspace gate: without an open workspace only the start screens exist;
 * with one, the shell. Switching is driven by the host's answers
 * (`workspace.*` results and 'workspace' change events), never guessed.
 */
export function App() {
  const status = useWorkspaceStore((s) => s.status);
  const loadError = useWorkspaceStore((s) => s.loadError);
  const load = useWorkspaceStore((s) => s.load);
  useFocusOnNavigate();

  useEffect(() => watchWorkspace(), []);

  if (!status) {
    return (
      <AppFrame header={<StartHeader />}>
        <div className="page page--center">
          {loadError ? (
            <div className="error-panel" role="alert">
              <h1 tabIndex={-1} className="page-title">
                Schotvrij is niet bereikbaar
              </h1>
              <p>{loadError}</p>
              <button type="button" className="button button--primary" onClick={() => void load()}>
                Opnieuw proberen
              </button>
            </div>
          ) : (
            <p role="status" className="loading-line">
              Schotvrij wordt geopend…
            </p>
          )}
        </div>
      </AppFrame>
    );
  }

  if (!status.active) {
    return (
      <AppFrame header={<StartHeader />}>
        <ErrorBoundary>
          <Routes>
            <Route path="/" element={<StartPage />} />
            <Route path="/inrichten" element={<NewWorkspacePage />} />
            <Route path="*" element={<Navigate to="/" replace />} />
          </Routes>
        </ErrorBoundary>
      </AppFrame>
    );
  }

  return <Shell active={status.active} />;
}
