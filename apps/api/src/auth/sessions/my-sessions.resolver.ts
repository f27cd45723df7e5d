import { Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArg } from '../../graphql/id-arg.js';
import { SignedIn } from '../access.decorator.js';
import type { Actor } from '../actor.js';
import { CurrentActor } from '../current-actor.decorator.js';
import { MySessionModel, SignInRecordModel } from './my-session.model.js';
import { MySessionsService } from './my-sessions.service.js';

@Resolver()
export class MySessionsResolver {
  constructor(private readonly service: MySessionsService) {}

  @Query(() => [MySessionModel], { description: "The signed-in person's active sessions, most recent first." })
  @SignedIn()
  mySessions(@CurrentActor() actor: Actor) {
    return this.service.list(actor);
  }

  @Query(() => [SignInRecordModel], { description: 'Recent sign-ins and failed attempts to this account.' })
  @SignedIn()
  mySignInHistory(@CurrentActor() actor: Actor) {
    return this.service.signInHistory(actor);
  }

  @Mutation(() => Boolean, { description: 'Signs one of your own sessions out.' })
  @SignedIn()
  endMySession(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.service.end(actor, id);
  }

  @Mutation(() => Int, { description: 'Signs out every session of yours but this one; returns how many.' })
  @SignedIn()
  endMyOtherSessions(@CurrentActor() actor: Actor) {
    return this.service.endOthers(actor);
  }
}
