/** Fields authorization rules may test, and the SQL column each maps to (alias `c` is the contact). */
export const CONTACT_AUTHZ_COLUMNS = {
  kind: 'c.kind',
  category: 'c.category',
  status: 'c.status',
};
