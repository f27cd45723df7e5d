import { LANGUAGES } from '@portal/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../app/i18n';
import type { MaterialKindFieldsFragment } from '../../../gql/graphql';
import { describedBy, FieldMessage, type FieldErrors } from '../../../app/components/field-message';
import { kindName } from '../../materials/kind-name';
import { isCoverage, type MaterialFormValues } from '../editor-values';
import { MaterialDetailsFields } from './material-details-fields';

interface Props {
  values: MaterialFormValues;
  kinds: MaterialKindFieldsFragment[];
  errors: FieldErrors;
  onChange: (changes: Partial<MaterialFormValues>) => void;
  onKind: (kind: MaterialKindFieldsFragment | undefined) => void;
  /** Title and body: right after kind and language (which shape the body), before the optional details. */
  children?: ReactNode;
}

/** Kind and language are set once, when the material is created; the details stay editable. */
export function DetailsFields({ values, kinds, errors, onChange, onKind, children }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const kind = kinds.find((k) => k.id === values.kindId);
  return (
    <>
      <div className="grid-2">
        <div className="field">
          <label htmlFor="material-kind">{t('materialEditor.kind')}</label>
          <select
            id="material-kind"
            required
            value={values.kindId}
            {...describedBy('material-kind', errors.kindId)}
            onChange={(e) => onKind(kinds.find((k) => k.id === e.target.value))}
          >
            <option value="">{t('materialEditor.chooseKind')}</option>
            {kinds.map((k) => (
              <option key={k.id} value={k.id} data-code={k.code}>
                {kindName(k, language)}
              </option>
            ))}
          </select>
          <FieldMessage id="material-kind-error" error={errors.kindId} />
        </div>
        <fieldset>
          <legend>{t('materialEditor.language')}</legend>
          <div className="checks">
            {LANGUAGES.map((l) => (
              <label key={l}>
                <input
                  type="radio"
                  name="language"
                  value={l}
                  checked={values.language === l}
                  onChange={() => onChange({ language: l })}
                />
                {t(`languages.${l}`)}
              </label>
            ))}
          </div>
          <FieldMessage id="material-language-error" error={errors.language} />
        </fieldset>
      </div>
      {children}
      <MaterialDetailsFields
        values={values}
        errors={errors}
        onChange={onChange}
        coverage={isCoverage(kind?.structure)}
      />
    </>
  );
}
