import { useQuery } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import { MeetingQuery } from './calendar.documents';
import { calendarKeys } from './calendar.keys';

export function useMeeting(eventId: string, occurrenceStart: string | null) {
  return useQuery({
    queryKey: calendarKeys.meeting(eventId, occurrenceStart),
    queryFn: async () => (await execute(MeetingQuery, { eventId, occurrenceStart })).meeting,
  });
}
