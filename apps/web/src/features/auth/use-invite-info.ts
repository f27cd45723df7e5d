import { useQuery } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import { InviteInfoQuery } from './auth.documents';
import { authKeys } from './auth.keys';

export function useInviteInfo(token: string) {
  return useQuery({
    queryKey: authKeys.invite(token),
    queryFn: async () => (await execute(InviteInfoQuery, { token })).inviteInfo,
  });
}
