import { subject } from '@casl/ability';
import { abilityToSql, seesWorkInProgress, type ContentSubjectName, type SqlCondition } from '@portal/authz';
import { publishedStatesOf, WORKFLOWS, type WorkflowType } from '@portal/domain';
import type { Actor } from '../auth/actor.js';
import { sqlList } from '../common/sql-list.js';

/**
 * The one visibility rule of the content kernel: which revision of which item an actor may read. Readers get the
 * published revision only — in one of its type's published states (from the domain's workflow definition) and past
 * any embargo; whoever may see work in progress gets the working revision too. A withdrawn item stays readable,
 * marked. Every list, search, snippet, export, field resolver and loader asks here, in SQL or in memory.
 */

/** Table aliases of an item row, its working revision and its published revision. */
export interface ItemAliases {
  item: string;
  working: string;
  published: string;
}
export const ITEM_ALIASES: ItemAliases = { item: 'm', working: 'wr', published: 'pr' };

/** SQL: `column` holds one of the type's published states. */
export const inPublishedState = (type: WorkflowType, column: string): string =>
  `${column} IN (${sqlList(publishedStatesOf(type))})`;

/** SQL: the item has a published revision readers may see now. */
export function publishedSql(type: WorkflowType, a: ItemAliases = ITEM_ALIASES): string {
  return `(${a.item}.published_revision_id IS NOT NULL AND ${inPublishedState(type, `${a.published}.state`)}
  AND (${a.item}.embargo_until IS NULL OR ${a.item}.embargo_until <= now()))`;
}

/** Fields authorization rules may test on a content item, as SQL over the aliases. */
export const contentAuthzColumns = (type: WorkflowType, a: ItemAliases = ITEM_ALIASES) => ({
  published: publishedSql(type, a),
  state: `${a.working}.state`,
  contributorIds: `${a.working}.contributor_ids`,
});

/** The WHERE fragment selecting the items of `type` the actor may read (the authorization condition as SQL). */
export const readableSql = (actor: Actor, type: WorkflowType, a: ItemAliases = ITEM_ALIASES): SqlCondition =>
  abilityToSql(actor.ability, 'read', subjectName(type), contentAuthzColumns(type, a));

/**
 * Which revision's text the actor reads in lists, search and snippets: the one asked for if they may see work in
 * progress, else the published one — and then only in a published state (the condition to add to the query).
 */
export function shownRevision(
  actor: Actor,
  type: WorkflowType,
  requested: 'working' | 'published',
  a: ItemAliases = ITEM_ALIASES,
): { alias: string; condition: string | null } {
  const view = seesWork(actor) ? requested : 'published';
  return view === 'working'
    ? { alias: a.working, condition: null }
    : { alias: a.published, condition: inPublishedState(type, `${a.published}.state`) };
}

/** May this actor see work in progress (drafts, reviews, working revisions, history, revisions, diffs)? */
export const seesWork = (actor: Actor): boolean => seesWorkInProgress(actor.ability);

interface LoadedItem<S extends string> {
  publishedRevision?: { state: S } | null;
  embargoUntil?: Date | null;
}

/** In memory, for one loaded item: is `state` one of the type's published states? */
export const isPublishedState = (type: WorkflowType, state: string): boolean =>
  (publishedStatesOf(type) as readonly string[]).includes(state);

/** In memory, the twin of `publishedSql` for one loaded item. */
export const isPublished = <S extends string>(type: WorkflowType, item: LoadedItem<S>, now = new Date()): boolean =>
  !!item.publishedRevision &&
  isPublishedState(type, item.publishedRevision.state) &&
  (!item.embargoUntil || item.embargoUntil <= now);

/** The item as authorization rules see it, for `ability.can(…)` checks on one loaded item. */
export function contentSubject<S extends string>(
  type: WorkflowType,
  item: LoadedItem<S> & { workingRevision?: { state: S; contributorIds: string[] } | null },
  now = new Date(),
) {
  return subject(subjectName(type) as 'Material', {
    state: item.workingRevision!.state as never,
    contributorIds: item.workingRevision!.contributorIds,
    published: isPublished(type, item, now),
  });
}

const subjectName = (type: WorkflowType) => WORKFLOWS[type].subject as ContentSubjectName;
