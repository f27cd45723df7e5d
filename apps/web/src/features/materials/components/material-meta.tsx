import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../app/format';
import { currentLanguage } from '../../../app/i18n';
import type { MaterialFieldsFragment } from '../../../gql/graphql';
import { kindName } from '../kind-name';
import { isAudience, isChannel } from '../material-options';

/**
 * Kind, language, media coverage (outlet, date, link), campaign, audiences, channels and dates; unknown stored
 * slugs show as they are.
 */
export function MaterialMeta({ material }: { material: MaterialFieldsFragment }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const rows: [string, ReactNode][] = [
    [t('materials.kind'), kindName(material.kind, language)],
    [t('materials.language'), t(`languages.${material.language}`)],
  ];
  if (material.coverageOutlet) rows.push([t('materials.coverageOutlet'), material.coverageOutlet]);
  if (material.coverageDate)
    rows.push([
      t('materials.coverageDate'),
      <time dateTime={material.coverageDate}>{formatDate(material.coverageDate, language)}</time>,
    ]);
  if (material.coverageUrl)
    rows.push([
      t('materials.coverageUrl'),
      <a href={material.coverageUrl} target="_blank" rel="noopener noreferrer" data-testid="coverage-link">
        {material.coverageUrl}
      </a>,
    ]);
  if (material.campaign) rows.push([t('materials.campaign'), material.campaign.title]);
  if (material.audiences.length)
    rows.push([
      t('materials.audiences'),
      material.audiences.map((a) => (isAudience(a) ? t(`audiences.${a}`) : a)).join(', '),
    ]);
  if (material.channels.length)
    rows.push([
      t('materials.channels'),
      material.channels.map((c) => (isChannel(c) ? t(`channels.${c}`) : c)).join(', '),
    ]);
  if (material.validUntil) rows.push([t('materials.validUntil'), material.validUntil.split('-').reverse().join('.')]);
  if (material.embargoUntil) rows.push([t('materials.embargoUntil'), formatDateTime(material.embargoUntil, language)]);
  return (
    <dl className="details material-meta no-print">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
