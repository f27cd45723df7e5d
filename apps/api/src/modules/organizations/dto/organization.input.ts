import { Field, InputType, Int } from '@nestjs/graphql';
import { ORGANIZATION_TYPES, type OrganizationType } from '@portal/domain';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, Length, Min } from 'class-validator';
import { OrganizationTypeEnum } from '../../../graphql/enums.js';
import { HasVisibleText } from '../../../common/has-visible-text.js';

@InputType()
export class OrganizationInput {
  @Field()
  @IsString()
  @Length(2, 200)
  @HasVisibleText()
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  @HasVisibleText()
  shortName?: string | null;

  @Field(() => OrganizationTypeEnum)
  @IsIn(ORGANIZATION_TYPES)
  type: OrganizationType;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  website?: string | null;
}

@InputType()
export class UpdateOrganizationInput extends OrganizationInput {
  @Field(() => Int, { description: 'The version the edit started from; a newer stored version is a conflict.' })
  @IsInt()
  @Min(1)
  version: number;
}
