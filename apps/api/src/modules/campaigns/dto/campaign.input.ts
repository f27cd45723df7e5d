import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { AUDIENCES, CAMPAIGN_ITEM_STATUSES, type CampaignItemStatus, type Transition } from '@portal/domain';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  Min,
} from 'class-validator';
import { HasVisibleText } from '../../../common/has-visible-text.js';
import { PageArgs } from '../../../graphql/pagination.args.js';
import { TransitionEnum } from '../../materials/material.model.js';
import { CampaignItemStatusEnum } from '../campaign.model.js';

@InputType()
export class CampaignTextInput {
  @Field({ description: 'The theme.' })
  @IsString()
  @Length(2, 300)
  @HasVisibleText()
  title: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(20000)
  goals: string = '';

  @Field({ defaultValue: '', description: 'Action plan for the ministry’s regional offices.' })
  @IsString()
  @MaxLength(20000)
  regionalPlan: string = '';

  @Field({ defaultValue: '', description: 'Recommended activities for CSOs.' })
  @IsString()
  @MaxLength(20000)
  csoActivities: string = '';

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsDateString({ strict: true })
  startsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not before the start.' })
  @IsOptional()
  @IsDateString({ strict: true })
  endsOn?: string | null;

  @Field(() => [String], { defaultValue: [], description: `Among: ${AUDIENCES.join(', ')}.` })
  @ArrayMaxSize(AUDIENCES.length)
  @IsIn(AUDIENCES, { each: true })
  audiences: string[] = [];
}

@InputType()
export class CreateCampaignInput extends CampaignTextInput {
  @Field({ defaultValue: true, description: 'Start the plan from strategy §IV items 1–11.' })
  @IsBoolean()
  standardPlan: boolean = true;
}

@InputType()
export class UpdateCampaignInput extends CampaignTextInput {
  @Field(() => Int, { description: 'Version of the campaign (period, audiences) the edit started from.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => Int, { description: 'Version of the working revision the edit started from.' })
  @IsInt()
  @Min(1)
  revisionVersion: number;
}

@InputType()
export class TransitionCampaignInput {
  @Field(() => TransitionEnum)
  @IsIn(['submit', 'request_changes', 'agree', 'archive'])
  transition: Transition;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  comment?: string | null;

  @Field(() => Int, { description: 'Version of the revision the reviewer read: a newer one is a conflict.' })
  @IsInt()
  @Min(1)
  revisionVersion: number;
}

@InputType()
export class PlanItemInput {
  @Field()
  @IsString()
  @Length(2, 500)
  @HasVisibleText()
  title: string;

  @Field(() => ID, { nullable: true, description: 'The person responsible (or an organization, or both).' })
  @IsOptional()
  @IsUUID()
  ownerUserId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  ownerOrganizationId?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsDateString({ strict: true })
  dueOn?: string | null;

  @Field(() => CampaignItemStatusEnum, { defaultValue: 'open' })
  @IsIn(CAMPAIGN_ITEM_STATUSES)
  status: CampaignItemStatus = 'open';

  @Field(() => ID, { nullable: true, description: 'A material that shows the item done.' })
  @IsOptional()
  @IsUUID()
  evidenceMaterialId?: string | null;
}

@InputType()
export class UpdatePlanItemInput extends PlanItemInput {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}

@ArgsType()
export class CampaignsArgs extends PageArgs {}
