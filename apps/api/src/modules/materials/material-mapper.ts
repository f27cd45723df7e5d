import { availableTransitions, isContributor } from '@portal/domain';
import type { Actor } from '../../auth/actor.js';
import { seesWork as canSeeWork } from '../../content/visibility.js';
import type { ContentRevisionEntity } from '../../content/content-revision.entity.js';
import type { MaterialEntity } from './material.entity.js';

const MARK_START = '\u0001';
const MARK_END = '\u0002';
/** ts_headline options: markers that cannot occur in text, so the client highlights without parsing HTML. */
export const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;

export function snippetParts(headline: string | null | undefined): { text: string; match: boolean }[] | null {
  if (!headline) return null;
  return headline
    .split(new RegExp(`(${MARK_START}[^${MARK_END}]*${MARK_END})`))
    .filter(Boolean)
    .map((part) =>
      part.startsWith(MARK_START) ? { text: part.slice(1, -1), match: true } : { text: part, match: false },
    );
}

/** The body is serialised only if the query asks for it (a list of 25 cards never does). */
const revision = (r: ContentRevisionEntity | undefined | null) =>
  r
    ? {
        ...r,
        get body() {
          return JSON.stringify(r.body);
        },
      }
    : null;

/** The GraphQL view of a material for one actor: readers never get the working revision or its state. */
export function toMaterialModel(actor: Actor, m: MaterialEntity, headline?: string | null) {
  const seesWork = canSeeWork(actor);
  const working = m.workingRevision!;
  const today = new Date().toISOString().slice(0, 10);
  return {
    ...m,
    kind: { ...m.kind!, nameRu: m.kind!.names.ru, nameKy: m.kind!.names.ky, nameEn: m.kind!.names.en },
    state: seesWork ? working.state : null,
    working: seesWork ? revision(working) : null,
    published: revision(m.publishedRevision),
    // Readers get the time of the text they read: a draft saved since must not show through.
    updatedAt: seesWork ? m.updatedAt : (m.publishedAt ?? m.publishedRevision?.updatedAt ?? m.updatedAt),
    expired: !!m.validUntil && m.validUntil < today,
    snippet: snippetParts(headline),
    availableTransitions: seesWork
      ? availableTransitions(
          'material',
          working.state,
          actor.user.roles,
          isContributor(working.contributorIds, actor.user.id),
        )
      : [],
  };
}

export type MaterialView = ReturnType<typeof toMaterialModel>;
