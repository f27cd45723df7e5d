import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('AuditEvent')
export class AuditEventModel {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLISODateTime)
  occurredAt: Date;

  @Field(() => ID, { nullable: true })
  actorId: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The actor's e-mail at the time (or the one a failed sign-in used).",
  })
  actorLabel: string | null;

  @Field(() => String, { nullable: true, description: "The actor's name today." })
  actorName: string | null;

  @Field()
  action: string;

  @Field()
  subjectType: string;

  @Field(() => ID, { nullable: true })
  subjectId: string | null;

  @Field({ description: 'What changed, as JSON: `{ field: { from, to } }` and other plain facts; never texts.' })
  summary: string;
}

@ObjectType('AuditEventPage')
export class AuditEventPageModel {
  @Field(() => [AuditEventModel])
  items: AuditEventModel[];

  @Field(() => Int)
  total: number;
}
