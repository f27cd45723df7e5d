import { useTranslation } from 'react-i18next';
import { describedBy, FieldMessage, type FieldErrors } from '../../contact-form/components/field-message';
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
        <div className="field">
          <label htmlFor="material-coverage-outlet">{t('materialEditor.coverageOutlet')}</label>
          <input
            id="material-coverage-outlet"
            type="text"
            required
            maxLength={200}
            value={values.coverageOutlet}
            placeholder={t('materialEditor.coverageOutletHint')}
            {...describedBy('material-coverage-outlet', errors.coverageOutlet)}
            onChange={(e) => onChange({ coverageOutlet: e.target.value })}
          />
          <FieldMessage id="material-coverage-outlet-error" error={errors.coverageOutlet} />
        </div>
        <div className="field">
          <label htmlFor="material-coverage-date">{t('materialEditor.coverageDate')}</label>
          <input
            id="material-coverage-date"
            type="date"
            required
            value={values.coverageDate}
            {...describedBy('material-coverage-date', errors.coverageDate)}
            onChange={(e) => onChange({ coverageDate: e.target.value })}
          />
          <FieldMessage id="material-coverage-date-error" error={errors.coverageDate} />
        </div>
      </div>
      <div className="field">
        <label htmlFor="material-coverage-url">{t('materialEditor.coverageUrl')}</label>
        <input
          id="material-coverage-url"
          type="url"
          required
          inputMode="url"
          maxLength={2000}
          spellCheck={false}
          value={values.coverageUrl}
          placeholder="https://"
          {...describedBy('material-coverage-url', errors.coverageUrl)}
          onChange={(e) => onChange({ coverageUrl: e.target.value })}
        />
        <FieldMessage id="material-coverage-url-error" error={errors.coverageUrl} />
      </div>
    </fieldset>
  );
}
