import { ApiError } from './api-error';
import { shouldRetry } from './query-client';

describe('query retries', () => {
  it('never retries a RATE_LIMITED answer, which would only add to the load', () => {
    const limited = ApiError.fromGraphQL({ message: 'x', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 5 } });
    expect(shouldRetry(0, limited)).toBe(false);
  });

  it('retries network failures twice and no other answer of the API', () => {
    const network = new ApiError('NETWORK', 'down');
    expect([0, 1, 2].map((count) => shouldRetry(count, network))).toEqual([true, true, false]);
    expect(shouldRetry(0, new ApiError('FORBIDDEN', 'no'))).toBe(false);
  });
});
