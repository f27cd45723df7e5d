import { useTranslation } from 'react-i18next';
import { ORGANIZATION_TYPES, type OrganizationType } from '@portal/domain';
import type { OrganizationFilter } from '../organization-filter';

interface Props {
  filter: OrganizationFilter;
  onChange: (filter: OrganizationFilter) => void;
}

export function OrganizationFilters({ filter, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <form
      className="filters"
      role="search"
      aria-label={t('organizations.filters')}
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="field">
        <label htmlFor="organizations-search">{t('organizations.search')}</label>
        <input
          id="organizations-search"
          type="search"
          value={filter.text}
          onChange={(e) => onChange({ ...filter, text: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor="organizations-type">{t('organizations.type')}</label>
        <select
          id="organizations-type"
          value={filter.type}
          onChange={(e) => onChange({ ...filter, type: e.target.value as OrganizationType | '' })}
        >
          <option value="">{t('contacts.any')}</option>
          {ORGANIZATION_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`organizationTypes.${type}`)}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
