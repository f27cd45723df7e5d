import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ORGANIZATION_TYPES, type OrganizationType } from '@portal/domain';
import { describedBy, FieldMessage, type FieldErrors } from '../../contact-form/components/field-message';
import type { OrganizationFormValues } from '../organization-values';

interface Props {
  values: OrganizationFormValues;
  errors: FieldErrors;
  saving: boolean;
  onChange: (values: OrganizationFormValues) => void;
  onSubmit: () => void;
  onCancel: () => void;
}

export function OrganizationForm({ values, errors, saving, onChange, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof OrganizationFormValues>(key: K, value: OrganizationFormValues[K]) =>
    onChange({ ...values, [key]: value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <form className="form card" onSubmit={submit} noValidate data-testid="organization-form">
      <div className="field">
        <label htmlFor="organization-name">{t('organizations.name')}</label>
        <input
          id="organization-name"
          type="text"
          required
          value={values.name}
          {...describedBy('organization-name', errors.name)}
          onChange={(e) => set('name', e.target.value)}
        />
        <FieldMessage id="organization-name-error" error={errors.name} />
      </div>
      <div className="grid-2">
        <div className="field">
          <label htmlFor="organization-short-name">{t('organizations.shortName')}</label>
          <input
            id="organization-short-name"
            type="text"
            value={values.shortName}
            {...describedBy('organization-short-name', errors.shortName)}
            onChange={(e) => set('shortName', e.target.value)}
          />
          <FieldMessage id="organization-short-name-error" error={errors.shortName} />
        </div>
        <div className="field">
          <label htmlFor="organization-type">{t('organizations.type')}</label>
          <select
            id="organization-type"
            required
            value={values.type}
            {...describedBy('organization-type', errors.type)}
            onChange={(e) => set('type', e.target.value as OrganizationType | '')}
          >
            <option value="">{t('organizations.chooseType')}</option>
            {ORGANIZATION_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`organizationTypes.${type}`)}
              </option>
            ))}
          </select>
          <FieldMessage id="organization-type-error" error={errors.type} />
        </div>
      </div>
      <div className="field">
        <label htmlFor="organization-website">{t('organizations.website')}</label>
        <input
          id="organization-website"
          type="url"
          inputMode="url"
          placeholder="https://"
          value={values.website}
          {...describedBy('organization-website', errors.website)}
          onChange={(e) => set('website', e.target.value)}
        />
        <FieldMessage id="organization-website-error" error={errors.website} />
      </div>
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={saving} data-testid="organization-save">
          {saving ? t('contactForm.saving') : t('contactForm.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('contactForm.cancel')}
        </button>
      </div>
    </form>
  );
}
