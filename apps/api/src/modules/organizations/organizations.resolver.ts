import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../auth/access.decorator.js';
import type { Actor } from '../../auth/actor.js';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { IdArg } from '../../graphql/id-arg.js';
import { OrganizationInput, UpdateOrganizationInput } from './dto/organization.input.js';
import { OrganizationModel } from './organization.model.js';
import { OrganizationsService } from './organizations.service.js';

@Resolver(() => OrganizationModel)
export class OrganizationsResolver {
  constructor(private readonly service: OrganizationsService) {}

  @Query(() => [OrganizationModel])
  @Allow('read', 'Organization')
  organizations(@CurrentActor() actor: Actor) {
    return this.service.list(actor);
  }

  @Query(() => OrganizationModel)
  @Allow('read', 'Organization')
  organization(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.service.get(actor, id);
  }

  @Mutation(() => OrganizationModel)
  @Allow('create', 'Organization')
  createOrganization(@CurrentActor() actor: Actor, @Args('input') input: OrganizationInput) {
    return this.service.create(actor, input);
  }

  @Mutation(() => OrganizationModel)
  @Allow('update', 'Organization')
  updateOrganization(@CurrentActor() actor: Actor, @IdArg() id: string, @Args('input') input: UpdateOrganizationInput) {
    return this.service.update(actor, id, input);
  }
}
