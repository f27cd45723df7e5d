import { useQuery } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import { OrganizationsQuery } from './contacts.documents';
import { contactKeys } from './contacts.keys';

export function useOrganizations() {
  return useQuery({
    queryKey: contactKeys.organizations,
    queryFn: async () => (await execute(OrganizationsQuery)).organizations,
    staleTime: 5 * 60_000,
  });
}
