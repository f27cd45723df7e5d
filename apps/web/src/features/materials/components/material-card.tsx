import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../app/format';
import { currentLanguage } from '../../../app/i18n';
import type { MaterialCardFieldsFragment, MaterialView } from '../../../gql/graphql';
import { kindName } from '../kind-name';
import { StateBadge } from './state-badge';

export function MaterialCard({ material, view }: { material: MaterialCardFieldsFragment; view: MaterialView }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const revision = view === 'published' ? material.published : (material.working ?? material.published);
  if (!revision) return null;
  return (
    <li className="material-card" data-testid="material-card">
      <h2>
        <Link to={`/materials/${material.id}`} lang={material.language}>
          {revision.title}
        </Link>
      </h2>
      <div className="meta">
        <span>{kindName(material.kind, language)}</span>
        <span>{t(`languages.${material.language}`)}</span>
        {material.campaign && <span>{material.campaign}</span>}
        <time dateTime={revision.updatedAt}>{formatDateTime(revision.updatedAt, language)}</time>
      </div>
      <div className="badges">
        <StateBadge state={revision.state} />
        {view === 'working' && material.published && material.published.id !== revision.id && (
          <span className="badge" data-testid="has-published">
            {t('materials.publishedRevision', { number: material.published.number })}
          </span>
        )}
      </div>
    </li>
  );
}
