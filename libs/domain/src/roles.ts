/** Roles a user may hold; a user can hold several. */
export const ROLES = ['admin', 'approver', 'editor', 'member', 'reader'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
