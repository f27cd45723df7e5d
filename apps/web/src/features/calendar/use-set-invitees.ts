import { useMutation, useQueryClient } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import { SetMeetingInviteesMutation } from './calendar.documents';
import { calendarKeys } from './calendar.keys';

export function useSetInvitees() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (vars: { eventId: string; userIds: string[]; organizationIds: string[] }) =>
      (
        await execute(SetMeetingInviteesMutation, {
          eventId: vars.eventId,
          input: { userIds: vars.userIds, organizationIds: vars.organizationIds },
        })
      ).setMeetingInvitees,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}
