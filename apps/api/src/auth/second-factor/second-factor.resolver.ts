import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../graphql/graphql-context.js';
import { IdArg } from '../../graphql/id-arg.js';
import { UserModel } from '../../modules/users/user.model.js';
import { Allow, SignedIn } from '../access.decorator.js';
import type { Actor } from '../actor.js';
import { CurrentActor } from '../current-actor.decorator.js';
import { ConfirmTwoFactorInput } from './confirm-two-factor.input.js';
import { TwoFactorEnrolmentModel } from './second-factor.model.js';
import { SecondFactorService } from './second-factor.service.js';

@Resolver()
export class SecondFactorResolver {
  constructor(private readonly service: SecondFactorService) {}

  @Mutation(() => TwoFactorEnrolmentModel, { description: 'A new authenticator secret to confirm with a code.' })
  @SignedIn()
  startTwoFactorEnrolment(@CurrentActor() actor: Actor) {
    return this.service.startEnrolment(actor);
  }

  @Mutation(() => [String], { description: 'Turns two-factor sign-in on; returns the recovery codes, shown once.' })
  @SignedIn()
  confirmTwoFactorEnrolment(
    @CurrentActor() actor: Actor,
    @Args('input') input: ConfirmTwoFactorInput,
    @Context() { req }: GraphqlContext,
  ) {
    return this.service.confirmEnrolment(actor, input.code, req.ip ?? 'unknown');
  }

  @Mutation(() => UserModel, { description: "Turns a person's two-factor sign-in off; they enrol again." })
  @Allow('manage', 'User')
  resetTwoFactor(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.service.reset(actor, id);
  }
}
