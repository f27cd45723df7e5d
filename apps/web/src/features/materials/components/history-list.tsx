import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../../app/components/status';
import { formatDateTime } from '../../../app/format';
import { currentLanguage } from '../../../app/i18n';
import { useMaterialHistory } from '../use-material-history';

/** The permanent log of workflow steps: who did what, when, and why (the comment), newest first. */
export function HistoryList({ materialId }: { materialId: string }) {
  const { t } = useTranslation();
  const history = useMaterialHistory(materialId);
  const language = currentLanguage();
  if (history.isPending) return <Loading />;
  if (history.isError) return <ErrorMessage error={history.error} onRetry={() => void history.refetch()} />;
  if (history.data.length === 0) return <p className="empty">{t('materials.historyEmpty')}</p>;
  return (
    <ol className="history" data-testid="material-history" reversed>
      {[...history.data].reverse().map((step) => (
        <li key={step.id} data-testid={`history-${step.transition}`}>
          <div>
            <strong>{t(`transitions.${step.transition}`)}</strong>
            {' · '}
            {t('materials.historyStep', {
              from: t(`materialStates.${step.fromState}`),
              to: t(`materialStates.${step.toState}`),
              number: step.revisionNumber,
            })}
          </div>
          <div className="meta">
            {step.actorName} · <time dateTime={step.createdAt}>{formatDateTime(step.createdAt, language)}</time>
          </div>
          {step.comment && <blockquote className="history-comment">{step.comment}</blockquote>}
        </li>
      ))}
    </ol>
  );
}
