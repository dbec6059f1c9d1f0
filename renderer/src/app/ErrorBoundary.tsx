import { Component, Fragment, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** When this changes (e.g. the route), a shown error is cleared. */
  resetKey?: string;
}

interface State {
  error: Error | null;
  attempt: number;
}

/**
 * A screen that crashed must not take the whole app (and the menu) with it.
 * "Opnieuw proberen" mounts the screen afresh, which reloads its data.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Schotvrij: scherm kon niet worden getoond', error, info.componentStack);
  }

  override componentDidUpdate(prev: Props): void {
    if (prev.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  private retry = () => this.setState((s) => ({ error: null, attempt: s.attempt + 1 }));

  override render(): ReactNode {
    if (this.state.error) {
      return (
        <div className="page">
          <div className="error-panel" role="alert">
            <h1 tabIndex={-1} className="page-title">
              Er ging iets mis
            </h1>
            <p>Dit scherm kon niet worden getoond. Wat u al had opgeslagen, blijft bewaard.</p>
            <p className="muted">Lukt het ook na opnieuw proberen niet, start Schotvrij dan opnieuw op.</p>
            <button type="button" className="button button--primary" onClick={this.retry}>
              Opnieuw proberen
            </button>
          </div>
        </div>
      );
    }
    return <Fragment key={this.state.attempt}>{this.props.children}</Fragment>;
  }
}
