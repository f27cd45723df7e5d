import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ATTENDANCE_MODES,
  ATTENDANCE_STATUSES,
  RSVP_RESPONSES,
  type AttendanceMode,
  type AttendanceStatus,
  type RsvpResponse,
} from '@portal/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { HasVisibleText } from '../../../common/has-visible-text.js';
import { AttendanceModeEnum, AttendanceStatusEnum, RsvpResponseEnum } from '../calendar-enums.js';

@InputType()
export class AgendaItemInput {
  @Field()
  @IsString()
  @Length(1, 500)
  @HasVisibleText()
  title: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  presenterUserId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  presenterOrganizationId?: string | null;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  @Max(1440)
  plannedMinutes: number;
}

@InputType()
export class MeetingAgendaInput {
  @Field(() => [AgendaItemInput], { description: 'The whole agenda in order; reordering sends the new order.' })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AgendaItemInput)
  items: AgendaItemInput[];
}

@InputType()
export class MeetingInviteesInput {
  @Field(() => [ID])
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  userIds: string[];

  @Field(() => [ID])
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  organizationIds: string[];
}

@InputType()
export class MeetingResponseInput {
  @Field(() => RsvpResponseEnum)
  @IsIn(RSVP_RESPONSES)
  response: RsvpResponse;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(0, 1000)
  note?: string | null;
}

@InputType()
export class AttendanceEntryInput {
  @Field(() => ID)
  @IsUUID()
  userId: string;

  @Field(() => AttendanceStatusEnum)
  @IsIn(ATTENDANCE_STATUSES)
  status: AttendanceStatus;

  @Field(() => AttendanceModeEnum, { nullable: true })
  @IsOptional()
  @IsIn(ATTENDANCE_MODES)
  mode?: AttendanceMode | null;
}

@InputType()
export class MeetingAttendanceInput {
  @Field(() => [AttendanceEntryInput])
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => AttendanceEntryInput)
  entries: AttendanceEntryInput[];
}
