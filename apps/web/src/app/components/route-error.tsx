import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';

/** Chromium, Firefox and Safari word a failed `import()` differently. */
const CHUNK_FAILURE = /dynamically imported module|module script failed|Failed to fetch|error loading dynamically/i;

export const isChunkLoadError = (error: unknown): boolean =>
  error instanceof Error && (error.name === 'ChunkLoadError' || CHUNK_FAILURE.test(error.message));

/**
 * Shown instead of a page that failed: most often a page's code could not be fetched (the portal was updated
 * since this tab opened, or the link dropped), which only a reload cures.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const chunk = isChunkLoadError(error);
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <section className="card route-error" role="alert" data-testid="route-error">
      <h1 tabIndex={-1}>{notFound ? t('app.notFound') : chunk ? t('app.chunkErrorTitle') : t('app.errorTitle')}</h1>
      <p>{chunk ? t('app.chunkErrorText') : t('app.errorText')}</p>
      <div className="actions">
        <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
          {t('app.reload')}
        </button>
        <a className="button" href="/">
          {t('app.backHome')}
        </a>
      </div>
    </section>
  );
}
