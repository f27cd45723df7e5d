import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Empty, ErrorMessage, Loading } from '../../../app/components/status';
import { formatDateTime } from '../../../app/format';
import { currentLanguage } from '../../../app/i18n';
import { notificationLine, type NotificationItem } from '../notification-line';
import { useMarkRead } from '../use-mark-read';
import { useNotifications } from '../use-notifications';

export function NotificationsPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const navigate = useNavigate();
  const list = useNotifications();
  const markRead = useMarkRead();
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  const open = (n: NotificationItem) => {
    if (!n.readAt) markRead.mutate({ ids: [n.id] });
    void navigate(n.link);
  };

  return (
    <section>
      <div className="page-header">
        <h1>{t('notifications.title')}</h1>
        <div className="actions">
          <button
            type="button"
            className="button"
            data-testid="mark-all-read"
            disabled={markRead.isPending || !items.some((n) => !n.readAt)}
            onClick={() => markRead.mutate({ all: true })}
          >
            {t('notifications.markAllRead')}
          </button>
          <Link className="button secondary" to="/notifications/settings">
            {t('notifications.settingsLink')}
          </Link>
        </div>
      </div>
      {list.isPending && <Loading />}
      {list.isError && <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />}
      {markRead.isError && <ErrorMessage error={markRead.error} />}
      {list.data && items.length === 0 && <Empty>{t('notifications.empty')}</Empty>}
      {items.length > 0 && (
        <ul className="notification-list" data-testid="notification-list">
          {items.map((n) => (
            <li key={n.id} className={n.readAt ? 'notification' : 'notification unread'}>
              <a
                href={n.link}
                onClick={(event) => {
                  event.preventDefault();
                  open(n);
                }}
              >
                {!n.readAt && <span className="visually-hidden">{t('notifications.unread')}: </span>}
                {notificationLine(t, n)}
              </a>
              <time dateTime={n.createdAt}>{formatDateTime(n.createdAt, language)}</time>
            </li>
          ))}
        </ul>
      )}
      {list.hasNextPage && (
        <button
          type="button"
          className="button secondary"
          disabled={list.isFetchingNextPage}
          onClick={() => void list.fetchNextPage()}
        >
          {t('notifications.more')}
        </button>
      )}
    </section>
  );
}
