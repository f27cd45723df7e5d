import { useMutation, useQueryClient } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import { DeactivateUserMutation, ReactivateUserMutation } from './users.documents';
import { userKeys } from './users.keys';

export function useSetUserActive() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, active }: { id: string; active: boolean }) =>
      active
        ? (await execute(ReactivateUserMutation, { id })).reactivateUser
        : (await execute(DeactivateUserMutation, { id })).deactivateUser,
    onSuccess: () => client.invalidateQueries({ queryKey: userKeys.all }),
  });
}
