import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import {
  CONTACT_CATEGORIES,
  CONTACT_KINDS,
  CONTACT_SORTS,
  CONTACT_STATUSES,
  ORGANIZATION_TYPES,
  REGIONS,
  type ContactCategory,
  type ContactKind,
  type ContactSort,
  type ContactStatus,
  type OrganizationType,
  type Region,
} from '@portal/domain';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import {
  ContactCategoryEnum,
  ContactKindEnum,
  ContactSortEnum,
  ContactStatusEnum,
  OrganizationTypeEnum,
  RegionEnum,
} from '../../../graphql/enums.js';
import { PageArgs } from '../../../graphql/pagination.args.js';

@InputType()
export class ContactFilterInput {
  @Field(() => ContactKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(CONTACT_KINDS)
  kind?: ContactKind;

  @Field(() => [ContactCategoryEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(CONTACT_CATEGORIES.length)
  @IsIn(CONTACT_CATEGORIES, { each: true })
  categories?: ContactCategory[];

  @Field(() => OrganizationTypeEnum, { nullable: true })
  @IsOptional()
  @IsIn(ORGANIZATION_TYPES)
  organizationType?: OrganizationType;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @Field(() => RegionEnum, { nullable: true })
  @IsOptional()
  @IsIn(REGIONS)
  region?: Region;

  @Field(() => Boolean, { nullable: true, description: 'Only national entries (no region).' })
  @IsOptional()
  @IsBoolean()
  national?: boolean;

  @Field(() => ContactStatusEnum, { nullable: true, description: 'Defaults to active.' })
  @IsOptional()
  @IsIn(CONTACT_STATUSES)
  status?: ContactStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

@ArgsType()
export class ContactsArgs extends PageArgs {
  @Field(() => ContactFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContactFilterInput)
  filter?: ContactFilterInput;

  @Field(() => ContactSortEnum, { defaultValue: 'name' })
  @IsIn(CONTACT_SORTS)
  sort: ContactSort = 'name';
}
