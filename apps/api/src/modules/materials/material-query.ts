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
  return materialsWhereReadable(manager, actor)
    .innerJoinAndSelect('m.kind', 'k')
    .innerJoinAndSelect('m.workingRevision', 'wr')
    .leftJoinAndSelect('m.publishedRevision', 'pr');
}

/** The same rows, joining the revisions only to filter: narrow, for ordering, paging and counting. */
export function readableMaterialIds(manager: EntityManager, actor: Actor) {
  // Left joins on primary keys: PostgreSQL drops them entirely when no condition needs them.
  return materialsWhereReadable(manager, actor)
    .leftJoin('m.workingRevision', 'wr')
    .leftJoin('m.publishedRevision', 'pr');
}

function materialsWhereReadable(manager: EntityManager, actor: Actor) {
  const authz = abilityToSql(actor.ability, 'read', 'Material', MATERIAL_AUTHZ_COLUMNS);
  return manager.getRepository(MaterialEntity).createQueryBuilder('m').where(`(${authz.sql})`, authz.params);
}

/** Text-search configuration of a material's language: Russian stemming, or plain words (Kyrgyz has no stemmer). */
export const SEARCH_CONFIG = `(CASE WHEN m.language = 'ru' THEN 'russian' ELSE 'simple' END)::regconfig`;

/**
 * One constant query matching Russian stems and plain words alike, so the GIN index on revisions can serve it
 * (a per-row configuration could not use the index).
 */
export const SEARCH_QUERY = `(websearch_to_tsquery('russian', :q) || websearch_to_tsquery('simple', :q))`;
