import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '../../../app/format';
import { currentLanguage } from '../../../app/i18n';
import type { MaterialCardFieldsFragment, MaterialView } from '../../../gql/graphql';
import { kindName } from '../kind-name';
import { Snippet } from './snippet';
import { StateBadge } from './state-badge';

export interface CardSelection {
  selected: boolean;
  /** The selection is full: only selected cards can change. */
  full: boolean;
  onToggle: (selected: boolean) => void;
}

interface Props {
  material: MaterialCardFieldsFragment;
  view: MaterialView;
  /** Only published texts can be downloaded, so only they get a checkbox. */
  selection?: CardSelection;
}

export function MaterialCard({ material, view, selection }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const revision = view === 'published' ? material.published : (material.working ?? material.published);
  if (!revision) return null;
  const selectable = selection && material.published && !material.withdrawnAt;
  return (
    <li
      className={['material-card', selectable && 'selectable', selection?.selected && 'selected']
        .filter(Boolean)
        .join(' ')}
      data-testid="material-card"
    >
      {selectable && (
        <label className="card-select">
          <input
            type="checkbox"
            checked={selection.selected}
            disabled={selection.full && !selection.selected}
            data-testid="material-select"
            onChange={(e) => selection.onToggle(e.target.checked)}
          />
          <span className="visually-hidden">{t('materials.selectForExport', { title: revision.title })}</span>
        </label>
      )}
      <h2>
        {material.changedSinceLastVisit && (
          <span className="badge badge-new" data-testid="changed-since-visit">
            {material.published && material.published.number > 1 ? t('materials.revised') : t('materials.new_')}
          </span>
        )}{' '}
        <Link to={`/materials/${material.id}`} lang={material.language}>
          {revision.title}
        </Link>
      </h2>
      <div className="meta">
        <span>{kindName(material.kind, language)}</span>
        <span>{t(`languages.${material.language}`)}</span>
        {material.coverageOutlet && <span data-testid="card-coverage-outlet">{material.coverageOutlet}</span>}
        {material.coverageDate && (
          <time dateTime={material.coverageDate} data-testid="card-coverage-date">
            {t('materials.coverageOn', { date: formatDate(material.coverageDate, language) })}
          </time>
        )}
        {material.campaign && <span>{material.campaign.title}</span>}
        <time dateTime={revision.updatedAt}>{formatDateTime(revision.updatedAt, language)}</time>
        {material.snippet && material.snippet.length > 0 && (
          <Snippet parts={material.snippet} language={material.language} />
        )}
      </div>
      <div className="badges">
        <StateBadge state={revision.state} />
        {material.withdrawnAt && <span className="badge badge-withdrawn">{t('materials.withdrawnBadge')}</span>}
        {material.expired && <span className="badge badge-expired">{t('materials.expiredBadge')}</span>}
        {material.outdated && <span className="badge badge-expired">{t('materials.outdatedBadge')}</span>}
        {view === 'working' && material.published && material.published.id !== revision.id && (
          <span className="badge" data-testid="has-published">
            {t('materials.publishedRevision', { number: material.published.number })}
          </span>
        )}
      </div>
    </li>
  );
}
