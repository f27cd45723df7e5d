import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import { EndMyOtherSessionsMutation, EndMySessionMutation, MySessionsQuery } from './account.documents';
import { accountKeys } from './account.keys';

/** The person's active sessions and recent sign-ins (successes and failures). */
export function useMySessions() {
  return useQuery({ queryKey: accountKeys.sessions(), queryFn: () => execute(MySessionsQuery) });
}

/** Signs out one session (`id`) or, without one, every session but this one. */
export function useEndSessions() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: string | null) =>
      id
        ? (await execute(EndMySessionMutation, { id })).endMySession
        : (await execute(EndMyOtherSessionsMutation)).endMyOtherSessions,
    onSuccess: () => client.invalidateQueries({ queryKey: accountKeys.sessions() }),
  });
}
