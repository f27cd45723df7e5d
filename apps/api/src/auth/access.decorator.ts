import { SetMetadata } from '@nestjs/common';
import type { Action, SubjectName } from '@portal/authz';

export const ACCESS_KEY = 'portal:access';

export type AccessPolicy =
  | { kind: 'public' }
  | { kind: 'signed-in' }
  | { kind: 'ability'; action: Action; subject: Exclude<SubjectName, 'all'> };

/** Anyone, signed in or not (sign-in itself, invite acceptance). */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessPolicy);

/** Any signed-in user; the service still checks the record itself. */
export const SignedIn = () => SetMetadata(ACCESS_KEY, { kind: 'signed-in' } satisfies AccessPolicy);

/** A signed-in user whose rules allow `action` on some `subject`; services check instances. */
export const Allow = (action: Action, subject: Exclude<SubjectName, 'all'>) =>
  SetMetadata(ACCESS_KEY, { kind: 'ability', action, subject } satisfies AccessPolicy);
