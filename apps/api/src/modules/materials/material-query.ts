import { abilityToSql } from '@portal/authz';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../auth/actor.js';
import { MATERIAL_AUTHZ_COLUMNS } from './material-subject.js';
import { MaterialEntity } from './material.entity.js';

/**
 * Materials the actor may read — the authorization condition first, as SQL — with kind and both revisions joined
 * in the same statement (aliases m, k, wr, pr).
 */
export function readableMaterials(manager: EntityManager, actor: Actor) {
  const authz = abilityToSql(actor.ability, 'read', 'Material', MATERIAL_AUTHZ_COLUMNS);
  return manager
    .getRepository(MaterialEntity)
    .createQueryBuilder('m')
    .innerJoinAndSelect('m.kind', 'k')
    .innerJoinAndSelect('m.workingRevision', 'wr')
    .leftJoinAndSelect('m.publishedRevision', 'pr')
    .where(`(${authz.sql})`, authz.params);
}

/** Text-search configuration of a material's language: Russian stemming, or plain words (Kyrgyz has no stemmer). */
export const SEARCH_CONFIG = `(CASE WHEN m.language = 'ru' THEN 'russian' ELSE 'simple' END)::regconfig`;
