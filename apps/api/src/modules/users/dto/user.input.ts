import { Field, ID, InputType } from '@nestjs/graphql';
import { LANGUAGES, ROLES, type Language, type Role } from '@portal/domain';
import { ArrayMaxSize, ArrayMinSize, IsEmail, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { LanguageEnum, RoleEnum } from '../../../graphql/enums.js';
import { HasVisibleText } from '../../../common/has-visible-text.js';

@InputType()
export class InviteUserInput {
  @Field()
  @IsEmail()
  @Length(3, 254)
  email: string;

  @Field()
  @IsString()
  @Length(2, 120)
  @HasVisibleText()
  displayName: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  organizationId?: string | null;

  @Field(() => [RoleEnum])
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length)
  @IsIn(ROLES, { each: true })
  roles: Role[];

  @Field(() => LanguageEnum, { defaultValue: 'ru' })
  @IsIn(LANGUAGES)
  language: Language = 'ru';
}

@InputType()
export class SetUserRolesInput {
  @Field(() => [RoleEnum])
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length)
  @IsIn(ROLES, { each: true })
  roles: Role[];
}

@InputType()
export class UpdatePreferencesInput {
  @Field(() => LanguageEnum)
  @IsIn(LANGUAGES)
  language: Language;
}
