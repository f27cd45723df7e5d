import { useMutation, useQueryClient } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import type { AcceptInviteInput } from '../../gql/graphql';
import { AcceptInviteMutation } from './auth.documents';
import { authKeys } from './auth.keys';

export function useAcceptInvite() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: AcceptInviteInput) => (await execute(AcceptInviteMutation, { input })).acceptInvite,
    onSuccess: (viewer) => {
      client.clear();
      client.setQueryData(authKeys.me, viewer);
    },
  });
}
