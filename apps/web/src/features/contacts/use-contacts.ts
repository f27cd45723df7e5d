import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import { PAGE_SIZE, toFilterInput, type ContactListParams } from './contact-list-params';
import { ContactsQuery } from './contacts.documents';
import { contactKeys } from './contacts.keys';

export function useContacts(params: ContactListParams) {
  return useQuery({
    queryKey: contactKeys.list(params),
    queryFn: async () =>
      (
        await execute(ContactsQuery, {
          filter: toFilterInput(params),
          limit: PAGE_SIZE,
          offset: (params.page - 1) * PAGE_SIZE,
          sort: params.sort,
        })
      ).contacts,
    // Keep the previous page on screen while the next one loads, instead of flashing a spinner.
    placeholderData: keepPreviousData,
  });
}
