import { subject } from '@casl/ability';
import { seesWorkInProgress } from '@portal/authz';
import { PUBLISHED_STATES } from '@portal/domain';
import type { Actor } from '../../auth/actor.js';
import type { MaterialEntity } from './material.entity.js';

/** What readers may see, in SQL: aliases `m` (material) and `pr` (its published revision). */
export const PUBLISHED_SQL = `(m.published_revision_id IS NOT NULL AND pr.state IN ('agreed', 'approved')
  AND (m.embargo_until IS NULL OR m.embargo_until <= now()))`;

/** Fields authorization rules may test, as SQL over `m`, `wr` (working revision) and `pr`. */
export const MATERIAL_AUTHZ_COLUMNS = {
  published: PUBLISHED_SQL,
  state: 'wr.state',
  contributorIds: 'wr.contributor_ids',
};

/** The same facts in memory, for checks on one loaded material (its revisions joined). */
export function materialSubject(material: MaterialEntity, now = new Date()) {
  const published =
    !!material.publishedRevision &&
    PUBLISHED_STATES.includes(material.publishedRevision.state) &&
    (!material.embargoUntil || material.embargoUntil <= now);
  return subject('Material', {
    state: material.workingRevision!.state,
    contributorIds: material.workingRevision!.contributorIds,
    published,
  });
}

/**
 * Can this actor see work in progress (drafts, reviews, working revisions, history, revisions, diffs)? Readers
 * cannot: everything they get — lists, search and its snippets, the material page, exports — comes from the
 * published revision. Every material path asks here.
 */
export const seesWork = (actor: Actor): boolean => seesWorkInProgress(actor.ability);
