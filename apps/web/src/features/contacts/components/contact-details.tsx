import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../app/format';
import { currentLanguage } from '../../../app/i18n';
import type { ContactFieldsFragment } from '../../../gql/graphql';
import { PhoneLink } from './phone-link';

/** Every stored field of a contact as a definition list; also used side by side in the conflict view. */
export function ContactDetails({ contact }: { contact: ContactFieldsFragment }) {
  const { t } = useTranslation();
  const none = t('contacts.none');
  return (
    <dl className="details">
      <dt>{t('contacts.kind')}</dt>
      <dd>{t(`kinds.${contact.kind}`)}</dd>
      <dt>{t('contacts.name')}</dt>
      <dd>{contact.name}</dd>
      <dt>{t('contacts.position')}</dt>
      <dd>{contact.position ?? none}</dd>
      <dt>{t('contacts.organization')}</dt>
      <dd>
        {contact.organization
          ? `${contact.organization.name} (${t(`organizationTypes.${contact.organization.type}`)})`
          : none}
      </dd>
      <dt>{t('contacts.region')}</dt>
      <dd>{contact.region ? t(`regions.${contact.region}`) : t('regions.national')}</dd>
      <dt>{t('contacts.category')}</dt>
      <dd>{contact.category ? t(`categories.${contact.category}`) : none}</dd>
      <dt>{t('contacts.phones')}</dt>
      <dd>
        {contact.phones.length ? (
          <ul className="plain-list">
            {contact.phones.map((p) => (
              <li key={p}>
                <PhoneLink phone={p} />
              </li>
            ))}
          </ul>
        ) : (
          none
        )}
      </dd>
      <dt>{t('contacts.emails')}</dt>
      <dd>
        {contact.emails.length ? (
          <ul className="plain-list">
            {contact.emails.map((e) => (
              <li key={e}>
                <a href={`mailto:${e}`}>{e}</a>
              </li>
            ))}
          </ul>
        ) : (
          none
        )}
      </dd>
      <dt>{t('contacts.languages')}</dt>
      <dd>{contact.languages.length ? contact.languages.map((l) => t(`languages.${l}`)).join(', ') : none}</dd>
      {contact.kind === 'hotline' && (
        <>
          <dt>{t('contacts.hours')}</dt>
          <dd>{contact.hours ?? none}</dd>
        </>
      )}
      <dt>{t('contacts.notes')}</dt>
      <dd className="notes">{contact.notes ?? none}</dd>
      <dt>{t('contacts.status')}</dt>
      <dd>{t(`contactStatuses.${contact.status}`)}</dd>
      <dt>{t('contacts.updatedAt')}</dt>
      <dd>
        {formatDateTime(contact.updatedAt, currentLanguage())} · {t('contacts.version')} {contact.version}
      </dd>
    </dl>
  );
}
