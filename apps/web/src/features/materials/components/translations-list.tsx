import { LANGUAGES } from '@portal/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Can } from '../../../app/ability';
import type { MaterialFieldsFragment } from '../../../gql/graphql';
import { StateBadge } from './state-badge';

/** The same text in the other languages, flagged when the source has moved on since it was translated. */
export function TranslationsList({ material }: { material: MaterialFieldsFragment }) {
  const { t } = useTranslation();
  if (material.source) return null;
  const missing = LANGUAGES.filter(
    (l) => l !== material.language && !material.translations.some((tr) => tr.language === l),
  );
  if (material.translations.length === 0 && missing.length === 0) return null;
  return (
    <section className="no-print" data-testid="material-translations">
      <h2>{t('translations.heading')}</h2>
      <ul className="plain-list">
        {material.translations.map((tr) => (
          <li key={tr.id}>
            {t(`languages.${tr.language}`)}:{' '}
            <Link to={`/materials/${tr.id}`} lang={tr.language}>
              {tr.title}
            </Link>{' '}
            {tr.state && <StateBadge state={tr.state} />}
            {tr.outdated && <span className="badge badge-expired">{t('materials.outdatedBadge')}</span>}
          </li>
        ))}
      </ul>
      <Can I="create" a="Material">
        <div className="actions">
          {missing.map((l) => (
            <Link
              key={l}
              className="button"
              to={`/materials/${material.id}/translate/${l}`}
              data-testid={`translate-${l}`}
            >
              {t('translations.translateInto', { language: t(`languages.${l}`) })}
            </Link>
          ))}
        </div>
      </Can>
    </section>
  );
}
