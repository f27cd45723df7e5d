import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import {
  EVENT_KINDS,
  EVENT_VISIBILITIES,
  RECURRENCE_SCOPES,
  type EventKind,
  type EventVisibility,
  type RecurrenceScope,
} from '@portal/domain';
import {
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  Min,
} from 'class-validator';
import { HasVisibleText } from '../../../common/has-visible-text.js';
import { EventKindEnum, EventVisibilityEnum, RecurrenceScopeEnum } from '../calendar-enums.js';

const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/;

@InputType()
export class CalendarEventInput {
  @Field(() => EventKindEnum)
  @IsIn(EVENT_KINDS)
  kind: EventKind;

  @Field()
  @IsString()
  @Length(1, 300)
  @HasVisibleText()
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(0, 20_000)
  description?: string | null;

  @Field({ description: 'Wall time in `timeZone`: `2027-03-10T10:00`, or `2027-03-10` for an all-day event.' })
  @Matches(LOCAL_TIME)
  start: string;

  @Field({ description: 'Wall time in `timeZone`; for an all-day event its last day (inclusive).' })
  @Matches(LOCAL_TIME)
  end: string;

  @Field({ defaultValue: false })
  @IsBoolean()
  allDay: boolean;

  @Field({ defaultValue: 'Asia/Bishkek', description: 'IANA zone the times are given in and the series repeats in.' })
  @IsString()
  @Length(1, 64)
  timeZone: string;

  @Field(() => String, { nullable: true, description: 'RRULE value without DTSTART, e.g. FREQ=MONTHLY;INTERVAL=3' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  rrule?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(0, 500)
  place?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  onlineLink?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  organizerOrganizationId?: string | null;

  @Field(() => EventVisibilityEnum, { defaultValue: 'members' })
  @IsIn(EVENT_VISIBILITIES)
  visibility: EventVisibility;
}

@InputType()
export class UpdateCalendarEventInput extends CalendarEventInput {
  @Field(() => Int, { description: 'The version (of the series) the edit started from.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => RecurrenceScopeEnum, { defaultValue: 'all' })
  @IsIn(RECURRENCE_SCOPES)
  scope: RecurrenceScope;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'The occurrence edited, for `this`/`following`.' })
  @IsOptional()
  @IsDate()
  occurrenceStart?: Date | null;
}

@InputType()
export class CancelCalendarEventInput {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => RecurrenceScopeEnum, { defaultValue: 'all' })
  @IsIn(RECURRENCE_SCOPES)
  scope: RecurrenceScope;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @IsDate()
  occurrenceStart?: Date | null;
}
