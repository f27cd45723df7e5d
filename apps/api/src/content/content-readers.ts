import type { ContentType } from '@portal/domain';
import type { Actor } from '../auth/actor.js';

/**
 * How the kernel asks a content type "may this actor read this item?" — each type's module registers the check
 * (materials: `MaterialsService.load`, which applies the visibility projection). Throws NOT_FOUND when hidden.
 */
export type ContentReader = (actor: Actor, itemId: string) => Promise<unknown>;
export type ContentReaders = Partial<Record<ContentType, ContentReader>>;
export const CONTENT_READERS = Symbol('CONTENT_READERS');
