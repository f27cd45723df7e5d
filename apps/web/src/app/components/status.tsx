import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorKey, retryAfterSeconds } from '../api-error';

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="status" role="status" aria-live="polite">
      {t('app.loading')}
    </p>
  );
}

export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const wait = retryAfterSeconds(error);
  if (wait !== null) return <RateLimitedMessage error={error} seconds={wait} onRetry={onRetry} />;
  return (
    <div className="alert alert-error" role="alert">
      <span>{t(errorKey(error))}</span>
      {onRetry && (
        <button type="button" className="button button-small" onClick={onRetry}>
          {t('app.retry')}
        </button>
      )}
    </div>
  );
}

/**
 * Says how long the server asked to wait and then retries by itself, once per refusal. The text does not tick
 * down: an alert that changed every second would be read out every second.
 */
function RateLimitedMessage({ error, seconds, onRetry }: { error: unknown; seconds: number; onRetry?: () => void }) {
  const { t } = useTranslation();
  const [waited, setWaited] = useState<unknown>(null);
  useEffect(() => {
    const timer = setTimeout(() => {
      setWaited(error);
      onRetry?.();
    }, seconds * 1000);
    return () => clearTimeout(timer);
    // A new refusal (a new error object) starts a new wait; a re-rendered onRetry does not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [error, seconds]);
  const over = waited === error;
  return (
    <div className="alert alert-error" role="alert" data-testid="rate-limited">
      <span>{over ? t('errors.RATE_LIMITED') : t('errors.RATE_LIMITED_RETRY_IN', { seconds })}</span>
      {onRetry && over && (
        <button type="button" className="button button-small" onClick={onRetry}>
          {t('app.retry')}
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: React.ReactNode }) {
  return <p className="empty">{children}</p>;
}
