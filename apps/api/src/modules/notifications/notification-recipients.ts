import { defineAbilityFor, seesWorkInProgress } from '@portal/authz';
import type { Role } from '@portal/domain';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../auth/actor.js';
import { readableSql } from '../../content/visibility.js';
import type { UserEntity } from '../users/user.entity.js';
import { MaterialEntity } from '../materials/material.entity.js';

/** Who may be told about a material, and whether the title of its work in progress may be named to them. */
export interface Audience {
  /** Role sets (sorted, joined by `+`) that may read the material now, through the kernel's visibility rule. */
  readable: Set<string>;
  /** Role sets that may also see work in progress (drafts, reviews). */
  seesWork: Set<string>;
}

export const roleKey = (roles: readonly Role[]) => [...roles].sort().join('+');

/**
 * Visibility depends on roles, not on the person, so it is asked once per distinct set of roles among active
 * accounts (a handful), with the same SQL fragment every list uses — never a second copy of the rule.
 */
export async function materialAudience(tx: EntityManager, materialId: string): Promise<Audience> {
  const sets: { roles: Role[] }[] = await tx.query(
    `SELECT DISTINCT roles FROM app_user WHERE status = 'active' AND cardinality(roles) > 0`,
  );
  const audience: Audience = { readable: new Set(), seesWork: new Set() };
  for (const { roles } of sets) {
    const actor = roleActor(roles);
    const authz = readableSql(actor, 'material');
    const readable = await tx
      .getRepository(MaterialEntity)
      .createQueryBuilder('m')
      .leftJoin('m.workingRevision', 'wr')
      .leftJoin('m.publishedRevision', 'pr')
      .where(`(${authz.sql})`, authz.params)
      .andWhere('m.id = :materialId', { materialId })
      .getExists();
    if (!readable) continue;
    audience.readable.add(roleKey(roles));
    if (seesWorkInProgress(actor.ability)) audience.seesWork.add(roleKey(roles));
  }
  return audience;
}

/** An actor standing for anyone with these roles (read rules never depend on who the person is). */
function roleActor(roles: Role[]): Actor {
  const id = '00000000-0000-0000-0000-000000000000';
  return {
    user: { id, roles } as UserEntity,
    ability: defineAbilityFor({ id, roles, organizationId: null }),
    sessionId: '',
  };
}
