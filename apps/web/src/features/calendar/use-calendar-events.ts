import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import { CalendarEventsQuery, type EventKind } from './calendar.documents';
import { calendarKeys } from './calendar.keys';

export function useCalendarEvents(range: { from: string; to: string } | null, kinds: EventKind[]) {
  return useQuery({
    queryKey: calendarKeys.range(range?.from ?? '', range?.to ?? '', kinds),
    queryFn: async () =>
      (await execute(CalendarEventsQuery, { from: range!.from, to: range!.to, kinds: kinds.length ? kinds : null }))
        .calendarEvents,
    enabled: range !== null,
    placeholderData: keepPreviousData,
  });
}
