import type { ContentType } from '@portal/domain';
import type { EntityManager } from 'typeorm';
import { ContentItemEntity } from './content-item.entity.js';

/** The kernel row every governed item starts with; the type's own row then takes its id (same transaction). */
export async function createContentItem(tx: EntityManager, type: ContentType, createdBy: string | null) {
  const item = await tx.save(tx.create(ContentItemEntity, { type, createdBy }));
  return item.id;
}
