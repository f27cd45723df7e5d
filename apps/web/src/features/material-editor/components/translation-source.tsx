import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../../app/components/status';
import { MaterialBody } from '../../materials/components/material-body';
import { StateBadge } from '../../materials/components/state-badge';
import { parseDoc } from '../../materials/material-doc';
import { useMaterial } from '../../materials/use-material';

/** The source's current published text, beside a translation being brought up to date. */
export function TranslationSource({ sourceId }: { sourceId: string }) {
  const { t } = useTranslation();
  const source = useMaterial(sourceId);
  if (source.isPending) return <Loading />;
  if (source.isError) return <ErrorMessage error={source.error} onRetry={() => void source.refetch()} />;
  const revision = source.data.published ?? source.data.working;
  if (!revision) return null;
  return (
    <div className="card" lang={source.data.language} data-testid="translation-source">
      <h2>
        {t('translations.source')} <StateBadge state={revision.state} />
      </h2>
      <p className="hint">{t('materials.revisionNumber', { number: revision.number })}</p>
      <p className="revision-title">{revision.title}</p>
      <MaterialBody doc={parseDoc(revision.body)} />
    </div>
  );
}
