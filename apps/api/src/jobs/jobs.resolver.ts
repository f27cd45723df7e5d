import { Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/access.decorator.js';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { IdArg } from '../graphql/id-arg.js';
import { DeadLetterJobModel } from './dead-letter.model.js';
import { DeadLettersService } from './dead-letters.service.js';

@Resolver()
export class JobsResolver {
  constructor(private readonly deadLetters: DeadLettersService) {}

  @Query(() => [DeadLetterJobModel], { description: 'Failed event deliveries, oldest first (at most 200).' })
  @Allow('manage', 'Job')
  deadLetterJobs(@CurrentActor() actor: Actor) {
    return this.deadLetters.list(actor);
  }

  @Mutation(() => Boolean, { description: "Sends a failed delivery back to its consumer's queue for a fresh try." })
  @Allow('manage', 'Job')
  retryDeadLetterJob(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.deadLetters.retry(actor, id);
  }

  @Mutation(() => Boolean, { description: 'Gives up on a failed delivery; the event itself is kept.' })
  @Allow('manage', 'Job')
  discardDeadLetterJob(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.deadLetters.discard(actor, id);
  }
}
