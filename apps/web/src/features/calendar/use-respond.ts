import { useMutation, useQueryClient } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import type { RsvpResponse } from '../../gql/graphql';
import { RespondToMeetingMutation } from './calendar.documents';
import { calendarKeys } from './calendar.keys';

export function useRespond() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (vars: {
      eventId: string;
      occurrenceStart: string | null;
      response: RsvpResponse;
      note: string;
    }) =>
      (
        await execute(RespondToMeetingMutation, {
          eventId: vars.eventId,
          occurrenceStart: vars.occurrenceStart,
          input: { response: vars.response, note: vars.note || null },
        })
      ).respondToMeeting,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}
