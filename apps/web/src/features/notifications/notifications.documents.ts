// Operations live in notifications.graphql; codegen turns each into a typed document string.
export {
  MarkNotificationsReadDocument as MarkNotificationsReadMutation,
  NotificationPreferencesDocument as NotificationPreferencesQuery,
  NotificationsDocument as NotificationsQuery,
  SetNotificationPreferenceDocument as SetNotificationPreferenceMutation,
  UnreadNotificationCountDocument as UnreadNotificationCountQuery,
} from '../../gql/graphql';
