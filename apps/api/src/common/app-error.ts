import { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'INVALID_CREDENTIALS'
  | 'INVALID_TOKEN'
  | 'SECOND_FACTOR_REQUIRED'
  | 'DIFF_TOO_LARGE'
  | 'EXPORT_TOO_LARGE'
  | 'TIMEOUT';

export interface FieldError {
  /** Path of the offending input field, e.g. `input.phones.1`. */
  field: string;
  /** Machine-readable reason the web app translates, e.g. `isNotEmpty`, `phone`. */
  reason: string;
  message: string;
}

const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  INVALID_CREDENTIALS: 401,
  INVALID_TOKEN: 400,
  SECOND_FACTOR_REQUIRED: 401,
  DIFF_TOO_LARGE: 422,
  EXPORT_TOO_LARGE: 422,
  TIMEOUT: 503,
};

/** An error meant for the client: a stable code (translated by the web app), never internals. */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    extra: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...extra } });
  }

  get httpStatus(): number {
    return HTTP_STATUS[this.code];
  }
}

export const unauthenticated = () => new AppError('UNAUTHENTICATED', 'Sign-in required');
export const forbidden = () => new AppError('FORBIDDEN', 'Not allowed');
export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} not found`);
export const badInput = (fields: FieldError[]) =>
  new AppError('BAD_USER_INPUT', fields.map((f) => `${f.field}: ${f.message}`).join('; '), { fields });
export const fieldError = (field: string, reason: string, message: string) => badInput([{ field, reason, message }]);
export const conflict = (message: string, extra: Record<string, unknown> = {}) =>
  new AppError('CONFLICT', message, extra);
