import { searchAlternatives, WORKFLOWS } from '@portal/domain';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../auth/actor.js';
import { readableSql } from '../../content/visibility.js';
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
  const authz = readableSql(actor, 'material');
  return manager.getRepository(MaterialEntity).createQueryBuilder('m').where(`(${authz.sql})`, authz.params);
}

/** Text-search configuration of a material's language: Russian stemming, or plain words (Kyrgyz has no stemmer). */
export const SEARCH_CONFIG = `(CASE WHEN m.language = 'ru' THEN 'russian' ELSE 'simple' END)::regconfig`;

/**
 * The search as one constant tsquery (so the GIN index on revisions can serve it): every word as written, as its
 * Russian stem and as its Kyrgyz stem (`portal_tsquery`, migration KyrgyzSearch), for the query and each synonym
 * rewording of it. Parameters are named `q0`, `q1`, ….
 */
export function searchQuery(search: string): { sql: string; params: Record<string, string> } {
  const alternatives = searchAlternatives(search);
  return {
    sql: `(${alternatives.map((_, i) => `portal_tsquery(:q${i})`).join(' || ')})`,
    params: Object.fromEntries(alternatives.map((text, i) => [`q${i}`, text])),
  };
}

/**
 * Work waiting for the actor's decision: in a state where one of their roles may take a step its authors may not
 * (agree, approve, send back), and not written by them — nobody endorses their own text.
 */
export function awaitingDecisionOf(actor: Actor): { sql: string; params: Record<string, unknown> } {
  const states = new Set<string>();
  for (const rule of Object.values(WORKFLOWS.material.transitions)) {
    if (rule.notByContributor && rule.roles.some((role) => actor.user.roles.includes(role))) {
      for (const state of rule.from) states.add(state);
    }
  }
  if (!states.size) return { sql: '1 = 0', params: {} };
  return {
    sql: 'wr.state IN (:...decisionStates) AND NOT (wr.contributor_ids @> ARRAY[:decider]::uuid[])',
    params: { decisionStates: [...states], decider: actor.user.id },
  };
}
