import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorKey } from '../../../app/api-error';
import { formatDateTime } from '../../../app/format';
import { currentLanguage } from '../../../app/i18n';
import type { DeadLetterJobsQuery } from '../../../gql/graphql';
import { useSettleDeadLetterJob } from '../use-settle-dead-letter-job';

export type DeadLetterJob = DeadLetterJobsQuery['deadLetterJobs'][number];

/** One failed delivery: when, which consumer, which event and its data, the last error, and what to do about it. */
export function DeadLetterRow({ job }: { job: DeadLetterJob }) {
  const { t } = useTranslation();
  const settle = useSettleDeadLetterJob();
  const subject = job.subjectId ? job.subjectId.slice(0, 8) : '—';
  return (
    <tr data-testid="dead-letter-row">
      <td data-label={t('jobs.failedAt')}>{formatDateTime(job.failedAt, currentLanguage())}</td>
      <td data-label={t('jobs.consumer')}>
        <code>{job.consumer}</code>
        <div className="meta">{t('jobs.attempts', { count: job.attempts })}</div>
      </td>
      <td data-label={t('jobs.event')}>
        <code>{job.eventType ?? '—'}</code>
        <div className="meta">
          {job.subjectType === 'Material' && job.subjectId ? (
            <Link to={`/materials/${job.subjectId}`}>{subject}</Link>
          ) : (
            subject
          )}
        </div>
        {job.payloadSummary && (
          <div className="meta" data-testid="dead-letter-payload">
            <code>{job.payloadSummary}</code>
          </div>
        )}
      </td>
      <td data-label={t('jobs.error')} data-testid="dead-letter-error">
        {job.error ?? '—'}
      </td>
      <td data-label={t('jobs.actions')}>
        <div className="actions">
          <button
            type="button"
            className="button button-small button-primary"
            disabled={settle.isPending}
            onClick={() => settle.mutate({ id: job.id, action: 'retry' })}
          >
            {t('jobs.retry')}
          </button>
          <button
            type="button"
            className="button button-small button-danger"
            disabled={settle.isPending}
            onClick={() => settle.mutate({ id: job.id, action: 'discard' })}
          >
            {t('jobs.remove')}
          </button>
        </div>
        {settle.error && (
          <p className="field-error" role="alert">
            {t(errorKey(settle.error))}
          </p>
        )}
      </td>
    </tr>
  );
}
