import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { EventKind, EventVisibility } from '@portal/domain';
import { EventKindEnum, EventVisibilityEnum } from './calendar-enums.js';

/** One occurrence as the calendar shows it: a single event, or one expanded from a series with its exception. */
@ObjectType('CalendarOccurrence')
export class CalendarOccurrenceModel {
  @Field(() => ID, { description: 'The event (series) id.' })
  eventId: string;

  @Field(() => GraphQLISODateTime, { description: 'The start the series gives it: the key of this occurrence.' })
  occurrenceStart: Date;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  endsAt: Date;

  @Field()
  allDay: boolean;

  @Field()
  timeZone: string;

  @Field(() => EventKindEnum)
  kind: EventKind;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true })
  place: string | null;

  @Field(() => String, { nullable: true })
  onlineLink: string | null;

  @Field(() => ID, { nullable: true })
  organizerOrganizationId: string | null;

  @Field(() => String, { nullable: true })
  organizerName: string | null;

  @Field(() => EventVisibilityEnum)
  visibility: EventVisibility;

  @Field()
  cancelled: boolean;

  @Field(() => String, { nullable: true, description: 'The series rule, when recurring.' })
  rrule: string | null;

  @Field(() => Int)
  sequence: number;

  @Field(() => Int, { description: 'Version of the event (series) for optimistic locking.' })
  version: number;
}
