import { useMutation, useQueryClient } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import type { AgendaItemInput } from '../../gql/graphql';
import { SetMeetingAgendaMutation } from './calendar.documents';
import { calendarKeys } from './calendar.keys';

export function useSetAgenda() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (vars: {
      eventId: string;
      occurrenceStart: string | null;
      version: number;
      items: AgendaItemInput[];
    }) =>
      (
        await execute(SetMeetingAgendaMutation, {
          eventId: vars.eventId,
          occurrenceStart: vars.occurrenceStart,
          version: vars.version,
          input: { items: vars.items },
        })
      ).setMeetingAgenda,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}
