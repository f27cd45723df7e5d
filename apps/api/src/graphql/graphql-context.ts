import type { Response } from 'express';
import type { PortalRequest } from '../auth/actor.js';
import type { Loaders } from './loaders.js';

export interface GraphqlContext {
  req: PortalRequest;
  res: Response;
  loaders: Loaders;
}
