import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import type { Language, Role } from '@portal/domain';
import { LanguageEnum, RoleEnum, UserStatusEnum } from '../../graphql/enums.js';
import type { UserStatus } from './user.entity.js';

@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(() => ID, { nullable: true })
  organizationId: string | null;

  @Field(() => [RoleEnum])
  roles: Role[];

  @Field(() => LanguageEnum)
  language: Language;

  @Field(() => UserStatusEnum)
  status: UserStatus;

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastSignInAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When they turned two-factor sign-in on.' })
  twoFactorEnabledAt: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType('InviteResult')
export class InviteResultModel {
  @Field(() => UserModel)
  user: UserModel;

  @Field({ description: 'The one-time sign-up link; shown once, also written to the server log and outbox.' })
  inviteUrl: string;
}

@ObjectType('InviteInfo')
export class InviteInfoModel {
  @Field()
  email: string;

  @Field()
  displayName: string;
}
