import type { AppError, ErrorCode, FieldIssue } from '../../shared/contract/index';
import { validationError } from '../../shared/contract/index';

/**
 * The one error type handlers throw on purpose. `message` is Dutch (the UI shows it);
 * `en` is the English line for the CLI and logs.
 */
export class SchotvrijError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageNl: string,
    readonly en: string,
    readonly details?: AppError['details'],
  ) {
    super(en);
    this.name = 'SchotvrijError';
  }

  toAppError(): AppError {
    return { code: this.code, message: this.messageNl, en: this.en, ...(this.details ? { details: this.details } : {}) };
  }
}

/** A domain rule failed on one or more fields: same shape as a schema failure. */
export function fieldError(path: string, messageNl: string, en: string): SchotvrijError {
  const issues: FieldIssue[] = [{ path, message: messageNl }];
  const app = validationError(issues);
  return new SchotvrijError('VALIDATION', app.message, en, app.details);
}

export function notFound(what: string, id: string): SchotvrijError {
  return new SchotvrijError('NOT_FOUND', `${what} niet gevonden.`, `${what} ${id} not found`, { id });
}
