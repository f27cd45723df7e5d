import '../audit.css';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useAppAbility } from '../../../app/ability';
import { Forbidden } from '../../../app/components/forbidden';
import { Empty, ErrorMessage, Loading } from '../../../app/components/status';
import { Pagination } from '../../../app/components/pagination';
import { useUsers } from '../../users/use-users';
import { AuditFilters } from '../components/audit-filters';
import { AuditTable } from '../components/audit-table';
import {
  PAGE_SIZE,
  auditExportUrl,
  parseAuditParams,
  toSearchParams,
  type AuditListParams,
} from '../audit-list-params';
import { useAuditEvents } from '../use-audit-events';

export function AuditPage() {
  const { t } = useTranslation();
  const ability = useAppAbility();
  const allowed = ability.can('read', 'AuditEvent');
  const [searchParams, setSearchParams] = useSearchParams();
  const params = parseAuditParams(searchParams);
  const events = useAuditEvents(params, { enabled: allowed });
  const people = useUsers({ enabled: allowed });

  const update = useCallback(
    (changes: Partial<AuditListParams>) =>
      setSearchParams((current) => toSearchParams({ ...parseAuditParams(current), ...changes }), { replace: true }),
    [setSearchParams],
  );

  if (!allowed) return <Forbidden />;
  const pages = events.data ? Math.max(1, Math.ceil(events.data.total / PAGE_SIZE)) : 1;

  return (
    <section>
      <div className="page-header">
        <h1>{t('audit.title')}</h1>
        <div className="actions">
          <a className="button" href={auditExportUrl(params)} download data-testid="audit-export">
            {t('audit.exportCsv')}
          </a>
        </div>
      </div>
      <p className="lead">{t('audit.intro')}</p>
      <AuditFilters params={params} people={people.data ?? []} onChange={update} />
      {events.isPending && <Loading />}
      {events.isError && <ErrorMessage error={events.error} onRetry={() => void events.refetch()} />}
      {events.data && (
        <>
          <p className="status" aria-live="polite" data-testid="audit-total">
            {t('audit.total', { count: events.data.total })}
          </p>
          {events.data.items.length === 0 ? (
            <Empty>{t('audit.empty')}</Empty>
          ) : (
            <AuditTable events={events.data.items} />
          )}
          <Pagination page={params.page} pages={pages} onPage={(page) => update({ page })} />
        </>
      )}
    </section>
  );
}
