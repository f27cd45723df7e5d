// Operations live in calendar.graphql; codegen turns each into a typed document string.
export {
  CalendarEventsDocument as CalendarEventsQuery,
  MeetingDocument as MeetingQuery,
  CreateCalendarEventDocument as CreateCalendarEventMutation,
  SetMeetingAgendaDocument as SetMeetingAgendaMutation,
  RespondToMeetingDocument as RespondToMeetingMutation,
  SetMeetingInviteesDocument as SetMeetingInviteesMutation,
  CalendarOrganizationsDocument as CalendarOrganizationsQuery,
} from '../../gql/graphql';
export type { CalendarOccurrenceFieldsFragment as CalendarOccurrence, EventKind } from '../../gql/graphql';
