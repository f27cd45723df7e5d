import { useTranslation } from 'react-i18next';
import { errorKey } from '../api-error';

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

export function Empty({ children }: { children: React.ReactNode }) {
  return <p className="empty">{children}</p>;
}
