import { contactKeys } from '../contacts/contacts.keys';

/**
 * Query keys of the organizations feature. `all` is the key of the contact form's organization select, so
 * invalidating it after a save refreshes that select as well as this feature's list and details.
 */
export const organizationKeys = {
  all: contactKeys.organizations,
  list: () => [...organizationKeys.all, 'list'] as const,
  details: () => [...organizationKeys.all, 'detail'] as const,
  detail: (id: string) => [...organizationKeys.details(), id] as const,
};
