import type { OrganizationType } from '@portal/domain';

export interface OrganizationFilter {
  text: string;
  type: OrganizationType | '';
}

interface Filterable {
  name: string;
  shortName?: string | null;
  type: OrganizationType;
}

/** Client-side: the whole list is small and already loaded, so filtering needs no round trip. */
export function filterOrganizations<T extends Filterable>(items: readonly T[], filter: OrganizationFilter): T[] {
  const text = filter.text.trim().toLocaleLowerCase();
  return items.filter(
    (o) =>
      (filter.type === '' || o.type === filter.type) &&
      (text === '' ||
        o.name.toLocaleLowerCase().includes(text) ||
        (o.shortName ?? '').toLocaleLowerCase().includes(text)),
  );
}
