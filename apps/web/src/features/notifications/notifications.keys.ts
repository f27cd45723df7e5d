/** Query keys of notifications; marking read invalidates `all` (the badge and the list). */
export const notificationKeys = {
  all: ['notifications'] as const,
  unread: () => [...notificationKeys.all, 'unread'] as const,
  list: () => [...notificationKeys.all, 'list'] as const,
  preferences: () => ['notification-preferences'] as const,
};
