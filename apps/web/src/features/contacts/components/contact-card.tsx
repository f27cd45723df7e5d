import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ContactFieldsFragment } from '../../../gql/graphql';
import { PhoneLink } from './phone-link';

export function ContactCard({ contact }: { contact: ContactFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <li className="contact-card" data-testid="contact-card">
      <div>
        <h2>
          <Link to={`/contacts/${contact.id}`}>{contact.name}</Link>
        </h2>
        <div className="meta">
          {contact.position ?? t(`kinds.${contact.kind}`)}
          {contact.status === 'archived' && (
            <span className="badge badge-archived"> {t('contactStatuses.archived')}</span>
          )}
        </div>
      </div>
      <div className="meta">
        {contact.organization && <div>{contact.organization.shortName ?? contact.organization.name}</div>}
        <div>{contact.region ? t(`regions.${contact.region}`) : t('regions.national')}</div>
        {contact.category && <span className="badge">{t(`categories.${contact.category}`)}</span>}
      </div>
      <ul className="plain-list">
        {contact.phones.map((p) => (
          <li key={p}>
            <PhoneLink phone={p} />
          </li>
        ))}
        {contact.emails.map((e) => (
          <li key={e}>
            <a href={`mailto:${e}`}>{e}</a>
          </li>
        ))}
      </ul>
    </li>
  );
}
