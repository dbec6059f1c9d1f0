import { useEffect, type ReactNode } from 'react';

export const APP_NAME = 'Schotvrij';

/** Sets the document title while the page is shown: "Cliënten – Schotvrij". */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – ${APP_NAME}`;
  }, [title]);
}

interface PageProps {
  /** Document title (may differ from the heading, e.g. no client names in window titles). */
  title: string;
  heading: ReactNode;
  /** Small line above the heading (e.g. a back link). */
  before?: ReactNode;
  /** Buttons next to the heading. */
  actions?: ReactNode;
  intro?: ReactNode;
  children?: ReactNode;
  className?: string;
}

/**
 * Every screen has exactly one <h1>, focusable by script (tabIndex -1): the shell
 * moves focus to it after each navigation (see app/focus-on-navigate.ts).
 */
export function Page({ title, heading, before, actions, intro, children, className }: PageProps) {
  useDocumentTitle(title);
  return (
    <div className={`page${className ? ` ${className}` : ''}`}>
      {before ? <div className="page-before">{before}</div> : null}
      <div className="page-head">
        <h1 tabIndex={-1} className="page-title">
          {heading}
        </h1>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </div>
      {intro ? <div className="page-intro">{intro}</div> : null}
      {children}
    </div>
  );
}
