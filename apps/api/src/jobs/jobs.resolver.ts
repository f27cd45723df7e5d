import { Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/access.decorator.js';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
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
}
