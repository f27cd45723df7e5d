import { useMutation } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import type { ChangePasswordInput } from '../../gql/graphql';
import { ChangePasswordMutation } from './account.documents';

/** The API signs out the user's other sessions; this one stays valid. */
export function useChangePassword() {
  return useMutation({
    mutationFn: async (input: ChangePasswordInput) => (await execute(ChangePasswordMutation, { input })).changePassword,
  });
}
