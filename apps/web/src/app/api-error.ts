/** Codes the API sends in extensions.code, plus the two the client adds for transport failures. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'RATE_LIMITED'
  | 'INVALID_CREDENTIALS'
  | 'INVALID_TOKEN'
  | 'SECOND_FACTOR_REQUIRED'
  | 'DIFF_TOO_LARGE'
  | 'EXPORT_TOO_LARGE'
  | 'TIMEOUT'
  | 'NETWORK'
  | 'UNKNOWN';

const KNOWN: readonly ErrorCode[] = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'RATE_LIMITED',
  'INVALID_CREDENTIALS',
  'INVALID_TOKEN',
  'SECOND_FACTOR_REQUIRED',
  'DIFF_TOO_LARGE',
  'EXPORT_TOO_LARGE',
  'TIMEOUT',
  'NETWORK',
  'UNKNOWN',
];

export interface FieldError {
  /** Path of the input field, e.g. `input.phones.1`. */
  field: string;
  reason: string;
  message: string;
}

export interface ApiErrorBody {
  message: string;
  extensions?: { code?: string; fields?: FieldError[]; currentVersion?: number; [key: string]: unknown };
}

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldError[] = [],
    readonly currentVersion: number | null = null,
    /** The rest of `extensions` (e.g. `reason`, `currentRevisionNumber`), for errors that carry more than a code. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  static fromGraphQL(error: ApiErrorBody): ApiError {
    const ext = error.extensions ?? {};
    const code = KNOWN.find((c) => c === ext.code) ?? 'UNKNOWN';
    return new ApiError(
      code,
      error.message,
      Array.isArray(ext.fields) ? ext.fields : [],
      typeof ext.currentVersion === 'number' ? ext.currentVersion : null,
      ext,
    );
  }
}

export const isApiError = (error: unknown, code?: ErrorCode): error is ApiError =>
  error instanceof ApiError && (code === undefined || error.code === code);

/** A string `extensions.reason` of the error (e.g. `underReview`, `ownText`), or null. */
export const errorReason = (error: unknown): string | null =>
  error instanceof ApiError && typeof error.details.reason === 'string' ? error.details.reason : null;

/** For a RATE_LIMITED error, the whole seconds the server asked to wait (at least 1); otherwise null. */
export function retryAfterSeconds(error: unknown): number | null {
  if (!isApiError(error, 'RATE_LIMITED')) return null;
  const seconds = Number(error.details.retryAfterSeconds);
  return Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : 1;
}

/** The i18n key of a whole-request error; anything unexpected becomes the generic message. */
export function errorKey(error: unknown): string {
  if (!(error instanceof ApiError)) return 'errors.UNKNOWN';
  return `errors.${error.code}`;
}

/**
 * Field errors keyed by their path without the `input.` prefix (`phones.1`), each as an i18n key by reason.
 * The first error per field wins: one message next to a field is enough.
 */
export function fieldErrorKeys(error: unknown, prefix = 'input.'): Record<string, { key: string; message: string }> {
  const out: Record<string, { key: string; message: string }> = {};
  // FORBIDDEN may name fields too: a change only another role may make (an approver's embargo).
  if (!(error instanceof ApiError) || (error.code !== 'BAD_USER_INPUT' && error.code !== 'FORBIDDEN')) return out;
  for (const f of error.fields) {
    const path = f.field.startsWith(prefix) ? f.field.slice(prefix.length) : f.field;
    out[path] ??= { key: `validation.${f.reason}`, message: f.message };
  }
  return out;
}
