import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ORGANIZATION_TYPES, type OrganizationType } from '@portal/domain';
import { describedBy, FieldMessage, InputField, type FieldErrors } from '../../../app/components/field-message';
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
      <InputField
        id="organization-name"
        label={t('organizations.name')}
        required
        value={values.name}
        error={errors.name}
        onValue={(name) => set('name', name)}
      />
      <div className="grid-2">
        <InputField
          id="organization-short-name"
          label={t('organizations.shortName')}
          value={values.shortName}
          error={errors.shortName}
          onValue={(shortName) => set('shortName', shortName)}
        />
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
      <InputField
        id="organization-website"
        label={t('organizations.website')}
        type="url"
        inputMode="url"
        placeholder="https://"
        value={values.website}
        error={errors.website}
        onValue={(website) => set('website', website)}
      />
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
