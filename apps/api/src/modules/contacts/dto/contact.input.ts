import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  CONTACT_CATEGORIES,
  CONTACT_KINDS,
  LANGUAGES,
  REGIONS,
  type ContactCategory,
  type ContactKind,
  type Language,
  type Region,
} from '@portal/domain';
import {
  ArrayMaxSize,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  Min,
} from 'class-validator';
import { ContactCategoryEnum, ContactKindEnum, LanguageEnum, RegionEnum } from '../../../graphql/enums.js';
import { HasVisibleText } from '../../../common/has-visible-text.js';

@InputType()
export class ContactInput {
  @Field(() => ContactKindEnum)
  @IsIn(CONTACT_KINDS)
  kind: ContactKind;

  @Field()
  @IsString()
  @Length(2, 200)
  @HasVisibleText()
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  position?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  organizationId?: string | null;

  @Field(() => RegionEnum, { nullable: true })
  @IsOptional()
  @IsIn(REGIONS)
  region?: Region | null;

  @Field(() => ContactCategoryEnum, { nullable: true })
  @IsOptional()
  @IsIn(CONTACT_CATEGORIES)
  category?: ContactCategory | null;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  phones: string[] = [];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(10)
  @IsEmail({}, { each: true })
  @MaxLength(254, { each: true })
  emails: string[] = [];

  @Field(() => [LanguageEnum], { defaultValue: [] })
  @ArrayMaxSize(LANGUAGES.length)
  @IsIn(LANGUAGES, { each: true })
  languages: Language[] = [];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  hours?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string | null;
}

@InputType()
export class UpdateContactInput extends ContactInput {
  @Field(() => Int, { description: 'The version the edit started from; a newer stored version is a conflict.' })
  @IsInt()
  @Min(1)
  version: number;
}
