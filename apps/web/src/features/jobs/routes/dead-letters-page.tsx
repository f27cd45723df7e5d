import '../jobs.css';
import { useTranslation } from 'react-i18next';
import { useAppAbility } from '../../../app/ability';
import { Forbidden } from '../../../app/components/forbidden';
import { Empty, ErrorMessage, Loading } from '../../../app/components/status';
import { DeadLetterRow } from '../components/dead-letter-row';
import { useDeadLetterJobs } from '../use-dead-letter-jobs';

/** Administrators: event deliveries that failed on every attempt, to retry once the cause is fixed or to remove. */
export function DeadLettersPage() {
  const { t } = useTranslation();
  const ability = useAppAbility();
  const allowed = ability.can('manage', 'Job');
  const jobs = useDeadLetterJobs({ enabled: allowed });

  if (!allowed) return <Forbidden />;
  return (
    <section>
      <div className="page-header">
        <h1>{t('jobs.title')}</h1>
      </div>
      <p className="lead">{t('jobs.intro')}</p>
      {jobs.isPending && <Loading />}
      {jobs.isError && <ErrorMessage error={jobs.error} onRetry={() => void jobs.refetch()} />}
      {jobs.data &&
        (jobs.data.length === 0 ? (
          <Empty>{t('jobs.empty')}</Empty>
        ) : (
          <div className="table-wrap">
            <table className="jobs-table" data-testid="dead-letter-table">
              <thead>
                <tr>
                  <th scope="col">{t('jobs.failedAt')}</th>
                  <th scope="col">{t('jobs.consumer')}</th>
                  <th scope="col">{t('jobs.event')}</th>
                  <th scope="col">{t('jobs.error')}</th>
                  <th scope="col">{t('jobs.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {jobs.data.map((job) => (
                  <DeadLetterRow key={job.id} job={job} />
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </section>
  );
}
