import { useQuery } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import { UnreadNotificationCountQuery } from './notifications.documents';
import { notificationKeys } from './notifications.keys';

/** A few minutes apart, and again whenever the tab regains focus: one tiny query, cheap on a slow phone link. */
export const UNREAD_POLL_MS = 3 * 60_000;
/** The API counts up to this many; the badge then shows "99+". */
export const UNREAD_CAP = 100;

export function useUnreadCount(enabled: boolean) {
  return useQuery({
    queryKey: notificationKeys.unread(),
    queryFn: async () => (await execute(UnreadNotificationCountQuery)).unreadNotificationCount,
    enabled,
    refetchInterval: UNREAD_POLL_MS,
    refetchOnWindowFocus: 'always',
  });
}
