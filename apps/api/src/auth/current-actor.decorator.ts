import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { unauthenticated } from '../common/app-error.js';
import type { PortalRequest } from './actor.js';

export function requestOf(context: ExecutionContext): PortalRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: PortalRequest }>().req;
  }
  return context.switchToHttp().getRequest<PortalRequest>();
}

/** The signed-in actor; the access guard has already refused anonymous calls where one is needed. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const actor = requestOf(context).actor;
  if (!actor) throw unauthenticated();
  return actor;
});

/** The actor if signed in, else null (for public operations such as `me`). */
export const OptionalActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext) => requestOf(context).actor ?? null,
);
