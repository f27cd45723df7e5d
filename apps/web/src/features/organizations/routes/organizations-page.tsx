import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Can } from '../../../app/ability';
import { Empty, ErrorMessage, Loading } from '../../../app/components/status';
import { OrganizationFilters } from '../components/organization-filters';
import { OrganizationRow } from '../components/organization-row';
import { filterOrganizations, type OrganizationFilter } from '../organization-filter';
import { useOrganizationList } from '../use-organization-list';

export function OrganizationsPage() {
  const { t } = useTranslation();
  const organizations = useOrganizationList();
  const [filter, setFilter] = useState<OrganizationFilter>({ text: '', type: '' });
  const shown = organizations.data ? filterOrganizations(organizations.data, filter) : [];

  return (
    <section>
      <div className="page-header">
        <h1>{t('organizations.title')}</h1>
        <div className="actions">
          <Link className="button" to="/contacts">
            {t('organizations.backToContacts')}
          </Link>
          <Can I="create" a="Organization">
            <Link className="button button-primary" to="/organizations/new" data-testid="organization-new">
              {t('organizations.new')}
            </Link>
          </Can>
        </div>
      </div>
      <OrganizationFilters filter={filter} onChange={setFilter} />
      {organizations.isPending && <Loading />}
      {organizations.isError && (
        <ErrorMessage error={organizations.error} onRetry={() => void organizations.refetch()} />
      )}
      {organizations.data && (
        <>
          <p className="status" aria-live="polite" data-testid="organizations-total">
            {t('organizations.total', { count: shown.length })}
          </p>
          {shown.length === 0 ? (
            <Empty>{t('organizations.empty')}</Empty>
          ) : (
            <div className="table-wrap card-table">
              <table data-testid="organizations">
                <thead>
                  <tr>
                    <th scope="col">{t('organizations.name')}</th>
                    <th scope="col">{t('organizations.shortName')}</th>
                    <th scope="col">{t('organizations.type')}</th>
                    <th scope="col">{t('organizations.website')}</th>
                    <Can I="update" a="Organization">
                      <th scope="col">{t('organizations.actions')}</th>
                    </Can>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((o) => (
                    <OrganizationRow key={o.id} organization={o} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
