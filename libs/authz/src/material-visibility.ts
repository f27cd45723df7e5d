import { subject } from '@casl/ability';
import type { AppAbility } from './define-ability.js';

/** A material nobody has published yet: whoever may read it may see work in progress. */
const UNPUBLISHED = subject('Material', { state: 'draft' as const, contributorIds: [] as string[], published: false });

/**
 * May this user see work in progress at all — drafts, texts under review, working revisions, their states, history,
 * revisions and diffs? Readers may not. The one place the API and the web ask.
 */
export const seesWorkInProgress = (ability: AppAbility): boolean => ability.can('read', UNPUBLISHED);
