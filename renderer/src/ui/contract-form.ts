/**
 * The contract-backed form, once: react-hook-form with a resolver that turns the
 * typed strings into the contract input (and the contract schema's Dutch issues
 * into field errors), the core's own issues put on the same fields, an error
 * summary in screen order, and focus on the first problem. Every form of the
 * dossier and the plan uses it; NewClientPage shows the same wiring by hand.
 */
import { useState, type FormEvent } from 'react';
import { useForm, type DefaultValues, type FieldErrors, type FieldValues, type Path, type Resolver } from 'react-hook-form';
import type { FieldIssue } from '../../../shared/contract/index';
import { errorMessage, isApiError } from '../api';
import { formFields } from './form-fields';
import type { SummaryItem } from './form';
import { mapIssues } from './issues';

export interface Conversion<I> {
  input: I | null;
  issues: FieldIssue[];
}

export interface ContractFormOptions<V extends FieldValues, I> {
  /** Field names in SCREEN order (focus and summary follow it). */
  fields: readonly (Path<V> & string)[];
  defaultValues: DefaultValues<V>;
  toInput: (values: V) => Conversion<I>;
  /** Element id of a field (the input, or the first radio of a group). */
  idOf: (field: Path<V> & string) => string;
  /** How the core names things: prefixes to strip (`entry`, `patch`) and aliases. */
  strip?: readonly string[];
  alias?: Readonly<Record<string, string>>;
}

export function focusField(id: string): void {
  const el = document.getElementById(id);
  if (!el) return;
  el.focus();
  el.scrollIntoView({ block: 'center' });
}

export function useContractForm<V extends FieldValues, I>(opts: ContractFormOptions<V, I>) {
  type F = Path<V> & string;
  const spec = formFields<F>(opts.fields);
  const map = (issues: readonly FieldIssue[]) => mapIssues(issues, { strip: opts.strip ?? [], alias: opts.alias ?? {} });

  const resolver: Resolver<V, unknown, I> = (values) => {
    const { input, issues } = opts.toInput(values);
    if (input !== null && issues.length === 0) return { values: input, errors: {} };
    return { values: {}, errors: spec.toFieldErrors(map(issues)) as FieldErrors<V> };
  };

  const form = useForm<V, unknown, I>({
    defaultValues: opts.defaultValues,
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: false,
  });
  const [formError, setFormError] = useState<string | null>(null);

  const errorsOf = form.formState.errors as Partial<Record<string, { message?: string }>>;
  const errorOf = (field: F): string | undefined => errorsOf[field]?.message;

  /** Puts an ApiError's issues on the fields; anything else (or more) goes to the summary. Returns true when handled. */
  const applyError = (e: unknown): void => {
    if (isApiError(e)) {
      const issues = map(e.issues);
      const first = spec.applyServerIssues(issues, (field, message) => form.setError(field, { type: 'server', message }));
      if (first) focusField(opts.idOf(first));
      const fieldMessages = issues.filter((i) => spec.isField(i.path)).map((i) => i.message);
      const unplaced = issues.filter((i) => !spec.isField(i.path)).map((i) => i.message);
      if (!first || !fieldMessages.includes(e.message)) setFormError([e.message, ...unplaced.filter((m) => m !== e.message)].join(' '));
      else setFormError(unplaced.length ? unplaced.join(' ') : null);
    } else setFormError(errorMessage(e));
  };

  const onInvalid = (invalid: FieldErrors<V>) => {
    setFormError(null);
    const first = spec.firstInvalid(invalid as Partial<Record<F, unknown>>);
    if (first) focusField(opts.idOf(first));
  };

  /** onSubmit for the <form>: validates, calls `onValid`, and maps a refusal back onto the form. */
  const submitWith = (onValid: (input: I) => Promise<void>) => (e: FormEvent) => {
    if (form.formState.isSubmitting) {
      e.preventDefault();
      return;
    }
    void form.handleSubmit(async (input) => {
      setFormError(null);
      try {
        await onValid(input);
      } catch (err) {
        applyError(err);
      }
    }, onInvalid)(e);
  };

  const summary: SummaryItem[] = [];
  if (formError) summary.push({ fieldId: null, message: formError });
  if (form.formState.submitCount > 0 || formError) {
    for (const f of opts.fields) {
      const message = errorOf(f);
      if (message) summary.push({ fieldId: opts.idOf(f), message });
    }
  }

  return { form, errorOf, formError, setFormError, applyError, submitWith, summary, busy: form.formState.isSubmitting };
}

/** Collects conversion issues while building an input. */
export class IssueList {
  readonly issues: FieldIssue[] = [];
  add(path: string, message: string): void {
    if (!this.issues.some((i) => i.path === path)) this.issues.push({ path, message });
  }
  get empty(): boolean {
    return this.issues.length === 0;
  }
}
