import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Role } from '@portal/domain';
import { execute } from '../../app/graphql-client';
import { SetUserRolesMutation } from './users.documents';
import { userKeys } from './users.keys';

export function useSetUserRoles() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, roles }: { id: string; roles: Role[] }) =>
      (await execute(SetUserRolesMutation, { id, input: { roles } })).setUserRoles,
    onSuccess: () => client.invalidateQueries({ queryKey: userKeys.all }),
  });
}
