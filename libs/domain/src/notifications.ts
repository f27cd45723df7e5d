import type { Role } from './roles.js';

/** What a person can be notified of; each kind has its own preference and its own unsubscribe link. */
export const NOTIFICATION_KINDS = [
  'review_requested',
  'changes_requested',
  'text_endorsed',
  'library_update',
  'comment_on_mine',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * How a kind reaches someone: `in_app` only in the portal; `email` also by e-mail at once; `daily`/`weekly` also in
 * an e-mail digest; `off` not at all. Every channel but `off` shows the notification in the portal.
 */
export const NOTIFICATION_CHANNELS = ['in_app', 'email', 'daily', 'weekly', 'off'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

export const DIGEST_CHANNELS = ['daily', 'weekly'] as const;
export type DigestChannel = (typeof DIGEST_CHANNELS)[number];

export function isNotificationKind(value: string): value is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

/**
 * The channel a kind uses until the person chooses: decisions waiting for someone and texts sent back come by e-mail
 * at once; readers (regional staff, press officers) get a daily digest of newly approved texts; the rest stays in
 * the portal.
 */
export function defaultChannel(kind: NotificationKind, roles: readonly Role[]): NotificationChannel {
  switch (kind) {
    case 'review_requested':
    case 'changes_requested':
      return 'email';
    case 'library_update':
      return roles.some((role) => role !== 'reader') ? 'in_app' : 'daily';
    case 'text_endorsed':
    case 'comment_on_mine':
      return 'in_app';
  }
}
