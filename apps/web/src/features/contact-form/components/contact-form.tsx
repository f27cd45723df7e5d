import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CONTACT_CATEGORIES,
  CONTACT_KINDS,
  LANGUAGES,
  REGIONS,
  type ContactCategory,
  type Region,
} from '@portal/domain';
import { useOrganizations } from '../../contacts/use-organizations';
import type { ContactFormValues } from '../form-values';
import { describedBy, FieldMessage, InputField, type FieldErrors } from '../../../app/components/field-message';
import { RepeatedInputs } from './repeated-inputs';

interface Props {
  values: ContactFormValues;
  errors: FieldErrors;
  saving: boolean;
  onChange: (values: ContactFormValues) => void;
  onSubmit: () => void;
  onCancel: () => void;
}

export function ContactForm({ values, errors, saving, onChange, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const organizations = useOrganizations();
  const set = <K extends keyof ContactFormValues>(key: K, value: ContactFormValues[K]) =>
    onChange({ ...values, [key]: value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <form className="form card" onSubmit={submit} noValidate data-testid="contact-form">
      <fieldset>
        <legend>{t('contacts.kind')}</legend>
        <div className="checks">
          {CONTACT_KINDS.map((kind) => (
            <label key={kind}>
              <input
                type="radio"
                name="kind"
                value={kind}
                checked={values.kind === kind}
                onChange={() => set('kind', kind)}
              />
              {t(`kinds.${kind}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <InputField
        id="contact-name"
        label={t('contacts.name')}
        required
        value={values.name}
        error={errors.name}
        onValue={(name) => set('name', name)}
      />
      <div className="grid-2">
        <InputField
          id="contact-position"
          label={t('contacts.position')}
          value={values.position}
          error={errors.position}
          onValue={(position) => set('position', position)}
        />
        <div className="field">
          <label htmlFor="contact-organization">{t('contacts.organization')}</label>
          <select
            id="contact-organization"
            value={values.organizationId}
            {...describedBy('contact-organization', errors.organizationId)}
            onChange={(e) => set('organizationId', e.target.value)}
          >
            <option value="">{t('contactForm.noOrganization')}</option>
            {organizations.data?.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
          <FieldMessage id="contact-organization-error" error={errors.organizationId} />
        </div>
        <div className="field">
          <label htmlFor="contact-region">{t('contacts.region')}</label>
          <select
            id="contact-region"
            value={values.region}
            {...describedBy('contact-region', errors.region)}
            onChange={(e) => set('region', e.target.value as Region | '')}
          >
            <option value="">{t('contactForm.national')}</option>
            {REGIONS.map((r) => (
              <option key={r} value={r}>
                {t(`regions.${r}`)}
              </option>
            ))}
          </select>
          <FieldMessage id="contact-region-error" error={errors.region} />
        </div>
        <div className="field">
          <label htmlFor="contact-category">{t('contacts.category')}</label>
          <select
            id="contact-category"
            value={values.category}
            required={values.kind === 'person'}
            {...describedBy('contact-category', errors.category)}
            onChange={(e) => set('category', e.target.value as ContactCategory | '')}
          >
            <option value="">{values.kind === 'person' ? t('contactForm.chooseCategory') : t('contacts.none')}</option>
            {CONTACT_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`categories.${c}`)}
              </option>
            ))}
          </select>
          <FieldMessage id="contact-category-error" error={errors.category} />
        </div>
      </div>
      <div className="grid-2">
        <RepeatedInputs
          name="phones"
          type="tel"
          legend={t('contacts.phones')}
          itemLabel={(n) => t('contactForm.phone', { n })}
          addLabel={t('contactForm.addPhone')}
          values={values.phones}
          errors={errors}
          onChange={(phones) => set('phones', phones)}
        />
        <RepeatedInputs
          name="emails"
          type="email"
          legend={t('contacts.emails')}
          itemLabel={(n) => t('contactForm.email', { n })}
          addLabel={t('contactForm.addEmail')}
          values={values.emails}
          errors={errors}
          onChange={(emails) => set('emails', emails)}
        />
      </div>
      <fieldset>
        <legend>{t('contacts.languages')}</legend>
        <div className="checks">
          {LANGUAGES.map((l) => (
            <label key={l}>
              <input
                type="checkbox"
                checked={values.languages.includes(l)}
                onChange={(e) =>
                  set(
                    'languages',
                    e.target.checked ? [...values.languages, l] : values.languages.filter((x) => x !== l),
                  )
                }
              />
              {t(`languages.${l}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {values.kind === 'hotline' && (
        <div className="field">
          <label htmlFor="contact-hours">{t('contacts.hours')}</label>
          <input
            id="contact-hours"
            type="text"
            value={values.hours}
            placeholder={t('contactForm.hoursHint')}
            {...describedBy('contact-hours', errors.hours)}
            onChange={(e) => set('hours', e.target.value)}
          />
          <FieldMessage id="contact-hours-error" error={errors.hours} />
        </div>
      )}
      <div className="field">
        <label htmlFor="contact-notes">{t('contacts.notes')}</label>
        <textarea
          id="contact-notes"
          rows={3}
          value={values.notes}
          {...describedBy('contact-notes', errors.notes)}
          onChange={(e) => set('notes', e.target.value)}
        />
        <FieldMessage id="contact-notes-error" error={errors.notes} />
      </div>
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={saving} data-testid="contact-save">
          {saving ? t('contactForm.saving') : t('contactForm.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('contactForm.cancel')}
        </button>
      </div>
    </form>
  );
}
