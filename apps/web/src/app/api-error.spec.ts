import { ApiError, errorKey, errorReason, fieldErrorKeys, isApiError, retryAfterSeconds } from './api-error';

describe('ApiError', () => {
  it('reads the code, field errors and current version from GraphQL extensions', () => {
    const error = ApiError.fromGraphQL({
      message: 'Contact was changed',
      extensions: { code: 'CONFLICT', currentVersion: 4 },
    });
    expect(error.code).toBe('CONFLICT');
    expect(error.currentVersion).toBe(4);
    expect(isApiError(error, 'CONFLICT')).toBe(true);
    expect(isApiError(error, 'FORBIDDEN')).toBe(false);
  });

  it('keeps the other extensions, such as the reason of a conflict', () => {
    const error = ApiError.fromGraphQL({
      message: 'frozen',
      extensions: { code: 'CONFLICT', reason: 'underReview', currentRevisionNumber: 2 },
    });
    expect(errorReason(error)).toBe('underReview');
    expect(error.details.currentRevisionNumber).toBe(2);
    expect(errorReason(new ApiError('CONFLICT', 'stale'))).toBeNull();
    expect(errorReason(new Error('x'))).toBeNull();
  });

  it('treats unknown codes as UNKNOWN', () => {
    expect(ApiError.fromGraphQL({ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }).code).toBe('UNKNOWN');
    expect(errorKey(new Error('boom'))).toBe('errors.UNKNOWN');
    expect(errorKey(new ApiError('TOO_MANY_REQUESTS', 'slow down'))).toBe('errors.TOO_MANY_REQUESTS');
  });

  it('maps field errors to their path without the input prefix, first error per field', () => {
    const error = ApiError.fromGraphQL({
      message: 'bad',
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'input.phones.1', reason: 'phone', message: 'bad phone' },
          { field: 'input.phones.1', reason: 'maxLength', message: 'too long' },
          { field: 'input.category', reason: 'required', message: 'needed' },
        ],
      },
    });
    expect(fieldErrorKeys(error)).toEqual({
      'phones.1': { key: 'validation.phone', message: 'bad phone' },
      category: { key: 'validation.required', message: 'needed' },
    });
    expect(fieldErrorKeys(new ApiError('CONFLICT', 'x'))).toEqual({});
  });

  it('reads how long a RATE_LIMITED answer asks to wait', () => {
    const error = ApiError.fromGraphQL({
      message: 'Too many requests',
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 42 },
    });
    expect(error.code).toBe('RATE_LIMITED');
    expect(retryAfterSeconds(error)).toBe(42);
    expect(retryAfterSeconds(ApiError.fromGraphQL({ message: 'x', extensions: { code: 'RATE_LIMITED' } }))).toBe(1);
    expect(retryAfterSeconds(new ApiError('TOO_MANY_REQUESTS', 'sign-in'))).toBeNull();
    expect(retryAfterSeconds(new Error('x'))).toBeNull();
  });
});
