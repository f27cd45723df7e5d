import { Module } from '@nestjs/common';
import { CampaignMaterialsService } from './campaign-materials.service.js';
import { CampaignPlanService } from './campaign-plan.service.js';
import { CampaignsResolver } from './campaigns.resolver.js';
import { CampaignsService } from './campaigns.service.js';
import { MaterialCampaignResolver } from './material-campaign.resolver.js';

@Module({
  providers: [
    CampaignsService,
    CampaignPlanService,
    CampaignMaterialsService,
    CampaignsResolver,
    MaterialCampaignResolver,
  ],
  exports: [CampaignsService],
})
export class CampaignsModule {}
