import { useInfiniteQuery } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import { NotificationsQuery } from './notifications.documents';
import { notificationKeys } from './notifications.keys';

export const NOTIFICATIONS_PAGE = 20;

/** My notifications, newest first, a page at a time ("show more"). */
export function useNotifications() {
  return useInfiniteQuery({
    queryKey: notificationKeys.list(),
    queryFn: async ({ pageParam }) =>
      (await execute(NotificationsQuery, { first: NOTIFICATIONS_PAGE, after: pageParam })).notifications,
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.endCursor,
  });
}
