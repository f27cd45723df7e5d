import { useTranslation } from 'react-i18next';
import { describedBy, FieldMessage, type FieldErrors } from '../../../app/components/field-message';

interface Props {
  name: 'phones' | 'emails';
  legend: string;
  itemLabel: (n: number) => string;
  addLabel: string;
  type: 'tel' | 'email';
  values: string[];
  errors: FieldErrors;
  onChange: (values: string[]) => void;
}

/** A list of inputs (phones, e-mails); the error for `phones.1` appears under the second input. */
export function RepeatedInputs({ name, legend, itemLabel, addLabel, type, values, errors, onChange }: Props) {
  const { t } = useTranslation();
  const prefix = name === 'phones' ? 'contact-phone' : 'contact-email';
  return (
    <fieldset>
      <legend>{legend}</legend>
      <FieldMessage id={`${prefix}-error`} error={errors[name]} />
      <div className="form">
        {values.map((value, i) => {
          const id = `${prefix}-${i}`;
          const error = errors[`${name}.${i}`];
          return (
            <div className="field" key={i}>
              <label htmlFor={id}>{itemLabel(i + 1)}</label>
              <div className="repeat-row">
                <input
                  id={id}
                  type={type}
                  value={value}
                  autoComplete="off"
                  {...describedBy(id, error)}
                  onChange={(e) => onChange(values.map((v, j) => (j === i ? e.target.value : v)))}
                />
                {values.length > 1 && (
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => onChange(values.filter((_, j) => j !== i))}
                  >
                    {t('contactForm.remove')}
                  </button>
                )}
              </div>
              <FieldMessage id={`${id}-error`} error={error} />
            </div>
          );
        })}
      </div>
      <button type="button" className="button button-small" onClick={() => onChange([...values, ''])}>
        {addLabel}
      </button>
    </fieldset>
  );
}
