import { subject } from '@casl/ability';
import { PUBLISHED_STATES } from '@portal/domain';
import type { MaterialEntity } from './material.entity.js';

/** What readers may see, in SQL: aliases `m` (material) and `pr` (its published revision). */
export const PUBLISHED_SQL = `(m.published_revision_id IS NOT NULL AND pr.state IN ('agreed', 'approved')
  AND (m.embargo_until IS NULL OR m.embargo_until <= now()))`;

/** Fields authorization rules may test, as SQL over `m`, `wr` (working revision) and `pr`. */
export const MATERIAL_AUTHZ_COLUMNS = { published: PUBLISHED_SQL, state: 'wr.state', authorId: 'wr.author_id' };

/** The same facts in memory, for checks on one loaded material (its revisions joined). */
export function materialSubject(material: MaterialEntity, now = new Date()) {
  const published =
    !!material.publishedRevision &&
    PUBLISHED_STATES.includes(material.publishedRevision.state) &&
    (!material.embargoUntil || material.embargoUntil <= now);
  return subject('Material', {
    state: material.workingRevision!.state,
    authorId: material.workingRevision!.authorId,
    published,
  });
}

/** Can this actor see unpublished work at all (drafts, reviews)? Readers cannot. */
export const UNPUBLISHED_PROBE = subject('Material', { state: 'draft' as const, authorId: null, published: false });
