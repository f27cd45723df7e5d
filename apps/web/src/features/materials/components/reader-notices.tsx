import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../app/format';
import { currentLanguage } from '../../../app/i18n';
import type { MaterialFieldsFragment } from '../../../gql/graphql';

/** What a reader must know before using a text: withdrawn (and what replaces it), expired, outdated translation. */
export function ReaderNotices({ material }: { material: MaterialFieldsFragment }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <>
      {material.withdrawnAt && (
        <div className="alert alert-error notice" role="alert" data-testid="withdrawn-notice">
          <strong>{t('materials.withdrawn', { date: formatDateTime(material.withdrawnAt, language) })}</strong>
          {material.withdrawalReason && <span> {material.withdrawalReason}</span>}
          {material.supersededBy && (
            <span>
              {' '}
              {t('materials.supersededBy')}{' '}
              <Link to={`/materials/${material.supersededBy.id}`} lang={material.supersededBy.language}>
                {material.supersededBy.title}
              </Link>
            </span>
          )}
        </div>
      )}
      {material.expired && !material.withdrawnAt && (
        <div className="alert alert-warn notice" role="alert" data-testid="expired-notice">
          {t('materials.expired', { date: material.validUntil?.split('-').reverse().join('.') ?? '' })}
        </div>
      )}
      {material.outdated && material.source && (
        <div className="alert alert-warn notice" data-testid="outdated-notice">
          {t('materials.outdated')}{' '}
          <Link to={`/materials/${material.source.id}`} lang={material.source.language}>
            {material.source.title}
          </Link>
        </div>
      )}
    </>
  );
}
