export const ORGANIZATION_TYPES = [
  'ministry',
  'government_agency',
  'cso',
  'international',
  'private_sector',
  'media',
  'religious',
] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];
