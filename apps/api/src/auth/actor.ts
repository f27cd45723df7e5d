import type { AppAbility } from '@portal/authz';
import type { Request, Response } from 'express';
import type { UserEntity } from '../modules/users/user.entity.js';

/** The signed-in user of a request, with the ability computed once from their roles. */
export interface Actor {
  user: UserEntity;
  ability: AppAbility;
  sessionId: string;
}

export type PortalRequest = Request & { actor?: Actor };

export interface RequestContext {
  req: PortalRequest;
  res: Response;
}
