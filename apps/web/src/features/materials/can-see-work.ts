import { subject } from '@casl/ability';
import type { AppAbility } from '@portal/authz';

/** The same probe the API uses: may this user see drafts and texts under review at all? Readers may not. */
export const canSeeWork = (ability: AppAbility) =>
  ability.can('read', subject('Material', { state: 'draft' as const, authorId: null, published: false }));
