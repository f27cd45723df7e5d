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
        retry: (count, error) => !isApiError(error) || (error.code === 'NETWORK' && count < 2),
      },
    },
  });
  return client;
}

function onAuthError(client: QueryClient, error: unknown): void {
  if (isApiError(error, 'UNAUTHENTICATED')) {
    client.setQueryData(meKey, null);
  }
}
