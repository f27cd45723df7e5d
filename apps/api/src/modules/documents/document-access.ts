import { abilityToSql, type SqlCondition } from '@portal/authz';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../auth/actor.js';
import { DocumentEntity } from './document.entity.js';

/** Fields the document rules test, as SQL over the alias `d`. */
export const DOCUMENT_AUTHZ_COLUMNS = { visibility: 'd.visibility', visibleRoles: 'd.visible_roles' };

/** The documents the actor may open, as a WHERE fragment over `d` (nothing when they have no rule). */
export const readableDocumentSql = (actor: Actor): SqlCondition =>
  abilityToSql(actor.ability, 'read', 'Document', DOCUMENT_AUTHZ_COLUMNS, 'docauthz');

/** Documents the actor may open, with category and issuer: the authorization condition first. */
export function readableDocuments(manager: EntityManager, actor: Actor) {
  const authz = readableDocumentSql(actor);
  return manager
    .getRepository(DocumentEntity)
    .createQueryBuilder('d')
    .where(`(${authz.sql})`, authz.params)
    .innerJoinAndSelect('d.category', 'c')
    .leftJoinAndSelect('d.issuer', 'o');
}
