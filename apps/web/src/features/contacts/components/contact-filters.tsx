import { useState, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CONTACT_CATEGORIES,
  CONTACT_KINDS,
  CONTACT_SORTS,
  CONTACT_STATUSES,
  ORGANIZATION_TYPES,
  REGIONS,
  type ContactSort,
} from '@portal/domain';
import type { ContactListParams } from '../contact-list-params';
import { useOrganizations } from '../use-organizations';

const SEARCH_DELAY_MS = 350;
const SORT_LABEL: Record<ContactSort, string> = {
  name: 'contacts.sortName',
  updated: 'contacts.sortUpdated',
  organization: 'contacts.sortOrganization',
};

interface Props {
  params: ContactListParams;
  showStatus: boolean;
  onChange: (changes: Partial<ContactListParams>) => void;
}

export function ContactFilters({ params, showStatus, onChange }: Props) {
  const { t } = useTranslation();
  const organizations = useOrganizations();
  const [text, setText] = useState(params.search);
  const [syncedSearch, setSyncedSearch] = useState(params.search);

  // The URL changed from outside (reset, Back): show what it says.
  if (params.search !== syncedSearch) {
    setSyncedSearch(params.search);
    setText(params.search);
  }

  useEffect(() => {
    const value = text.trim();
    if (value === params.search) return;
    const timer = setTimeout(() => onChange({ search: value, page: 1 }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, params.search, onChange]);

  const select = <K extends 'organizationType' | 'organizationId' | 'region' | 'kind' | 'status'>(
    key: K,
    value: string,
  ) => onChange({ [key]: value === '' ? null : value, page: 1 } as Partial<ContactListParams>);

  return (
    <form className="filters" role="search" aria-label={t('contacts.filters')} onSubmit={(e) => e.preventDefault()}>
      <div className="field wide">
        <label htmlFor="contacts-search">{t('contacts.search')}</label>
        <input
          id="contacts-search"
          type="search"
          value={text}
          placeholder={t('contacts.searchPlaceholder')}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <fieldset className="wide">
        <legend>{t('contacts.category')}</legend>
        <div className="checks">
          {CONTACT_CATEGORIES.map((c) => (
            <label key={c}>
              <input
                type="checkbox"
                name="category"
                value={c}
                checked={params.categories.includes(c)}
                onChange={(e) =>
                  onChange({
                    categories: e.target.checked ? [...params.categories, c] : params.categories.filter((x) => x !== c),
                    page: 1,
                  })
                }
              />
              {t(`categories.${c}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor="contacts-org-type">{t('contacts.organizationType')}</label>
        <select
          id="contacts-org-type"
          value={params.organizationType ?? ''}
          onChange={(e) => select('organizationType', e.target.value)}
        >
          <option value="">{t('contacts.any')}</option>
          {ORGANIZATION_TYPES.map((o) => (
            <option key={o} value={o}>
              {t(`organizationTypes.${o}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="contacts-organization">{t('contacts.organization')}</label>
        <select
          id="contacts-organization"
          value={params.organizationId ?? ''}
          onChange={(e) => select('organizationId', e.target.value)}
        >
          <option value="">{t('contacts.any')}</option>
          {organizations.data?.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="contacts-region">{t('contacts.region')}</label>
        <select
          id="contacts-region"
          value={params.region ?? ''}
          disabled={params.national}
          onChange={(e) => select('region', e.target.value)}
        >
          <option value="">{t('contacts.any')}</option>
          {REGIONS.map((r) => (
            <option key={r} value={r}>
              {t(`regions.${r}`)}
            </option>
          ))}
        </select>
        <label className="check-inline">
          <input
            type="checkbox"
            name="national"
            checked={params.national}
            data-testid="contacts-national"
            onChange={(e) => onChange({ national: e.target.checked, region: null, page: 1 })}
          />
          {t('contacts.nationalOnly')}
        </label>
      </div>
      <div className="field">
        <label htmlFor="contacts-kind">{t('contacts.kind')}</label>
        <select id="contacts-kind" value={params.kind ?? ''} onChange={(e) => select('kind', e.target.value)}>
          <option value="">{t('contacts.any')}</option>
          {CONTACT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      {showStatus && (
        <div className="field">
          <label htmlFor="contacts-status">{t('contacts.status')}</label>
          <select id="contacts-status" value={params.status ?? ''} onChange={(e) => select('status', e.target.value)}>
            <option value="">{t('contactStatuses.active')}</option>
            {CONTACT_STATUSES.filter((s) => s !== 'active').map((s) => (
              <option key={s} value={s}>
                {t(`contactStatuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor="contacts-sort">{t('contacts.sort')}</label>
        <select
          id="contacts-sort"
          value={params.sort}
          onChange={(e) => onChange({ sort: e.target.value as ContactSort, page: 1 })}
        >
          {CONTACT_SORTS.map((s) => (
            <option key={s} value={s}>
              {t(SORT_LABEL[s])}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
