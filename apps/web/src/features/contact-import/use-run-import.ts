import { useMutation, useQueryClient } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import { contactKeys } from '../contacts/contacts.keys';
import { ImportContactsMutation } from './contact-import.documents';

export function useRunImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (file: string) => (await execute(ImportContactsMutation, { file })).importContacts,
    onSuccess: () => client.invalidateQueries({ queryKey: contactKeys.all }),
  });
}
