import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { execute } from '../../app/graphql-client';
import { SignOutMutation } from './auth.documents';
import { authKeys } from './auth.keys';

export function useSignOut() {
  const client = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: async () => (await execute(SignOutMutation)).signOut,
    onSettled: async () => {
      client.clear();
      client.setQueryData(authKeys.me, null);
      // replace: Back must not return to a protected page rendered from memory.
      await navigate('/sign-in', { replace: true });
    },
  });
}
