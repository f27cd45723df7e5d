import type { TFunction } from 'i18next';
import type { NotificationsQuery } from '../../gql/graphql';

export type NotificationItem = NotificationsQuery['notifications']['items'][number];

/** The sentence of one notification in the reader's language (the API sends facts, never wording). */
export function notificationLine(t: TFunction, n: Pick<NotificationItem, 'kind' | 'title' | 'state' | 'revised'>) {
  const key =
    n.kind === 'text_endorsed'
      ? n.state === 'approved'
        ? 'text_approved'
        : 'text_agreed'
      : n.kind === 'library_update' && n.revised
        ? 'library_revision'
        : n.kind;
  return t(`notifications.lines.${key}`, { title: n.title });
}
