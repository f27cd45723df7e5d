/**
 * Contact fields a reader (press officer, regional staff) may see. Internal notes are left out on purpose; a field
 * added to contacts later stays hidden from readers until it is listed here.
 */
export const READER_CONTACT_FIELDS = [
  'id',
  'kind',
  'name',
  'position',
  'organizationId',
  'organization',
  'region',
  'category',
  'phones',
  'emails',
  'languages',
  'hours',
  'status',
  'version',
  'createdAt',
  'updatedAt',
];
