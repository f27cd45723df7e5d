import { useQuery } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import { ContactQuery } from './contacts.documents';
import { contactKeys } from './contacts.keys';

export const fetchContact = async (id: string) => (await execute(ContactQuery, { id })).contact;

export function useContact(id: string) {
  return useQuery({ queryKey: contactKeys.detail(id), queryFn: () => fetchContact(id) });
}
