import type { ContentType } from '@portal/domain';
import type { EntityManager } from 'typeorm';
import { ContentItemEntity } from './content-item.entity.js';

/** The kernel row every governed item starts with; the type's own row then takes its id (same transaction). */
export async function createContentItem(tx: EntityManager, type: ContentType, createdBy: string | null) {
  const item = await tx.save(tx.create(ContentItemEntity, { type, createdBy }));
  return item.id;
}

/**
 * The item changed — a revision saved, a workflow step, a comment — so its `updated_at` moves. Call it first in the
 * transaction, before writing the item's revisions: every writer then locks the item row before a revision row
 * (as `lockItem` does for steps), so concurrent saves and steps cannot deadlock.
 */
export const touchItem = (tx: EntityManager, itemId: string) =>
  tx.query('UPDATE content_item SET updated_at = now() WHERE id = $1', [itemId]);
