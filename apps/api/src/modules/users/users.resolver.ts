import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Public, SignedIn } from '../../auth/access.decorator.js';
import type { Actor } from '../../auth/actor.js';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import type { GraphqlContext } from '../../graphql/graphql-context.js';
import { IdArg } from '../../graphql/id-arg.js';
import { OrganizationModel } from '../organizations/organization.model.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { InviteUserInput, SetUserRolesInput, UpdatePreferencesInput } from './dto/user.input.js';
import { InviteResultModel, UserModel } from './user.model.js';
import type { UserEntity } from './user.entity.js';
import { UsersService } from './users.service.js';

@Resolver(() => UserModel)
export class UsersResolver {
  constructor(
    private readonly service: UsersService,
    private readonly organizations: OrganizationsService,
  ) {}

  @Query(() => [UserModel])
  @Allow('manage', 'User')
  users(@CurrentActor() actor: Actor) {
    return this.service.list(actor);
  }

  @Mutation(() => InviteResultModel)
  @Allow('create', 'Invite')
  inviteUser(@CurrentActor() actor: Actor, @Args('input') input: InviteUserInput) {
    return this.service.invite(actor, input);
  }

  @Mutation(() => UserModel)
  @Allow('manage', 'User')
  setUserRoles(@CurrentActor() actor: Actor, @IdArg() id: string, @Args('input') input: SetUserRolesInput) {
    return this.service.setRoles(actor, id, input.roles);
  }

  @Mutation(() => UserModel)
  @Allow('manage', 'User')
  deactivateUser(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.service.setStatus(actor, id, 'deactivated');
  }

  @Mutation(() => UserModel)
  @Allow('manage', 'User')
  reactivateUser(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.service.setStatus(actor, id, 'active');
  }

  @Mutation(() => UserModel)
  @SignedIn()
  updateMyPreferences(@CurrentActor() actor: Actor, @Args('input') input: UpdatePreferencesInput) {
    return this.service.updatePreferences(actor, input);
  }

  // Public: a user is only ever returned by an operation already guarded (or to themselves by signIn and
  // acceptInvite, whose request carries no session yet); their organization's name adds nothing to hide.
  @ResolveField(() => OrganizationModel, { nullable: true })
  @Public()
  organization(@Parent() user: UserEntity, @Context() { req }: GraphqlContext) {
    return user.organizationId ? this.organizations.load(req, user.organizationId) : null;
  }
}
