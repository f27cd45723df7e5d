import { useMutation, useQueryClient } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import type { CalendarEventInput } from '../../gql/graphql';
import { CreateCalendarEventMutation } from './calendar.documents';
import { calendarKeys } from './calendar.keys';

export function useCreateEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: CalendarEventInput) =>
      (await execute(CreateCalendarEventMutation, { input })).createCalendarEvent,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}
