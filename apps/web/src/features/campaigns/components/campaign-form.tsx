import { AUDIENCES } from '@portal/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldMessage, type FieldErrors } from '../../../app/components/field-message';
import { SaveError } from '../../../app/components/save-error';
import type { CampaignFormValues } from '../campaign-values';

interface Props {
  initial: CampaignFormValues;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  errors: FieldErrors;
  onSubmit: (values: CampaignFormValues) => void;
}

/** Theme, period, audiences, goals, the regional action plan and recommended CSO activities. */
export function CampaignForm({ initial, submitLabel, pending, error, errors, onSubmit }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const change = (changes: Partial<CampaignFormValues>) => setValues((v) => ({ ...v, ...changes }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(values);
  };
  const text = (field: 'goals' | 'regionalPlan' | 'csoActivities') => (
    <div className="field">
      <label htmlFor={`campaign-${field}`}>{t(`campaigns.${field}`)}</label>
      <textarea
        id={`campaign-${field}`}
        rows={4}
        value={values[field]}
        onChange={(e) => change({ [field]: e.target.value })}
      />
      <FieldMessage id={`campaign-${field}-error`} error={errors[field]} />
    </div>
  );
  return (
    <form className="form" onSubmit={submit} noValidate>
      <SaveError error={error} />
      <div className="field">
        <label htmlFor="campaign-title">{t('campaigns.theme')}</label>
        <input id="campaign-title" required value={values.title} onChange={(e) => change({ title: e.target.value })} />
        <FieldMessage id="campaign-title-error" error={errors.title} />
      </div>
      <div className="grid-2">
        <div className="field">
          <label htmlFor="campaign-startsOn">{t('campaigns.startsOn')}</label>
          <input
            id="campaign-startsOn"
            type="date"
            value={values.startsOn}
            onChange={(e) => change({ startsOn: e.target.value })}
          />
          <FieldMessage id="campaign-startsOn-error" error={errors.startsOn} />
        </div>
        <div className="field">
          <label htmlFor="campaign-endsOn">{t('campaigns.endsOn')}</label>
          <input
            id="campaign-endsOn"
            type="date"
            value={values.endsOn}
            onChange={(e) => change({ endsOn: e.target.value })}
          />
          <FieldMessage id="campaign-endsOn-error" error={errors.endsOn} />
        </div>
      </div>
      <fieldset>
        <legend>{t('campaigns.audiences')}</legend>
        <div className="checks checks-column">
          {AUDIENCES.map((a) => (
            <label key={a}>
              <input
                type="checkbox"
                checked={values.audiences.includes(a)}
                onChange={(e) =>
                  change({
                    audiences: e.target.checked ? [...values.audiences, a] : values.audiences.filter((x) => x !== a),
                  })
                }
              />{' '}
              {t(`audiences.${a}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {text('goals')}
      {text('regionalPlan')}
      {text('csoActivities')}
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={pending} data-testid="campaign-save">
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
