import type { Role } from '@portal/domain';

/** Texts that wait for an approver: submitted for review or agreed by the group, not yet approved. */
export const WAITING_PATH = '/materials?view=working&state=in_review&state=agreed';

/**
 * Where a role starts after sign-in (until the portal has a home page): readers come for approved texts,
 * approvers for what waits for their decision, editors and members for the texts being worked on.
 */
export function landingPath(roles: readonly Role[]): string {
  if (roles.includes('approver')) return WAITING_PATH;
  if (roles.includes('editor') || roles.includes('member')) return '/materials?view=working';
  return '/materials';
}
