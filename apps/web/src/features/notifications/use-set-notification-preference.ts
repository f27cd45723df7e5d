import { useMutation, useQueryClient } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import type { NotificationChannel, NotificationKind } from '../../gql/graphql';
import { SetNotificationPreferenceMutation } from './notifications.documents';
import { notificationKeys } from './notifications.keys';

export function useSetNotificationPreference() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (vars: { kind: NotificationKind; channel: NotificationChannel }) =>
      (await execute(SetNotificationPreferenceMutation, vars)).setNotificationPreference,
    onSuccess: () => client.invalidateQueries({ queryKey: notificationKeys.preferences() }),
  });
}
