import type { notificationsRu } from './notifications.ru';

/** Texts of the notifications bell, list and settings, merged into `en`. */
export const notificationsEn: typeof notificationsRu = {
  notifications: {
    title: 'Notifications',
    bell: 'Notifications, unread: {{count}}',
    markAllRead: 'Mark all as read',
    empty: 'No notifications yet.',
    more: 'Show more',
    unread: 'Unread',
    settingsLink: 'Notification settings',
    lines: {
      review_requested: 'A text waits for your decision: “{{title}}”',
      changes_requested: 'Requested changes: “{{title}}”',
      text_approved: 'Approved by the ministry: “{{title}}”',
      text_agreed: 'Agreed by the working group: “{{title}}”',
      library_update: 'New text in the library: “{{title}}”',
      library_revision: 'New revision in the library: “{{title}}”',
      comment_on_mine: 'New comment on “{{title}}”',
    },
    settings: {
      title: 'Notification settings',
      intro:
        'How to tell you of each kind of event. Digests arrive in the morning, Bishkek time; weekly ones on Mondays.',
      kind: 'What',
      channel: 'How',
      byDefault: 'the default for your role',
      saved: 'Saved.',
    },
    kinds: {
      review_requested: 'Texts waiting for my decision',
      changes_requested: 'My texts with requested changes',
      text_endorsed: 'My texts agreed by the working group or approved by the ministry',
      library_update: 'New and revised texts in the library',
      comment_on_mine: 'Comments on my texts',
    },
    channels: {
      in_app: 'In the portal only',
      email: 'In the portal and by e-mail at once',
      daily: 'In the portal and in a daily e-mail digest',
      weekly: 'In the portal and in a weekly e-mail digest',
      off: 'Off',
    },
  },
};
