import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Can } from '../../../app/ability';
import type { OrganizationFieldsFragment } from '../../../gql/graphql';

export function OrganizationRow({ organization: o }: { organization: OrganizationFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <tr data-testid={`organization-row-${o.id}`}>
      <td data-label={t('organizations.name')}>
        <Link to={`/contacts?org=${encodeURIComponent(o.id)}`} title={t('organizations.showContacts')}>
          {o.name}
        </Link>
      </td>
      <td data-label={t('organizations.shortName')}>{o.shortName ?? t('contacts.none')}</td>
      <td data-label={t('organizations.type')}>{t(`organizationTypes.${o.type}`)}</td>
      <td data-label={t('organizations.website')}>
        {o.website ? (
          <a href={o.website} target="_blank" rel="noopener noreferrer">
            {o.website}
          </a>
        ) : (
          t('contacts.none')
        )}
      </td>
      <Can I="update" a="Organization">
        <td data-label={t('organizations.actions')}>
          <Link
            className="button button-small"
            to={`/organizations/${encodeURIComponent(o.id)}/edit`}
            aria-label={t('organizations.editNamed', { name: o.name })}
            data-testid="organization-edit"
          >
            {t('organizations.edit')}
          </Link>
        </td>
      </Can>
    </tr>
  );
}
