import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { planProgress } from '@portal/domain';
import { Allow } from '../../auth/access.decorator.js';
import type { Actor } from '../../auth/actor.js';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import type { GraphqlContext } from '../../graphql/graphql-context.js';
import { IdArg } from '../../graphql/id-arg.js';
import {
  CampaignsArgs,
  CreateCampaignInput,
  PlanItemInput,
  TransitionCampaignInput,
  UpdateCampaignInput,
  UpdatePlanItemInput,
} from './dto/campaign.input.js';
import type { CampaignView } from './campaign-mapper.js';
import { CampaignPageModel, CampaignModel, CampaignPlanItemModel, CampaignProgressModel } from './campaign.model.js';
import { bishkekToday, CampaignPlanService } from './campaign-plan.service.js';
import { CampaignsService } from './campaigns.service.js';

@Resolver(() => CampaignModel)
export class CampaignsResolver {
  constructor(
    private readonly service: CampaignsService,
    private readonly plan: CampaignPlanService,
  ) {}

  @Query(() => CampaignPageModel, {
    complexity: ({ args, childComplexity }) => 1 + (args.limit ?? 25) * childComplexity,
  })
  @Allow('read', 'Campaign')
  campaigns(@CurrentActor() actor: Actor, @Args() args: CampaignsArgs) {
    return this.service.list(actor, args);
  }

  @Query(() => CampaignModel)
  @Allow('read', 'Campaign')
  campaign(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.service.get(actor, id);
  }

  @Mutation(() => CampaignModel, { description: 'A draft campaign, its plan started from strategy §IV items 1–11.' })
  @Allow('create', 'Campaign')
  createCampaign(@CurrentActor() actor: Actor, @Args('input') input: CreateCampaignInput) {
    return this.service.create(actor, input);
  }

  @Mutation(() => CampaignModel, { description: 'Saves a draft, or starts the next revision of an agreed plan.' })
  @Allow('update', 'Campaign')
  updateCampaign(@CurrentActor() actor: Actor, @IdArg() id: string, @Args('input') input: UpdateCampaignInput) {
    return this.service.update(actor, id, input);
  }

  @Mutation(() => CampaignModel)
  @Allow('read', 'Campaign')
  transitionCampaign(@CurrentActor() actor: Actor, @IdArg() id: string, @Args('input') input: TransitionCampaignInput) {
    return this.service.transition(actor, id, input);
  }

  @Mutation(() => CampaignPlanItemModel)
  @Allow('update', 'Campaign')
  addCampaignPlanItem(
    @CurrentActor() actor: Actor,
    @IdArg('campaignId') campaignId: string,
    @Args('input') input: PlanItemInput,
  ) {
    return this.plan.add(actor, campaignId, input);
  }

  @Mutation(() => CampaignPlanItemModel, { description: 'Changes a plan item: owner, due date, status, evidence.' })
  @Allow('update', 'Campaign')
  updateCampaignPlanItem(@CurrentActor() actor: Actor, @IdArg() id: string, @Args('input') input: UpdatePlanItemInput) {
    return this.plan.update(actor, id, input);
  }

  @ResolveField(() => [CampaignPlanItemModel])
  @Allow('read', 'Campaign')
  planItems(@Parent() c: CampaignView, @Context() { req }: GraphqlContext) {
    return this.plan.items(req, req.actor!, c.id);
  }

  @ResolveField(() => CampaignProgressModel)
  @Allow('read', 'Campaign')
  async progress(@Parent() c: CampaignView, @Context() { req }: GraphqlContext) {
    return planProgress(await this.plan.items(req, req.actor!, c.id), bishkekToday());
  }
}
