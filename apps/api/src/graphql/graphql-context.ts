import type { Response } from 'express';
import type { PortalRequest } from '../auth/actor.js';

export interface GraphqlContext {
  req: PortalRequest;
  res: Response;
}
