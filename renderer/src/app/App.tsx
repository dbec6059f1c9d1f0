import { useEffect } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { StartPage } from '../features/workspace/StartPage';
import { LockScreen } from '../features/workspace/LockScreen';
import { NewWorkspacePage } from '../features/workspace/NewWorkspacePage';
import { RecoverPage } from '../features/workspace/RecoverPage';
import { RecoveryKeyPage } from '../features/workspace/RecoveryKeyPage';
import { isLocked, useWorkspaceStore, watchWorkspace } from '../features/workspace/workspace-store';
import { ErrorBoundary } from './ErrorBoundary';
import { useFocusOnNavigate } from './focus-on-navigate';
import { AppFrame, Shell, StartHeader } from './Shell';

/**
 * The workspace gate: without an open workspace only the start screens exist;
 * with one, the shell. Switching is driven by the host's answers
 * (`workspace.*` results and 'workspace' change events), never guessed.
 *
 * Two states come before the shell: a recovery key the core just issued (shown
 * once, until the user confirms they stored it), and a locked real workspace —
 * then only the lock screen exists, at whatever URL was open, so no client data
 * can be on screen and unlocking returns to the same place.
 */
export function App() {
  const status = useWorkspaceStore((s) => s.status);
  const loadError = useWorkspaceStore((s) => s.loadError);
  const load = useWorkspaceStore((s) => s.load);
  const recoveryKey = useWorkspaceStore((s) => s.recoveryKey);
  const startChosen = useWorkspaceStore((s) => s.startChosen);
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

  if (recoveryKey) {
    return (
      <AppFrame header={<StartHeader />}>
        <ErrorBoundary>
          <RecoveryKeyPage pending={recoveryKey} />
        </ErrorBoundary>
      </AppFrame>
    );
  }

  if (isLocked(status) && !startChosen) {
    return (
      <AppFrame header={<StartHeader />}>
        <ErrorBoundary>
          <Routes>
            <Route path="/herstellen" element={<RecoverPage />} />
            <Route path="*" element={<LockScreen />} />
          </Routes>
        </ErrorBoundary>
      </AppFrame>
    );
  }

  if (!status.active || isLocked(status)) {
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
