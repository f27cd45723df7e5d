import type { Role } from './roles.js';

/**
 * Roles whose acts speak in the ministry's name or administer the portal: a stolen password alone must not be
 * enough to use them, so they are in force only once the person has a second factor.
 */
export const SECOND_FACTOR_ROLES: readonly Role[] = ['admin', 'approver'];

export function needsSecondFactor(roles: readonly Role[]): boolean {
  return roles.some((role) => SECOND_FACTOR_ROLES.includes(role));
}

/** The roles a person may act with: those needing a second factor are withheld until one is enrolled. */
export function rolesInForce(roles: Role[], secondFactorEnrolled: boolean): Role[] {
  return secondFactorEnrolled ? roles : roles.filter((role) => !SECOND_FACTOR_ROLES.includes(role));
}
