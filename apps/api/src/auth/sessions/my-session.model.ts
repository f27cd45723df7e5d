import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('MySession')
export class MySessionModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The session of this request.' })
  current: boolean;

  @Field(() => String, { nullable: true, description: 'Browser and system, read from the user agent.' })
  device: string | null;

  @Field(() => String, { nullable: true })
  ip: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  lastSeenAt: Date;
}

@ObjectType('SignInRecord')
export class SignInRecordModel {
  @Field(() => GraphQLISODateTime)
  occurredAt: Date;

  @Field()
  succeeded: boolean;

  @Field(() => String, { nullable: true })
  ip: string | null;
}
