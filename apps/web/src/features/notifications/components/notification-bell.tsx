import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { UNREAD_CAP, useUnreadCount } from '../use-unread-count';

/** The header's bell: unread count as a badge, a link to the list. */
export function NotificationBell() {
  const { t } = useTranslation();
  const unread = useUnreadCount(true);
  const count = unread.data ?? 0;
  return (
    <NavLink
      to="/notifications"
      className="notification-bell"
      data-testid="notification-bell"
      aria-label={t('notifications.bell', { count })}
      title={t('notifications.title')}
    >
      <span aria-hidden="true">🔔</span>
      {count > 0 && (
        <span className="nav-count" data-testid="notification-count">
          {count >= UNREAD_CAP ? `${UNREAD_CAP - 1}+` : count}
        </span>
      )}
    </NavLink>
  );
}
