import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Can } from '../../../app/ability';
import type { OrganizationFieldsFragment } from '../../../gql/graphql';

export function OrganizationRow({ organization: o }: { organization: OrganizationFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <tr data-testid={`organization-row-${o.id}`}>
      <td>
        <Link to={`/contacts?org=${encodeURIComponent(o.id)}`} title={t('organizations.showContacts')}>
          {o.name}
        </Link>
      </td>
      <td>{o.shortName ?? t('contacts.none')}</td>
      <td>{t(`organizationTypes.${o.type}`)}</td>
      <td>
        {o.website ? (
          <a href={o.website} target="_blank" rel="noopener noreferrer">
            {o.website}
          </a>
        ) : (
          t('contacts.none')
        )}
      </td>
      <Can I="update" a="Organization">
        <td>
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
