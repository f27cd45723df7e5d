import { useMutation, useQueryClient } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import type { OrganizationInput } from '../../gql/graphql';
import { CreateOrganizationMutation } from './organizations.documents';
import { organizationKeys } from './organizations.keys';

export function useCreateOrganization() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: OrganizationInput) =>
      (await execute(CreateOrganizationMutation, { input })).createOrganization,
    onSuccess: async (organization) => {
      client.setQueryData(organizationKeys.detail(organization.id), organization);
      await client.invalidateQueries({ queryKey: organizationKeys.all });
    },
  });
}
