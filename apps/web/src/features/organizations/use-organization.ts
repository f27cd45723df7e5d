import { useQuery } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import { OrganizationQuery } from './organizations.documents';
import { organizationKeys } from './organizations.keys';

export const fetchOrganization = async (id: string) => (await execute(OrganizationQuery, { id })).organization;

export function useOrganization(id: string) {
  return useQuery({ queryKey: organizationKeys.detail(id), queryFn: () => fetchOrganization(id) });
}
