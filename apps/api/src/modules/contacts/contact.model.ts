import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ContactCategory, ContactKind, ContactStatus, Language, Region } from '@portal/domain';
import {
  ContactCategoryEnum,
  ContactKindEnum,
  ContactStatusEnum,
  LanguageEnum,
  RegionEnum,
} from '../../graphql/enums.js';

@ObjectType('Contact')
export class ContactModel {
  @Field(() => ID)
  id: string;

  @Field(() => ContactKindEnum)
  kind: ContactKind;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  position: string | null;

  @Field(() => ID, { nullable: true })
  organizationId: string | null;

  @Field(() => RegionEnum, { nullable: true, description: 'Null means national.' })
  region: Region | null;

  @Field(() => ContactCategoryEnum, { nullable: true })
  category: ContactCategory | null;

  @Field(() => [String], { description: 'E.164 numbers, or short hotline numbers such as 189.' })
  phones: string[];

  @Field(() => [String])
  emails: string[];

  @Field(() => [LanguageEnum])
  languages: Language[];

  @Field(() => String, { nullable: true })
  hours: string | null;

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field(() => ContactStatusEnum)
  status: ContactStatus;

  @Field(() => Int)
  version: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

@ObjectType('ContactPage')
export class ContactPageModel {
  @Field(() => [ContactModel])
  items: ContactModel[];

  @Field(() => Int)
  total: number;
}
