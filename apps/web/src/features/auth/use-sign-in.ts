import { useMutation, useQueryClient } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import type { SignInInput } from '../../gql/graphql';
import { SignInMutation } from './auth.documents';
import { authKeys } from './auth.keys';

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: SignInInput) => (await execute(SignInMutation, { input })).signIn,
    onSuccess: (viewer) => {
      // Nothing cached for a previous user may survive into this session.
      client.clear();
      client.setQueryData(authKeys.me, viewer);
    },
  });
}
