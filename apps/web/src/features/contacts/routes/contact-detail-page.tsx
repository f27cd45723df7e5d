import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAppAbility } from '../../../app/ability';
import { ErrorMessage, Loading } from '../../../app/components/status';
import { ContactDetails } from '../components/contact-details';
import { vcardUrl } from '../contact-list-params';
import { useContact } from '../use-contact';
import { useSetContactStatus } from '../use-set-contact-status';

export function ContactDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const ability = useAppAbility();
  const contact = useContact(id);
  const setStatus = useSetContactStatus();

  if (contact.isPending) return <Loading />;
  if (contact.isError) return <ErrorMessage error={contact.error} onRetry={() => void contact.refetch()} />;
  const c = contact.data;
  const archived = c.status === 'archived';

  return (
    <section>
      <p>
        <Link to="/contacts">← {t('contacts.backToList')}</Link>
      </p>
      <div className="page-header">
        <h1>{c.name}</h1>
        <div className="actions">
          <a className="button" href={vcardUrl(c.id)} download data-testid="contact-vcard">
            {t('contacts.downloadVcard')}
          </a>
          {ability.can('update', c) && (
            <Link className="button button-primary" to={`/contacts/${c.id}/edit`} data-testid="contact-edit">
              {t('contacts.edit')}
            </Link>
          )}
          {ability.can('archive', c) && (
            <button
              type="button"
              className={archived ? 'button' : 'button button-danger'}
              disabled={setStatus.isPending}
              data-testid={archived ? 'contact-restore' : 'contact-archive'}
              onClick={() => setStatus.mutate({ id: c.id, archived: !archived })}
            >
              {archived ? t('contacts.restore') : t('contacts.archive')}
            </button>
          )}
        </div>
      </div>
      {setStatus.isError && <ErrorMessage error={setStatus.error} />}
      {archived && (
        <div className="alert alert-warn" role="status">
          {t('contacts.archived')}
        </div>
      )}
      <div className="card">
        <ContactDetails contact={c} />
      </div>
    </section>
  );
}
