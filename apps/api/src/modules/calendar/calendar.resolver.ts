import { Args, GraphQLISODateTime, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, SignedIn } from '../../auth/access.decorator.js';
import type { Actor } from '../../auth/actor.js';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { IdArg } from '../../graphql/id-arg.js';
import { CalendarEventsService } from './calendar-events.service.js';
import { CalendarFeedService } from './calendar-feed.service.js';
import { CalendarOccurrenceModel } from './calendar-event.model.js';
import { CalendarEventInput, CancelCalendarEventInput, UpdateCalendarEventInput } from './dto/calendar-event.input.js';
import { CalendarEventsArgs } from './dto/calendar-events.args.js';
import {
  MeetingAgendaInput,
  MeetingAttendanceInput,
  MeetingInviteesInput,
  MeetingResponseInput,
} from './dto/meeting.input.js';
import { CalendarFeedModel, MeetingModel } from './meeting.model.js';
import { MeetingsService } from './meetings.service.js';

const OccurrenceArg = () =>
  Args('occurrenceStart', {
    type: () => GraphQLISODateTime,
    nullable: true,
    description: 'Which occurrence of a series; the first when left out.',
  });

@Resolver()
export class CalendarResolver {
  constructor(
    private readonly events: CalendarEventsService,
    private readonly meetings: MeetingsService,
    private readonly feeds: CalendarFeedService,
  ) {}

  @Query(() => [CalendarOccurrenceModel], { description: 'Occurrences in [from, to) the user may see.' })
  @Allow('read', 'CalendarEvent')
  calendarEvents(@CurrentActor() actor: Actor, @Args() args: CalendarEventsArgs) {
    return this.events.list(actor, args);
  }

  @Query(() => CalendarOccurrenceModel)
  @Allow('read', 'CalendarEvent')
  calendarEvent(@CurrentActor() actor: Actor, @IdArg() id: string, @OccurrenceArg() occurrenceStart?: Date | null) {
    return this.events.occurrence(actor, id, occurrenceStart);
  }

  @Query(() => MeetingModel)
  @Allow('read', 'CalendarEvent')
  meeting(
    @CurrentActor() actor: Actor,
    @IdArg('eventId') eventId: string,
    @OccurrenceArg() occurrenceStart?: Date | null,
  ) {
    return this.meetings.meeting(actor, eventId, occurrenceStart);
  }

  @Mutation(() => CalendarOccurrenceModel)
  @Allow('create', 'CalendarEvent')
  createCalendarEvent(@CurrentActor() actor: Actor, @Args('input') input: CalendarEventInput) {
    return this.events.create(actor, input);
  }

  @Mutation(() => CalendarOccurrenceModel)
  @Allow('update', 'CalendarEvent')
  updateCalendarEvent(
    @CurrentActor() actor: Actor,
    @IdArg() id: string,
    @Args('input') input: UpdateCalendarEventInput,
  ) {
    return this.events.update(actor, id, input);
  }

  @Mutation(() => CalendarOccurrenceModel)
  @Allow('update', 'CalendarEvent')
  cancelCalendarEvent(
    @CurrentActor() actor: Actor,
    @IdArg() id: string,
    @Args('input') input: CancelCalendarEventInput,
  ) {
    return this.events.cancel(actor, id, input);
  }

  @Mutation(() => MeetingModel)
  @Allow('update', 'CalendarEvent')
  setMeetingAgenda(
    @CurrentActor() actor: Actor,
    @IdArg('eventId') eventId: string,
    @OccurrenceArg() occurrenceStart: Date | null,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: MeetingAgendaInput,
  ) {
    return this.meetings.setAgenda(actor, eventId, occurrenceStart, version, input);
  }

  @Mutation(() => MeetingModel)
  @Allow('update', 'CalendarEvent')
  setMeetingInvitees(
    @CurrentActor() actor: Actor,
    @IdArg('eventId') eventId: string,
    @Args('input') input: MeetingInviteesInput,
  ) {
    return this.meetings.setInvitees(actor, eventId, input);
  }

  @Mutation(() => MeetingModel)
  @Allow('read', 'CalendarEvent')
  respondToMeeting(
    @CurrentActor() actor: Actor,
    @IdArg('eventId') eventId: string,
    @OccurrenceArg() occurrenceStart: Date | null,
    @Args('input') input: MeetingResponseInput,
  ) {
    return this.meetings.respond(actor, eventId, occurrenceStart, input);
  }

  @Mutation(() => MeetingModel)
  @Allow('update', 'CalendarEvent')
  recordMeetingAttendance(
    @CurrentActor() actor: Actor,
    @IdArg('eventId') eventId: string,
    @OccurrenceArg() occurrenceStart: Date | null,
    @Args('input') input: MeetingAttendanceInput,
  ) {
    return this.meetings.recordAttendance(actor, eventId, occurrenceStart, input);
  }

  @Query(() => CalendarFeedModel, { nullable: true, description: 'Whether the user has a feed (never its address).' })
  @SignedIn()
  myCalendarFeed(@CurrentActor() actor: Actor) {
    return this.feeds.status(actor);
  }

  @Mutation(() => CalendarFeedModel, { description: 'A new secret feed address, shown once; any previous one stops.' })
  @SignedIn()
  regenerateCalendarFeed(@CurrentActor() actor: Actor) {
    return this.feeds.regenerate(actor);
  }

  @Mutation(() => Boolean)
  @SignedIn()
  revokeCalendarFeed(@CurrentActor() actor: Actor) {
    return this.feeds.revoke(actor);
  }
}
