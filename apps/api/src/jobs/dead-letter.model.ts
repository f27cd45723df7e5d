import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('DeadLetterJob', { description: 'An event delivery that failed on every attempt and waits for a person.' })
export class DeadLetterJobModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The consumer that failed.' })
  consumer: string;

  @Field(() => ID, { nullable: true })
  eventId: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. material.transitioned' })
  eventType: string | null;

  @Field(() => String, { nullable: true })
  subjectType: string | null;

  @Field(() => ID, { nullable: true })
  subjectId: string | null;

  @Field(() => Int)
  attempts: number;

  @Field(() => String, { nullable: true, description: 'The last error.' })
  error: string | null;

  @Field(() => String, { nullable: true, description: "The event's payload as JSON, cut at 200 characters." })
  payloadSummary: string | null;

  @Field(() => GraphQLISODateTime)
  failedAt: Date;
}
