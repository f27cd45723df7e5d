import { contentSubject } from '../../content/visibility.js';
import type { MaterialEntity } from './material.entity.js';

/** A loaded material (its revisions joined) as authorization rules see it. */
export const materialSubject = (material: MaterialEntity, now = new Date()) =>
  contentSubject('material', material, now);
