import type { Role } from '@portal/domain';

/** Texts that wait for the approver's decision: in review or agreed, not yet approved, and not their own. */
export const WAITING_PATH = '/materials?view=working&awaiting=me';

/**
 * Where a role starts after sign-in (until the portal has a home page): readers come for approved texts,
 * approvers for what waits for their decision, editors and members for the texts being worked on.
 */
export function landingPath(roles: readonly Role[]): string {
  if (roles.includes('approver')) return WAITING_PATH;
  if (roles.includes('editor') || roles.includes('member')) return '/materials?view=working';
  return '/materials';
}
