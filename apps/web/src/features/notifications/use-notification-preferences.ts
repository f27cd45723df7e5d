import { useQuery } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import { NotificationPreferencesQuery } from './notifications.documents';
import { notificationKeys } from './notifications.keys';

export function useNotificationPreferences() {
  return useQuery({
    queryKey: notificationKeys.preferences(),
    queryFn: async () => (await execute(NotificationPreferencesQuery)).notificationPreferences,
  });
}
