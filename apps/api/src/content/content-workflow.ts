import type { Action } from '@portal/authz';
import {
  isContributor,
  nextStateOf,
  refuseTransition,
  type StateOf,
  type TransitionOf,
  type WorkflowType,
} from '@portal/domain';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { AppError, conflict, fieldError, forbidden } from '../common/app-error.js';
import { touchItem } from './content-items.js';
import { ContentRevisionEntity } from './content-revision.entity.js';
import { ContentTransitionEntity } from './content-transition.entity.js';
import { contentSubject } from './visibility.js';

/** Serialises workflow steps on one item, whatever its type: call first in the step's transaction. */
export const lockItem = (tx: EntityManager, itemId: string) =>
  tx.query('SELECT 1 FROM content_item WHERE id = $1 FOR UPDATE', [itemId]);

export interface TransitionStep<K extends WorkflowType> {
  transition: TransitionOf<K>;
  comment?: string | null;
  /** Version of the revision the actor read: a newer one is a conflict. */
  revisionVersion: number;
}

interface LoadedItem {
  id: string;
  workingRevision?: ContentRevisionEntity | null;
  publishedRevision?: { state: string } | null;
  embargoUntil?: Date | null;
}

/**
 * Runs one workflow step of any content type inside the caller's transaction (which holds `lockItem`): the domain
 * decides (`refuseTransition`), CASL agrees on the instance, the text version must be the one read; then the working
 * revision moves to its next state and the step joins the permanent log. Returns the new state; what the step means
 * for the item (e.g. which revision is published) is the type's own business.
 */
export async function runTransition<K extends WorkflowType>(
  tx: EntityManager,
  actor: Actor,
  type: K,
  item: LoadedItem,
  step: TransitionStep<K>,
): Promise<StateOf<K>> {
  const working = item.workingRevision!;
  const state = working.state as StateOf<K>;
  const isAuthor = isContributor(working.contributorIds, actor.user.id);
  const refusal = refuseTransition(type, {
    transition: step.transition,
    comment: step.comment,
    state,
    roles: actor.user.roles,
    isAuthor,
  });
  switch (refusal) {
    case null:
      break;
    case 'role':
      throw forbidden();
    case 'ownText':
      throw new AppError('FORBIDDEN', 'Nobody endorses their own text', { reason: 'ownText' });
    case 'wrongState':
      throw fieldError('input.transition', 'wrongState', `cannot ${step.transition} a text that is ${state}`);
    case 'commentRequired':
      throw fieldError('input.comment', 'required', 'a comment is required to send the text back');
  }
  if (!actor.ability.can(step.transition as Action, contentSubject(type, item))) throw forbidden();
  if (step.revisionVersion !== working.version) {
    throw conflict('The text changed since you read it', {
      currentVersion: working.version,
      currentRevisionNumber: working.number,
    });
  }
  const to = nextStateOf(type, step.transition);
  await touchItem(tx, item.id);
  await tx.update(ContentRevisionEntity, { id: working.id }, { state: to as never, version: () => 'version + 1' });
  await tx.insert(ContentTransitionEntity, {
    itemId: item.id,
    revisionId: working.id,
    revisionNumber: working.number,
    transition: step.transition as never,
    fromState: working.state,
    toState: to as never,
    actorId: actor.user.id,
    comment: step.comment?.trim() || null,
  });
  return to;
}
