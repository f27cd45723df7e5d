import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { loadConfig } from '../config/env.js';
import { Allow, Public } from './access.decorator.js';
import { AccessGuard } from './access.guard.js';
import type { SessionsService } from './sessions.service.js';

class Resolver {
  undeclared() {}
  @Public()
  open() {}
  @Allow('create', 'Contact')
  create() {}
}

const config = loadConfig({ DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/x' });
const noSessions = { resolve: async () => null } as unknown as SessionsService;
const contextFor = (handler: keyof Resolver) =>
  ({
    getHandler: () => Resolver.prototype[handler],
    getClass: () => Resolver,
    getType: () => 'http',
    switchToHttp: () => ({ getRequest: () => ({ cookies: {} }) }),
  }) as unknown as ExecutionContext;

describe('AccessGuard', () => {
  const guard = new AccessGuard(new Reflector(), noSessions, config);

  it('refuses a handler that declares no access policy, instead of letting it through', async () => {
    await expect(guard.canActivate(contextFor('undeclared'))).rejects.toThrow(/declares no access policy/);
  });

  it('lets anyone call a public handler and asks for sign-in elsewhere', async () => {
    await expect(guard.canActivate(contextFor('open'))).resolves.toBe(true);
    await expect(guard.canActivate(contextFor('create'))).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
