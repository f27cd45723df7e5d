import { useTranslation } from 'react-i18next';
import type { NotificationChannel, NotificationKind } from '../../../gql/graphql';
import { ErrorMessage, Loading } from '../../../app/components/status';
import { useNotificationPreferences } from '../use-notification-preferences';
import { useSetNotificationPreference } from '../use-set-notification-preference';

const CHANNELS: NotificationChannel[] = ['in_app', 'email', 'daily', 'weekly', 'off'];

export function NotificationSettingsPage() {
  const { t } = useTranslation();
  const preferences = useNotificationPreferences();
  const save = useSetNotificationPreference();

  return (
    <section>
      <h1>{t('notifications.settings.title')}</h1>
      <p className="lead">{t('notifications.settings.intro')}</p>
      {preferences.isPending && <Loading />}
      {preferences.isError && <ErrorMessage error={preferences.error} onRetry={() => void preferences.refetch()} />}
      {save.isError && <ErrorMessage error={save.error} />}
      {preferences.data && (
        <div className="form notification-settings">
          {preferences.data.map((p) => (
            <div className="field" key={p.kind}>
              <label htmlFor={`channel-${p.kind}`}>{t(`notifications.kinds.${p.kind}`)}</label>
              <select
                id={`channel-${p.kind}`}
                data-testid={`channel-${p.kind}`}
                value={p.channel}
                disabled={save.isPending}
                onChange={(event) =>
                  save.mutate({ kind: p.kind as NotificationKind, channel: event.target.value as NotificationChannel })
                }
              >
                {CHANNELS.map((channel) => (
                  <option key={channel} value={channel}>
                    {t(`notifications.channels.${channel}`)}
                  </option>
                ))}
              </select>
              {p.isDefault && <p className="hint">{t('notifications.settings.byDefault')}</p>}
            </div>
          ))}
          <p className="status" role="status" aria-live="polite">
            {save.isSuccess ? t('notifications.settings.saved') : ''}
          </p>
        </div>
      )}
    </section>
  );
}
