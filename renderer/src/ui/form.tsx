/**
 * Form building blocks with the accessibility wiring done once:
 * label ↔ input, hint and error via aria-describedby, aria-invalid, and an error
 * summary whose links move focus to the field (GOV.UK pattern).
 */
import type { ReactNode } from 'react';

export interface FieldA11y {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
  'aria-required'?: boolean;
}

interface FieldProps {
  id: string;
  label: string;
  /** Shown after the label, e.g. "(optioneel)". */
  labelSuffix?: string;
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  className?: string;
  children: (a11y: FieldA11y) => ReactNode;
}

export const hintId = (id: string) => `${id}-hint`;
export const errorId = (id: string) => `${id}-fout`;

export function Field({ id, label, labelSuffix, hint, error, required, className, children }: FieldProps) {
  const describedBy = [hint ? hintId(id) : null, error ? errorId(id) : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--error' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className="field-label">
        {label}
        {required ? (
          <span className="field-required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
        {labelSuffix ? <span className="field-label-suffix"> {labelSuffix}</span> : null}
      </label>
      {hint ? (
        <div id={hintId(id)} className="field-hint">
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={errorId(id)} className="field-error">
          <span className="visually-hidden">Fout: </span>
          {error}
        </p>
      ) : null}
      {children({ id, 'aria-invalid': !!error, 'aria-describedby': describedBy, ...(required ? { 'aria-required': true } : {}) })}
    </div>
  );
}

export interface SummaryItem {
  /** Element id of the field to focus, or null for a message about the whole form. */
  fieldId: string | null;
  message: string;
}

interface ErrorSummaryProps {
  title?: string;
  items: SummaryItem[];
  children?: ReactNode;
}

/**
 * Links use href="#id" for meaning, but the click is handled here: with a
 * HashRouter a plain "#id" would be read as a route.
 */
export function ErrorSummary({ title = 'Controleer de gegevens', items, children }: ErrorSummaryProps) {
  if (items.length === 0 && !children) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="error-summary-title">
        {title}
      </h2>
      <ul className="error-summary-list">
        {items.map((item, i) =>
          item.fieldId ? (
            <li key={`${item.fieldId}-${i}`}>
              <a
                href={`#${item.fieldId}`}
                onClick={(e) => {
                  e.preventDefault();
                  const el = document.getElementById(item.fieldId!);
                  el?.focus();
                  el?.scrollIntoView({ block: 'center' });
                }}
              >
                {item.message}
              </a>
            </li>
          ) : (
            <li key={`form-${i}`}>{item.message}</li>
          ),
        )}
      </ul>
      {children}
    </div>
  );
}

/** A button that says it is busy without losing focus (disabled buttons drop focus). */
export function SubmitButton({ busy, busyLabel, children, className }: { busy: boolean; busyLabel: string; children: ReactNode; className?: string }) {
  return (
    <button type="submit" className={`button button--primary${className ? ` ${className}` : ''}`} aria-disabled={busy || undefined} data-busy={busy || undefined}>
      {busy ? busyLabel : children}
    </button>
  );
}
