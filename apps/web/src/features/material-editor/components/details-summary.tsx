import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../app/format';
import { currentLanguage } from '../../../app/i18n';
import { bishkekLocalToIso } from '../../../app/bishkek-time';
import { useCampaignOptions } from '../../materials/use-campaign-options';
import type { DetailsValues } from '../editor-values';

/** One side of the details conflict: every field, also the empty ones, so a removed value is visible. */
export function DetailsSummary({ values, coverage }: { values: DetailsValues; coverage: boolean }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const none = t('materialEditor.none');
  const campaigns = useCampaignOptions();
  const embargo = bishkekLocalToIso(values.embargoUntil);
  const rows: [string, string][] = [
    [t('materials.campaign'), campaigns.data?.find((c) => c.id === values.campaignId)?.title ?? none],
    [t('materials.audiences'), values.audiences.map((a) => t(`audiences.${a}`)).join(', ') || none],
    [t('materials.channels'), values.channels.map((c) => t(`channels.${c}`)).join(', ') || none],
    [t('materials.validUntil'), values.validUntil ? values.validUntil.split('-').reverse().join('.') : none],
    [t('materials.embargoUntil'), embargo ? formatDateTime(embargo, language) : none],
  ];
  if (coverage)
    rows.unshift(
      [t('materials.coverageOutlet'), values.coverageOutlet.trim() || none],
      [t('materials.coverageDate'), formatDate(values.coverageDate, language) || none],
      [t('materials.coverageUrl'), values.coverageUrl.trim() || none],
    );
  return (
    <dl className="details">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
