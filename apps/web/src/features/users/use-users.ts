import { useQuery } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import { UsersQuery } from './users.documents';
import { userKeys } from './users.keys';

export function useUsers({ enabled }: { enabled: boolean }) {
  return useQuery({ queryKey: userKeys.list(), queryFn: async () => (await execute(UsersQuery)).users, enabled });
}
