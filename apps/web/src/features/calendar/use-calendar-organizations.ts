import { useQuery } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import { CalendarOrganizationsQuery } from './calendar.documents';
import { calendarKeys } from './calendar.keys';

export function useCalendarOrganizations() {
  return useQuery({
    queryKey: [...calendarKeys.all, 'organizations'],
    queryFn: async () => (await execute(CalendarOrganizationsQuery)).organizations,
  });
}
