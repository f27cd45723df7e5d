import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AttendanceMode, AttendanceStatus, RsvpResponse } from '@portal/domain';
import { AttendanceModeEnum, AttendanceStatusEnum, RsvpResponseEnum } from './calendar-enums.js';
import { CalendarOccurrenceModel } from './calendar-event.model.js';

@ObjectType('MeetingAgendaItem')
export class MeetingAgendaItemModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  position: number;

  @Field()
  title: string;

  @Field(() => ID, { nullable: true })
  presenterUserId: string | null;

  @Field(() => String, { nullable: true })
  presenterUserName: string | null;

  @Field(() => ID, { nullable: true })
  presenterOrganizationId: string | null;

  @Field(() => String, { nullable: true })
  presenterOrganizationName: string | null;

  @Field(() => Int)
  plannedMinutes: number;
}

@ObjectType('MeetingInvitee')
export class MeetingInviteeModel {
  @Field(() => ID, { nullable: true })
  userId: string | null;

  @Field(() => ID, { nullable: true })
  organizationId: string | null;

  @Field()
  name: string;
}

@ObjectType('MeetingResponse')
export class MeetingResponseModel {
  @Field(() => ID)
  userId: string;

  @Field()
  userName: string;

  @Field(() => RsvpResponseEnum)
  response: RsvpResponse;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => GraphQLISODateTime)
  respondedAt: Date;
}

@ObjectType('MeetingAttendance')
export class MeetingAttendanceModel {
  @Field(() => ID)
  userId: string;

  @Field()
  userName: string;

  @Field(() => AttendanceStatusEnum)
  status: AttendanceStatus;

  @Field(() => AttendanceModeEnum, { nullable: true })
  mode: AttendanceMode | null;
}

/** A meeting: one occurrence of a working-group meeting with its agenda, invitees, RSVPs and attendance. */
@ObjectType('Meeting')
export class MeetingModel {
  @Field(() => CalendarOccurrenceModel)
  occurrence: CalendarOccurrenceModel;

  @Field(() => [MeetingAgendaItemModel])
  agenda: MeetingAgendaItemModel[];

  @Field(() => Int, { description: 'Sum of the agenda items’ planned minutes.' })
  agendaMinutes: number;

  @Field(() => Int, { description: 'Length of the meeting in minutes.' })
  meetingMinutes: number;

  @Field(() => [MeetingInviteeModel])
  invitees: MeetingInviteeModel[];

  @Field(() => [MeetingResponseModel])
  responses: MeetingResponseModel[];

  @Field(() => MeetingResponseModel, { nullable: true })
  myResponse: MeetingResponseModel | null;

  @Field({ description: 'Whether the signed-in person is invited (directly or through their organization).' })
  invited: boolean;

  @Field(() => [MeetingAttendanceModel])
  attendance: MeetingAttendanceModel[];
}

@ObjectType('CalendarFeed')
export class CalendarFeedModel {
  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => String, { nullable: true, description: 'The secret address: returned once, when the feed is made.' })
  url: string | null;
}
