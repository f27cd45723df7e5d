import { useMutation, useQueryClient } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import type { InviteUserInput } from '../../gql/graphql';
import { InviteUserMutation } from './users.documents';
import { userKeys } from './users.keys';

export function useInviteUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: InviteUserInput) => (await execute(InviteUserMutation, { input })).inviteUser,
    onSuccess: () => client.invalidateQueries({ queryKey: userKeys.all }),
  });
}
