import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../app/api-error';
import { ErrorMessage, Loading } from '../../../app/components/status';
import { formatDateTime } from '../../../app/format';
import { currentLanguage } from '../../../app/i18n';
import { StateBadge } from '../../materials/components/state-badge';
import { useMaterialDiff } from '../use-material-diff';
import { useMaterialRevisions } from '../use-material-revisions';
import { DiffText } from './diff-view';

/** Every revision of the text, and what changed between any two of them. */
export function RevisionsPanel({ materialId, language }: { materialId: string; language: string }) {
  const { t } = useTranslation();
  const revisions = useMaterialRevisions(materialId);
  const [choice, setChoice] = useState<{ from: number; to: number } | null>(null);
  const numbers = revisions.data?.map((r) => r.number) ?? [];
  const latest = numbers.at(-1) ?? 0;
  const from = choice?.from ?? Math.max(1, latest - 1);
  const to = choice?.to ?? latest;
  const diff = useMaterialDiff(materialId, from, to);

  if (revisions.isPending) return <Loading />;
  if (revisions.isError) return <ErrorMessage error={revisions.error} onRetry={() => void revisions.refetch()} />;
  const dateLanguage = currentLanguage();

  return (
    <div data-testid="material-revisions">
      <ol className="plain-list revisions">
        {revisions.data.map((r) => (
          <li key={r.id}>
            <strong>{t('materials.revisionNumber', { number: r.number })}</strong> <StateBadge state={r.state} />{' '}
            <span lang={language}>{r.title}</span>
            <span className="meta">
              {' '}
              · {r.authorName} · <time dateTime={r.updatedAt}>{formatDateTime(r.updatedAt, dateLanguage)}</time>
            </span>
          </li>
        ))}
      </ol>
      {numbers.length > 1 && (
        <>
          <div className="grid-2 compare-pick">
            {(['from', 'to'] as const).map((end) => (
              <div className="field" key={end}>
                <label htmlFor={`diff-${end}`}>{t(`review.${end}`)}</label>
                <select
                  id={`diff-${end}`}
                  value={end === 'from' ? from : to}
                  onChange={(e) => setChoice({ from, to, [end]: Number(e.target.value) })}
                >
                  {numbers.map((n) => (
                    <option key={n} value={n}>
                      {t('materials.revisionNumber', { number: n })}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
          {from === to ? (
            <p className="status">{t('review.sameRevision')}</p>
          ) : diff.isPending ? (
            <Loading />
          ) : diff.isError ? (
            <ErrorMessage
              error={diff.error}
              onRetry={isApiError(diff.error, 'DIFF_TOO_LARGE') ? undefined : () => void diff.refetch()}
            />
          ) : (
            <div className="card" lang={language} data-testid="material-diff">
              <h3>{t('review.titleChanges')}</h3>
              <DiffText parts={diff.data.title} />
              <h3>{t('review.bodyChanges')}</h3>
              <DiffText parts={diff.data.body} />
            </div>
          )}
        </>
      )}
    </div>
  );
}
