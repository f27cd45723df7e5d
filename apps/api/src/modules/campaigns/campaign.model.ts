import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CAMPAIGN_ITEM_STATUSES, type CampaignItemStatus, type RevisionState, type Transition } from '@portal/domain';
import { asEnum } from '../../graphql/enums.js';
import { RevisionStateEnum, TransitionEnum } from '../materials/material.model.js';

export const CampaignItemStatusEnum = asEnum(CAMPAIGN_ITEM_STATUSES);
registerEnumType(CampaignItemStatusEnum, { name: 'CampaignItemStatus' });

@ObjectType('CampaignRef')
export class CampaignRefModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;
}

@ObjectType('CampaignEvidence')
export class CampaignEvidenceModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Title of the material as the signed-in user may read it.' })
  title: string;
}

@ObjectType('CampaignPlanItem')
export class CampaignPlanItemModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  position: number;

  @Field()
  title: string;

  @Field(() => ID, { nullable: true })
  ownerUserId: string | null;

  @Field(() => String, { nullable: true })
  ownerUserName: string | null;

  @Field(() => ID, { nullable: true })
  ownerOrganizationId: string | null;

  @Field(() => String, { nullable: true })
  ownerOrganizationName: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dueOn: string | null;

  @Field(() => CampaignItemStatusEnum)
  status: CampaignItemStatus;

  @Field({ description: 'Open and past its due date (Bishkek calendar day).' })
  overdue: boolean;

  @Field(() => CampaignEvidenceModel, {
    nullable: true,
    description: 'The material that shows it done; null when none or when the user may not read it.',
  })
  evidence: CampaignEvidenceModel | null;

  @Field(() => Int)
  version: number;
}

@ObjectType('CampaignProgress')
export class CampaignProgressModel {
  @Field(() => Int)
  done: number;

  @Field(() => Int, { description: 'Items still in the plan (dropped ones do not count).' })
  total: number;

  @Field(() => Int)
  overdue: number;
}

@ObjectType('Campaign')
export class CampaignModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The theme, from the revision the user may read.' })
  title: string;

  @Field()
  goals: string;

  @Field({ description: 'Action plan for the ministry’s regional offices.' })
  regionalPlan: string;

  @Field({ description: 'Recommended activities for CSOs.' })
  csoActivities: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  startsOn: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  endsOn: string | null;

  @Field(() => [String])
  audiences: string[];

  @Field(() => RevisionStateEnum, { nullable: true, description: 'State of the working revision; null for readers.' })
  state: RevisionState | null;

  @Field(() => RevisionStateEnum, { nullable: true, description: 'State of the revision readers see, if any.' })
  publishedState: RevisionState | null;

  @Field(() => Int, { description: 'Number of the revision shown.' })
  revisionNumber: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Version of the working revision (for saves and steps); null for readers.',
  })
  revisionVersion: number | null;

  @Field(() => [TransitionEnum], { description: 'Workflow steps the signed-in user may take now.' })
  availableTransitions: Transition[];

  @Field(() => Int, { description: 'Version of the period and audiences.' })
  version: number;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

@ObjectType('CampaignPage')
export class CampaignPageModel {
  @Field(() => [CampaignModel])
  items: CampaignModel[];

  @Field(() => Int)
  total: number;
}
