import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error';

export const meKey = ['auth', 'me'] as const;

/**
 * An UNAUTHENTICATED answer anywhere means the session is gone: forget the viewer, and the route guard sends
 * the user to sign-in with the page they were on.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => onAuthError(client, error) }),
    mutationCache: new MutationCache({ onError: (error) => onAuthError(client, error) }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: shouldRetry,
      },
    },
  });
  return client;
}

/**
 * Every answer from the API is final, RATE_LIMITED included: the error message counts down its Retry-After and
 * then refetches once, instead of a retry loop adding to the load. Network failures are retried twice.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return !isApiError(error) || (error.code === 'NETWORK' && failureCount < 2);
}

function onAuthError(client: QueryClient, error: unknown): void {
  if (isApiError(error, 'UNAUTHENTICATED')) {
    client.setQueryData(meKey, null);
  }
}
