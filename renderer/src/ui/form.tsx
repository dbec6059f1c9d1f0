/**
 * Form building blocks with the accessibility wiring done once:
 * label ↔ input, hint and error via aria-describedby, aria-invalid, and an error
 * summary whose links move focus to the field (GOV.UK pattern).
 */
import { useId, type ComponentProps, type ReactNode } from 'react';
import { Link } from 'react-router';

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
/** The hint and the error of a field or fieldset, as far as they are shown. */
const describedByOf = (id: string, hint: ReactNode, error: string | undefined) => [hint ? hintId(id) : null, error ? errorId(id) : null].filter(Boolean).join(' ') || undefined;

export function Field({ id, label, labelSuffix, hint, error, required, className, children }: FieldProps) {
  const describedBy = describedByOf(id, hint, error);
  return (
    <div className={`field${error ? ' field--error' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className="field-label">
        {label}
        {required ? <RequiredMark /> : null}
        {labelSuffix ? <span className="field-label-suffix"> {labelSuffix}</span> : null}
      </label>
      {hint ? (
        <div id={hintId(id)} className="field-hint">
          {hint}
        </div>
      ) : null}
      <FieldError id={id} error={error} />
      {children({ id, 'aria-invalid': !!error, 'aria-describedby': describedBy, ...(required ? { 'aria-required': true } : {}) })}
    </div>
  );
}

/** The message under a label, read as "Fout: …"; nothing when there is no error. */
export function FieldError({ id, error }: { id: string; error: string | undefined | null }) {
  return error ? (
    <p id={errorId(id)} className="field-error">
      <span className="visually-hidden">Fout: </span>
      {error}
    </p>
  ) : null;
}

function RequiredMark() {
  return (
    <span className="field-required" aria-hidden="true">
      {' '}
      *
    </span>
  );
}

interface FieldsetProps {
  /** Base for the hint and error ids (`<id>-hint`, `<id>-fout`). */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  children: ReactNode;
}

/** A group of radios under one legend, wired like Field: hint and error via aria-describedby on the fieldset. */
export function Fieldset({ id, legend, hint, error, required, children }: FieldsetProps) {
  const describedBy = describedByOf(id, hint, error);
  return (
    <fieldset className={`field fieldset${error ? ' field--error' : ''}`} aria-describedby={describedBy}>
      <legend className="field-label">
        {legend}
        {required ? <RequiredMark /> : null}
      </legend>
      {hint ? (
        <p id={hintId(id)} className="field-hint">
          {hint}
        </p>
      ) : null}
      <FieldError id={id} error={error} />
      {children}
    </fieldset>
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
  // Two forms on one screen (the page and a dialog) each have their own summary.
  const titleId = useId();
  if (items.length === 0 && !children) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby={titleId}>
      <h2 id={titleId} className="error-summary-title">
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

type RadioProps = Omit<ComponentProps<'input'>, 'id' | 'type' | 'children'> & {
  id: string;
  label: ReactNode;
  /** A line under the label, read with the radio (`<id>-hint`). */
  hint?: ReactNode;
  /** A compact radio for short choices in a row. */
  inline?: boolean;
};

/** One radio of a Fieldset: the input, its label, and its hint when it has one. */
export function Radio({ id, label, hint, inline, ...input }: RadioProps) {
  const labelEl = (
    <label htmlFor={id} className="radio-label">
      {label}
    </label>
  );
  return (
    <div className={inline ? 'radio radio--inline' : 'radio'}>
      <input id={id} type="radio" {...input} aria-describedby={hint ? hintId(id) : undefined} />
      {hint ? (
        <div className="radio-text">
          {labelEl}
          <span id={hintId(id)} className="radio-hint">
            {hint}
          </span>
        </div>
      ) : (
        labelEl
      )}
    </div>
  );
}

interface FormActionsProps {
  submitLabel: ReactNode;
  busy: boolean;
  busyLabel?: string;
  /** "Annuleren" as a button (dialogs, inline forms)… */
  onCancel?: (() => void) | undefined;
  /** …or as a link to the page the form was opened from. */
  cancelTo?: string;
  onPointerDown?: () => void;
}

/** The row under a form: the submit button, then "Annuleren" when the form can be left without saving. */
export function FormActions({ submitLabel, busy, busyLabel = 'Bezig met opslaan…', onCancel, cancelTo, onPointerDown }: FormActionsProps) {
  return (
    <div className="form-actions" onPointerDown={onPointerDown}>
      <SubmitButton busy={busy} busyLabel={busyLabel}>
        {submitLabel}
      </SubmitButton>
      {onCancel ? (
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Annuleren
        </button>
      ) : null}
      {cancelTo ? (
        <Link to={cancelTo} className="button button--quiet">
          Annuleren
        </Link>
      ) : null}
    </div>
  );
}

type CodeSelectProps<C extends string> = Omit<ComponentProps<'select'>, 'children'> & {
  /** The codes, in the order they are offered. */
  codes: readonly C[];
  /** Their Dutch labels (a label map, or a function for lists with a fallback). */
  labels: Readonly<Record<NoInfer<C>, string>> | ((code: NoInfer<C>) => string);
  /** How an option reads when it shows more than the label, e.g. with its code. */
  format?: (code: NoInfer<C>, label: string) => string;
  /** The empty first option; `false` for a list that always has a value. */
  placeholder?: string | false;
};

/** A <select> over a code list: codes as values, Dutch labels as text (never bare codes). */
export function CodeSelect<C extends string>({ codes, labels, format, placeholder = 'Kies…', className = 'input', ...select }: CodeSelectProps<C>) {
  const labelOf = (code: C) => (typeof labels === 'function' ? labels(code) : labels[code]);
  return (
    <select className={className} {...select}>
      {placeholder === false ? null : <option value="">{placeholder}</option>}
      {codes.map((code) => (
        <option key={code} value={code}>
          {format ? format(code, labelOf(code)) : labelOf(code)}
        </option>
      ))}
    </select>
  );
}

/** An error about the whole page or form, read out at once; nothing when there is none. */
export function ErrorNotice({ children }: { children: ReactNode }) {
  return children ? (
    <p className="notice notice--error" role="alert">
      {children}
    </p>
  ) : null;
}
