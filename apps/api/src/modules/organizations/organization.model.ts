import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { OrganizationType } from '@portal/domain';
import { OrganizationTypeEnum } from '../../graphql/enums.js';

@ObjectType('Organization')
export class OrganizationModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  shortName: string | null;

  @Field(() => OrganizationTypeEnum)
  type: OrganizationType;

  @Field(() => String, { nullable: true })
  website: string | null;

  @Field(() => Int)
  version: number;
}
