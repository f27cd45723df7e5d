import { useTranslation } from 'react-i18next';
import type { OrganizationFieldsFragment } from '../../../gql/graphql';

type Shown = Pick<OrganizationFieldsFragment, 'name' | 'shortName' | 'type' | 'website'>;

export function OrganizationDetails({ organization }: { organization: Shown }) {
  const { t } = useTranslation();
  return (
    <dl className="details">
      <dt>{t('organizations.name')}</dt>
      <dd>{organization.name}</dd>
      <dt>{t('organizations.shortName')}</dt>
      <dd>{organization.shortName ?? t('contacts.none')}</dd>
      <dt>{t('organizations.type')}</dt>
      <dd>{t(`organizationTypes.${organization.type}`)}</dd>
      <dt>{t('organizations.website')}</dt>
      <dd>{organization.website ?? t('contacts.none')}</dd>
    </dl>
  );
}
