import { useMutation, useQueryClient } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import { ResetTwoFactorMutation } from './users.documents';
import { userKeys } from './users.keys';

/** Turns a person's code sign-in off (a lost phone); the API ends their sessions and audits it. */
export function useResetTwoFactor() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => (await execute(ResetTwoFactorMutation, { id })).resetTwoFactor,
    onSuccess: () => client.invalidateQueries({ queryKey: userKeys.all }),
  });
}
