import { useTranslation } from 'react-i18next';
import { errorKey } from '../../../app/api-error';
import { ErrorMessage, Loading } from '../../../app/components/status';
import { formatDateTime } from '../../../app/format';
import { currentLanguage } from '../../../app/i18n';
import { useEndSessions, useMySessions } from '../use-my-sessions';

/** Where the person is signed in, with sign-out per session, and their recent sign-ins. */
export function MySessions() {
  const { t } = useTranslation();
  const sessions = useMySessions();
  const end = useEndSessions();
  const language = currentLanguage();
  if (sessions.isPending) return <Loading />;
  if (sessions.isError) return <ErrorMessage error={sessions.error} onRetry={() => void sessions.refetch()} />;
  const { mySessions, mySignInHistory } = sessions.data;
  const others = mySessions.filter((s) => !s.current).length;

  return (
    <div className="card form" data-testid="my-sessions">
      <h2>{t('sessions.title')}</h2>
      {end.isError && (
        <p className="field-error" role="alert">
          {t(errorKey(end.error))}
        </p>
      )}
      <ul className="plain-list">
        {mySessions.map((s) => (
          <li key={s.id} data-testid="session-row">
            <strong>{s.device ?? t('sessions.unknownDevice')}</strong>
            {s.current && <span className="badge">{t('sessions.current')}</span>}
            <br />
            <small>
              {t('sessions.place', { ip: s.ip ?? '—' })} · {t('sessions.lastSeen')}{' '}
              {formatDateTime(s.lastSeenAt, language)}
            </small>
            {!s.current && (
              <div>
                <button
                  type="button"
                  className="button button-small"
                  disabled={end.isPending}
                  onClick={() => end.mutate(s.id)}
                >
                  {t('sessions.signOut')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      {others > 0 && (
        <div>
          <button
            type="button"
            className="button button-danger"
            data-testid="end-other-sessions"
            disabled={end.isPending}
            onClick={() => end.mutate(null)}
          >
            {t('sessions.signOutOthers')}
          </button>
        </div>
      )}
      <h2>{t('sessions.history')}</h2>
      <ul className="plain-list" data-testid="sign-in-history">
        {mySignInHistory.map((h) => (
          <li key={`${h.occurredAt}-${h.ip}-${String(h.succeeded)}`}>
            {formatDateTime(h.occurredAt, language)} · {h.succeeded ? t('sessions.succeeded') : t('sessions.failed')} ·{' '}
            {h.ip ?? '—'}
          </li>
        ))}
      </ul>
    </div>
  );
}
