import { queryOptions, useQuery } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import { MeQuery } from './auth.documents';
import { authKeys } from './auth.keys';

export const meQuery = queryOptions({
  queryKey: authKeys.me,
  queryFn: async () => (await execute(MeQuery)).me ?? null,
  staleTime: 5 * 60_000,
});

/** The signed-in viewer, or null; everything protected waits on this one query. */
export function useMe() {
  return useQuery(meQuery);
}
