import { useMutation, useQueryClient } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import { MarkNotificationsReadMutation } from './notifications.documents';
import { notificationKeys } from './notifications.keys';

/** Marks some (`ids`) or all notifications read; the badge takes the count the API returns. */
export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (target: { ids: string[] } | { all: true }) =>
      (await execute(MarkNotificationsReadMutation, target)).markNotificationsRead,
    onSuccess: (unread) => {
      client.setQueryData(notificationKeys.unread(), unread);
      void client.invalidateQueries({ queryKey: notificationKeys.list() });
    },
  });
}
