import { ArgsType, Field, ID, InputType, Int, PickType, registerEnumType } from '@nestjs/graphql';
import {
  AUDIENCES,
  CHANNELS,
  LANGUAGES,
  REVISION_STATES,
  TRANSITIONS,
  type Language,
  type RevisionState,
  type Transition,
} from '@portal/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  IsUrl,
  Length,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { asEnum, LanguageEnum } from '../../../graphql/enums.js';
import { PageArgs } from '../../../graphql/pagination.args.js';
import { RevisionStateEnum, TransitionEnum } from '../material.model.js';
import { HasVisibleText } from '../../../common/has-visible-text.js';

export const MATERIAL_VIEWS = ['published', 'working'] as const;
export type MaterialView = (typeof MATERIAL_VIEWS)[number];
export const MaterialViewEnum = asEnum(MATERIAL_VIEWS);
registerEnumType(MaterialViewEnum, { name: 'MaterialView' });

@InputType()
export class CreateMaterialInput {
  @Field(() => ID)
  @IsUUID()
  kindId: string;

  @Field(() => LanguageEnum)
  @IsIn(LANGUAGES)
  language: Language;

  @Field()
  @IsString()
  @Length(2, 300)
  @HasVisibleText()
  title: string;

  @Field({ description: 'Editor document as JSON.' })
  @IsString()
  body: string;

  @Field(() => ID, { nullable: true, description: 'The national campaign it belongs to.' })
  @IsOptional()
  @IsUUID()
  campaignId?: string | null;

  @Field(() => [String], { defaultValue: [], description: `Among: ${AUDIENCES.join(', ')}.` })
  @ArrayMaxSize(AUDIENCES.length)
  @IsIn(AUDIENCES, { each: true })
  audiences: string[] = [];

  @Field(() => [String], { defaultValue: [], description: `Among: ${CHANNELS.join(', ')}.` })
  @ArrayMaxSize(CHANNELS.length)
  @IsIn(CHANNELS, { each: true })
  channels: string[] = [];

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsDateString({ strict: true })
  validUntil?: string | null;

  @Field(() => String, { nullable: true, description: 'Media coverage: the outlet (required for that kind).' })
  @IsOptional()
  @IsString()
  @Length(2, 200)
  coverageOutlet?: string | null;

  @Field(() => String, { nullable: true, description: 'Media coverage: YYYY-MM-DD.' })
  @IsOptional()
  @IsDateString({ strict: true })
  coverageDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Media coverage: http(s) link.' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(2000)
  coverageUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 8601 instant (the UI enters it in Asia/Bishkek).' })
  @IsOptional()
  @IsDateString({ strict: true })
  embargoUntil?: string | null;
}

@InputType()
export class MaterialDetailsInput extends PickType(CreateMaterialInput, [
  'campaignId',
  'audiences',
  'channels',
  'validUntil',
  'embargoUntil',
  'coverageOutlet',
  'coverageDate',
  'coverageUrl',
] as const) {
  @Field(() => Int, { description: 'Version of the material the edit started from.' })
  @IsInt()
  @Min(1)
  version: number;
}

@InputType()
export class RescheduleMaterialInput extends PickType(CreateMaterialInput, ['validUntil', 'embargoUntil'] as const) {
  @Field(() => Int, { description: 'Version of the material the change started from.' })
  @IsInt()
  @Min(1)
  version: number;
}

@InputType()
export class SaveMaterialInput {
  @Field()
  @IsString()
  @Length(2, 300)
  @HasVisibleText()
  title: string;

  @Field()
  @IsString()
  body: string;

  @Field(() => Int, { description: 'Version of the revision the edit started from.' })
  @IsInt()
  @Min(1)
  revisionVersion: number;

  @Field(() => Int, { description: 'Number of the revision the edit started from.' })
  @IsInt()
  @Min(1)
  revisionNumber: number;
}

@InputType()
export class TransitionMaterialInput {
  @Field(() => TransitionEnum)
  @IsIn(TRANSITIONS)
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
export class CreateTranslationInput {
  @Field(() => LanguageEnum)
  @IsIn(LANGUAGES)
  language: Language;

  @Field()
  @IsString()
  @Length(2, 300)
  @HasVisibleText()
  title: string;

  @Field()
  @IsString()
  body: string;
}

@InputType()
export class WithdrawMaterialInput {
  @Field()
  @IsString()
  @Length(3, 2000)
  reason: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  supersededById?: string | null;
}

@InputType()
export class MaterialFilterInput {
  @Field(() => [ID], { nullable: true, description: 'Leave these out (e.g. the material being replaced).' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  excludeIds?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  kindIds?: string[];

  @Field(() => [RevisionStateEnum], { nullable: true })
  @IsOptional()
  @IsIn(REVISION_STATES, { each: true })
  states?: RevisionState[];

  @Field(() => LanguageEnum, { nullable: true })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  campaignId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(AUDIENCES)
  audience?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Only work on which the signed-in user may take a step reserved for others than its authors (agree, approve, send back) — their own texts are left out.',
  })
  @IsOptional()
  @IsBoolean()
  awaitingMyDecision?: boolean;
}

@ArgsType()
export class MaterialsArgs extends PageArgs {
  @Field(() => MaterialFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MaterialFilterInput)
  filter?: MaterialFilterInput;

  @Field(() => MaterialViewEnum, {
    defaultValue: 'published',
    description: 'published (library) or working (drafts and reviews).',
  })
  @IsIn(MATERIAL_VIEWS)
  view: MaterialView = 'published';
}
