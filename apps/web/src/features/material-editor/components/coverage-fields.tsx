import { useTranslation } from 'react-i18next';
import { InputField, type FieldErrors } from '../../../app/components/field-message';
import type { DetailsValues } from '../editor-values';

type CoverageValues = Pick<DetailsValues, 'coverageOutlet' | 'coverageDate' | 'coverageUrl'>;

interface Props {
  values: CoverageValues;
  errors: FieldErrors;
  onChange: (changes: Partial<CoverageValues>) => void;
}

/** Where and when a piece of media coverage ran, and the link to it; the body holds its summary. */
export function CoverageFields({ values, errors, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset data-testid="coverage-fields">
      <legend>{t('materialEditor.coverageTitle')}</legend>
      <div className="grid-2">
        <InputField
          id="material-coverage-outlet"
          label={t('materialEditor.coverageOutlet')}
          required
          maxLength={200}
          value={values.coverageOutlet}
          placeholder={t('materialEditor.coverageOutletHint')}
          error={errors.coverageOutlet}
          onValue={(coverageOutlet) => onChange({ coverageOutlet })}
        />
        <InputField
          id="material-coverage-date"
          label={t('materialEditor.coverageDate')}
          type="date"
          required
          value={values.coverageDate}
          error={errors.coverageDate}
          onValue={(coverageDate) => onChange({ coverageDate })}
        />
      </div>
      <InputField
        id="material-coverage-url"
        label={t('materialEditor.coverageUrl')}
        type="url"
        required
        inputMode="url"
        maxLength={2000}
        spellCheck={false}
        value={values.coverageUrl}
        placeholder="https://"
        error={errors.coverageUrl}
        onValue={(coverageUrl) => onChange({ coverageUrl })}
      />
    </fieldset>
  );
}
