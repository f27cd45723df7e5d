import { ArgsType, Field, GraphQLISODateTime, ID } from '@nestjs/graphql';
import { EVENT_KINDS, type EventKind } from '@portal/domain';
import { ArrayMaxSize, IsDate, IsIn, IsOptional, IsUUID } from 'class-validator';
import { EventKindEnum } from '../calendar-enums.js';

@ArgsType()
export class CalendarEventsArgs {
  @Field(() => GraphQLISODateTime)
  @IsDate()
  from: Date;

  @Field(() => GraphQLISODateTime, { description: 'Exclusive; at most 400 days after `from`.' })
  @IsDate()
  to: Date;

  @Field(() => [EventKindEnum], { nullable: true })
  @IsOptional()
  @IsIn(EVENT_KINDS, { each: true })
  kinds?: EventKind[] | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  organizationIds?: string[] | null;
}
