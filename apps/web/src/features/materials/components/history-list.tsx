import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../../app/components/status';
import { formatDate, formatDateTime } from '../../../app/format';
import { currentLanguage } from '../../../app/i18n';
import type { MaterialHistoryQuery } from '../../../gql/graphql';
import { useMaterialHistory } from '../use-material-history';

type Step = MaterialHistoryQuery['materialHistory'][number];
type DateChange = MaterialHistoryQuery['materialDetailChanges'][number];
type Entry = { kind: 'step'; step: Step } | { kind: 'date'; change: DateChange };
const at = (entry: Entry) => (entry.kind === 'step' ? entry.step.createdAt : entry.change.createdAt);

/**
 * The permanent log: workflow steps (who did what, when, and why) and changes of embargo or validity, newest first.
 */
export function HistoryList({ materialId }: { materialId: string }) {
  const { t } = useTranslation();
  const history = useMaterialHistory(materialId);
  const language = currentLanguage();
  if (history.isPending) return <Loading />;
  if (history.isError) return <ErrorMessage error={history.error} onRetry={() => void history.refetch()} />;
  const entries: Entry[] = [
    ...history.data.materialHistory.map((step) => ({ kind: 'step' as const, step })),
    ...history.data.materialDetailChanges.map((change) => ({ kind: 'date' as const, change })),
  ].sort((a, b) => at(b).localeCompare(at(a)));
  if (entries.length === 0) return <p className="empty">{t('materials.historyEmpty')}</p>;
  const dateValue = (change: DateChange, value: string | null | undefined) => {
    if (!value) return t('materials.historyDateNone');
    return change.field === 'embargoUntil' ? formatDateTime(value, language) : formatDate(value, language);
  };
  return (
    <ol className="history" data-testid="material-history" reversed>
      {entries.map((entry) => {
        if (entry.kind === 'date') {
          const { change } = entry;
          return (
            <li key={change.id} data-testid={`history-${change.field}`}>
              <div>
                {t('materials.historyDateChange', {
                  field: t(change.field === 'embargoUntil' ? 'materials.embargoUntil' : 'materials.validUntil'),
                  from: dateValue(change, change.oldValue),
                  to: dateValue(change, change.newValue),
                })}
              </div>
              <div className="meta">
                {change.actorName} ·{' '}
                <time dateTime={change.createdAt}>{formatDateTime(change.createdAt, language)}</time>
              </div>
            </li>
          );
        }
        const { step } = entry;
        return (
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
        );
      })}
    </ol>
  );
}
