import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../../auth/access.decorator.js';
import type { GraphqlContext } from '../../graphql/graphql-context.js';
import type { MaterialView } from '../materials/material-mapper.js';
import { MaterialModel } from '../materials/material.model.js';
import { CampaignMaterialsService } from './campaign-materials.service.js';
import { CampaignRefModel } from './campaign.model.js';

@Resolver(() => MaterialModel)
export class MaterialCampaignResolver {
  constructor(private readonly materials: CampaignMaterialsService) {}

  @ResolveField(() => CampaignRefModel, {
    nullable: true,
    description: 'The national campaign it belongs to; null when none or when the user may not read it.',
  })
  @Allow('read', 'Material')
  campaign(@Parent() m: MaterialView, @Context() { req }: GraphqlContext) {
    return this.materials.ref(req, req.actor!, m.campaignId);
  }
}
