/** A directory entry is a person or a hotline (name, number, region, hours). */
export const CONTACT_KINDS = ['person', 'hotline'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

/** Categories of the contact directory, strategy §III.4. */
export const CONTACT_CATEGORIES = [
  'ministry_national',
  'ministry_regional',
  'government_agency',
  'press',
  'cso_leader',
  'private_sector_leader',
] as const;
export type ContactCategory = (typeof CONTACT_CATEGORIES)[number];

export const CONTACT_STATUSES = ['active', 'archived'] as const;
export type ContactStatus = (typeof CONTACT_STATUSES)[number];

export const CONTACT_SORTS = ['name', 'updated', 'organization'] as const;
export type ContactSort = (typeof CONTACT_SORTS)[number];

export const CONTACT_PAGE_MAX = 100;
