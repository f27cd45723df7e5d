import { useMutation, useQueryClient } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import type { UpdateContactInput } from '../../gql/graphql';
import { contactKeys } from '../contacts/contacts.keys';
import { UpdateContactMutation } from './contact-form.documents';

export function useUpdateContact() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, input }: { id: string; input: UpdateContactInput }) =>
      (await execute(UpdateContactMutation, { id, input })).updateContact,
    onSuccess: async (contact) => {
      client.setQueryData(contactKeys.detail(contact.id), contact);
      await client.invalidateQueries({ queryKey: contactKeys.lists() });
    },
  });
}
