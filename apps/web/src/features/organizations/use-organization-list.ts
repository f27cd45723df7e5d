import { useQuery } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import { OrganizationListQuery } from './organizations.documents';
import { organizationKeys } from './organizations.keys';

export function useOrganizationList() {
  return useQuery({
    queryKey: organizationKeys.list(),
    queryFn: async () => (await execute(OrganizationListQuery)).organizations,
  });
}
