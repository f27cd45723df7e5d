import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Can, useAppAbility } from '../../../app/ability';
import { Empty, ErrorMessage, Loading } from '../../../app/components/status';
import { ContactCard } from '../components/contact-card';
import { ContactFilters } from '../components/contact-filters';
import { Pagination } from '../../../app/components/pagination';
import { PAGE_SIZE, exportUrl, parseListParams, toSearchParams, type ContactListParams } from '../contact-list-params';
import { useContacts } from '../use-contacts';

export function ContactsListPage() {
  const { t } = useTranslation();
  const ability = useAppAbility();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = parseListParams(searchParams);
  const contacts = useContacts(params);

  const update = useCallback(
    (changes: Partial<ContactListParams>) =>
      setSearchParams((current) => toSearchParams({ ...parseListParams(current), ...changes }), { replace: true }),
    [setSearchParams],
  );

  const pages = contacts.data ? Math.max(1, Math.ceil(contacts.data.total / PAGE_SIZE)) : 1;

  return (
    <section>
      <div className="page-header">
        <h1>{t('contacts.title')}</h1>
        <div className="actions">
          <Link className="button" to="/organizations" data-testid="organizations-link">
            {t('organizations.title')}
          </Link>
          <Can I="create" a="Contact">
            <Link className="button button-primary" to="/contacts/new" data-testid="contact-new">
              {t('contacts.new')}
            </Link>
          </Can>
          <Can I="import" a="Contact">
            <Link className="button" to="/contacts/import" data-testid="contact-import">
              {t('contacts.import')}
            </Link>
          </Can>
          <Can I="export" a="Contact">
            <a className="button" href={exportUrl(params, 'xlsx')} download data-testid="contact-export-xlsx">
              {t('contacts.exportXlsx')}
            </a>
            <a className="button" href={exportUrl(params, 'vcf')} download data-testid="contact-export-vcf">
              {t('contacts.exportVcf')}
            </a>
            <a className="button" href={exportUrl(params)} download data-testid="contact-export">
              {t('contacts.exportCsv')}
            </a>
          </Can>
        </div>
      </div>
      <ContactFilters params={params} showStatus={ability.can('update', 'Contact')} onChange={update} />
      {contacts.isPending && <Loading />}
      {contacts.isError && <ErrorMessage error={contacts.error} onRetry={() => void contacts.refetch()} />}
      {contacts.data && (
        <>
          <p className="status" aria-live="polite" data-testid="contacts-total">
            {t('contacts.total', { count: contacts.data.total })}
          </p>
          {contacts.data.items.length === 0 ? (
            <Empty>{t('contacts.empty')}</Empty>
          ) : (
            <ul className="contact-cards" aria-busy={contacts.isPlaceholderData}>
              {contacts.data.items.map((c) => (
                <ContactCard key={c.id} contact={c} />
              ))}
            </ul>
          )}
          <Pagination page={params.page} pages={pages} onPage={(page) => update({ page })} />
        </>
      )}
    </section>
  );
}
