import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/env.js';
import type { GraphqlContext } from '../graphql/graphql-context.js';
import { InviteInfoModel } from '../modules/users/user.model.js';
import { Public, SignedIn } from './access.decorator.js';
import type { Actor } from './actor.js';
import { AuthService, viewerOf, type ClientMeta } from './auth.service.js';
import { CurrentActor, OptionalActor } from './current-actor.decorator.js';
import { AcceptInviteInput, ChangePasswordInput, SignInInput } from './dto/auth.input.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';
import { ViewerModel } from './viewer.model.js';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => ViewerModel, { nullable: true, description: 'The signed-in user, or null.' })
  @Public()
  me(@OptionalActor() actor: Actor | null) {
    return actor ? viewerOf(actor.user) : null;
  }

  @Mutation(() => ViewerModel)
  @Public()
  async signIn(
    @Args('input') input: SignInInput,
    @Context() ctx: GraphqlContext,
    @OptionalActor() actor: Actor | null,
  ) {
    const { token, viewer } = await this.auth.signIn(input, meta(ctx, actor));
    setSessionCookie(ctx.res, this.config, token);
    return viewer;
  }

  @Mutation(() => Boolean)
  @Public()
  async signOut(@Context() ctx: GraphqlContext, @OptionalActor() actor: Actor | null) {
    await this.auth.signOut(actor);
    clearSessionCookie(ctx.res, this.config);
    return true;
  }

  @Query(() => InviteInfoModel)
  @Public()
  inviteInfo(@Args('token') token: string) {
    return this.auth.inviteInfo(token);
  }

  @Mutation(() => ViewerModel)
  @Public()
  async acceptInvite(
    @Args('input') input: AcceptInviteInput,
    @Context() ctx: GraphqlContext,
    @OptionalActor() actor: Actor | null,
  ) {
    const { token, viewer } = await this.auth.acceptInvite(input, meta(ctx, actor));
    setSessionCookie(ctx.res, this.config, token);
    return viewer;
  }

  @Mutation(() => Boolean)
  @SignedIn()
  changePassword(
    @CurrentActor() actor: Actor,
    @Args('input') input: ChangePasswordInput,
    @Context() ctx: GraphqlContext,
  ) {
    return this.auth.changePassword(actor, input, meta(ctx, actor));
  }
}

function meta({ req }: GraphqlContext, actor: Actor | null): ClientMeta {
  return {
    ip: req.ip ?? 'unknown',
    userAgent: req.get('user-agent') ?? null,
    previousSessionId: actor?.sessionId,
  };
}
