import { useMutation, useQueryClient } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import { ArchiveContactMutation, RestoreContactMutation } from './contacts.documents';
import { contactKeys } from './contacts.keys';

/** Archive or restore; both change what lists show, so every contact query is refreshed. */
export function useSetContactStatus() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, archived }: { id: string; archived: boolean }) =>
      archived
        ? (await execute(ArchiveContactMutation, { id })).archiveContact
        : (await execute(RestoreContactMutation, { id })).restoreContact,
    onSuccess: async (contact) => {
      client.setQueryData(contactKeys.detail(contact.id), contact);
      await client.invalidateQueries({ queryKey: contactKeys.lists() });
    },
  });
}
