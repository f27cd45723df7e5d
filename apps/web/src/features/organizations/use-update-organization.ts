import { useMutation, useQueryClient } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import type { UpdateOrganizationInput } from '../../gql/graphql';
import { contactKeys } from '../contacts/contacts.keys';
import { UpdateOrganizationMutation } from './organizations.documents';
import { organizationKeys } from './organizations.keys';

export function useUpdateOrganization() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, input }: { id: string; input: UpdateOrganizationInput }) =>
      (await execute(UpdateOrganizationMutation, { id, input })).updateOrganization,
    onSuccess: async (organization) => {
      client.setQueryData(organizationKeys.detail(organization.id), organization);
      // Contacts embed the organization's name and type, so their cached lists and details are stale too.
      await Promise.all([
        client.invalidateQueries({ queryKey: organizationKeys.all }),
        client.invalidateQueries({ queryKey: contactKeys.all }),
      ]);
    },
  });
}
