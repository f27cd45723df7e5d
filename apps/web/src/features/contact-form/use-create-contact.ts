import { useMutation, useQueryClient } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import type { ContactInput } from '../../gql/graphql';
import { contactKeys } from '../contacts/contacts.keys';
import { CreateContactMutation } from './contact-form.documents';

export function useCreateContact() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: ContactInput) => (await execute(CreateContactMutation, { input })).createContact,
    onSuccess: async (contact) => {
      client.setQueryData(contactKeys.detail(contact.id), contact);
      await client.invalidateQueries({ queryKey: contactKeys.lists() });
    },
  });
}
