import type { ContactListParams } from './contact-list-params';

/** Query keys of the contacts feature; mutations invalidate `all` (lists and details alike). */
export const contactKeys = {
  all: ['contacts'] as const,
  lists: () => [...contactKeys.all, 'list'] as const,
  list: (params: ContactListParams) => [...contactKeys.lists(), params] as const,
  details: () => [...contactKeys.all, 'detail'] as const,
  detail: (id: string) => [...contactKeys.details(), id] as const,
  organizations: ['organizations'] as const,
};
