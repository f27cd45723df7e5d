import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { defineAbilityFor } from '@portal/authz';
import { forbidden, unauthenticated } from '../common/app-error.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/env.js';
import { ACCESS_KEY, type AccessPolicy } from './access.decorator.js';
import type { Actor, PortalRequest } from './actor.js';
import { rolesOf } from './auth.service.js';
import { requestOf } from './current-actor.decorator.js';
import { readSessionCookie } from './session-cookie.js';
import { SessionsService } from './sessions.service.js';

const resolving = new WeakMap<PortalRequest, Promise<Actor | undefined>>();

/**
 * Runs on every resolver and controller method: resolves the session once per request, then enforces the
 * method's declared policy. A method without a declared policy is refused: access is opt-in, never implicit.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!policy) {
      throw new Error(`${context.getClass().name}.${context.getHandler().name} declares no access policy`);
    }
    const req = requestOf(context);
    const actor = await this.actorOf(req);
    switch (policy.kind) {
      case 'public':
        return true;
      case 'signed-in':
        if (!actor) throw unauthenticated();
        return true;
      case 'ability':
        if (!actor) throw unauthenticated();
        if (!actor.ability.can(policy.action, policy.subject)) throw forbidden();
        return true;
    }
  }

  private actorOf(req: PortalRequest): Promise<Actor | undefined> {
    let pending = resolving.get(req);
    if (!pending) {
      pending = this.resolveActor(req);
      resolving.set(req, pending);
    }
    return pending;
  }

  private async resolveActor(req: PortalRequest): Promise<Actor | undefined> {
    const token = readSessionCookie(req, this.config);
    const found = token ? await this.sessions.resolve(token) : null;
    if (!found) return undefined;
    const { user, session } = found;
    req.actor = {
      user,
      sessionId: session.id,
      ability: defineAbilityFor({ id: user.id, roles: rolesOf(user), organizationId: user.organizationId }),
    };
    return req.actor;
  }
}
